package nl.alkmaar.wijkaanzet.vote.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.alkmaar.wijkaanzet.WijkAanZetRuntime;
import nl.alkmaar.wijkaanzet.idea.Idea;
import nl.alkmaar.wijkaanzet.vote.Voting;

/**
 * What the confirmation page of the e-mail method shows: the pending ballot behind the link ({@code
 * t}) with a button that casts it, or what came of pressing it (the receipt or why not). Opening
 * the link changes nothing: mail scanners open links too.
 */
public final class BallotConfirmationView {

  private BallotConfirmationView() {}

  public static Map<String, Object> build(
      WijkAanZetRuntime runtime, String linkToken, String stateToken, Optional<String> browser) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("action", runtime.web().api("/ballots/bevestigen"));
    view.put("token", runtime.web().tokens().issue());
    view.put("anchor", BallotForm.CONFIRM_ANCHOR);
    view.put("t", Objects.toString(linkToken, ""));
    Optional<BallotOutcome> state =
        browser.flatMap(
            key -> runtime.web().formStates().get(key, stateToken, BallotOutcome.class));
    view.put("receipt", state.map(BallotOutcome::receipt).map(r -> r.receipt()).orElse(""));
    view.put("changed", state.map(BallotOutcome::receipt).map(r -> r.changed()).orElse(false));
    view.put(
        "receiptPoints",
        state
            .map(BallotOutcome::receipt)
            .map(r -> r.chosen().stream().map(Idea::title).toList())
            .orElse(List.of()));
    view.put("message", state.map(BallotOutcome::message).map(Objects::toString).orElse(""));
    Optional<Voting.PendingView> pending =
        state.isPresent() ? Optional.empty() : runtime.voting().pendingByEmail(linkToken);
    view.put("found", pending.isPresent());
    view.put("expired", pending.map(Voting.PendingView::expired).orElse(false));
    view.put(
        "wijk",
        pending
            .flatMap(p -> runtime.campaigns().active().wijk(p.wijk()))
            .map(w -> w.name())
            .orElse(""));
    view.put(
        "chosen",
        pending.map(p -> p.chosen().stream().map(Idea::title).toList()).orElse(List.of()));
    return view;
  }
}
