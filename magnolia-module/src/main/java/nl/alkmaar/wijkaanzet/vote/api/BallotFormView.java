package nl.alkmaar.wijkaanzet.vote.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.alkmaar.wijkaanzet.WijkAanZetRuntime;
import nl.alkmaar.wijkaanzet.idea.Idea;
import nl.alkmaar.wijkaanzet.idea.Summaries;
import nl.alkmaar.wijkaanzet.validation.FieldError;
import nl.alkmaar.wijkaanzet.validation.FieldErrorViews;

/**
 * What the ballot component shows: voting's state and dates, the wijk's published points as
 * choices, and what the last post of this browser left (the receipt, or its choices, code and what
 * to correct). Plain maps for the templates.
 */
public final class BallotFormView {

  /** Ids of the fields, for the error summary's links. */
  static final String FIELD_PREFIX = "wz-stem-";

  private BallotFormView() {}

  public static Map<String, Object> build(
      WijkAanZetRuntime runtime,
      String stateToken,
      String wijk,
      Optional<String> browser,
      String language) {
    Optional<BallotOutcome> stored =
        browser.flatMap(
            key -> runtime.web().formStates().get(key, stateToken, BallotOutcome.class));
    // The staff page has no wijk of its own: after a post it comes back as the state's wijk.
    String shownWijk = wijk != null ? wijk : stored.map(BallotOutcome::wijk).orElse(null);
    Map<String, Object> view =
        new LinkedHashMap<>(VoteBarsView.build(runtime, shownWijk, language));
    Optional<BallotOutcome> state =
        stored.filter(outcome -> Objects.equals(outcome.wijk(), shownWijk));
    BallotOutcome outcome =
        state.orElse(BallotOutcome.rejected(wijk, List.of(), null, List.<FieldError>of()));
    view.put("hasAddresses", !runtime.voting().addressesEmpty());
    view.put("action", runtime.web().api("/ballots"));
    view.put("campaign", runtime.web().campaign());
    view.put("token", runtime.web().tokens().issue());
    view.put("anchor", BallotForm.ANCHOR);
    view.put("code", Objects.toString(outcome.code(), ""));
    view.put("message", Objects.toString(outcome.message(), ""));
    view.put("errors", FieldErrorViews.summary(outcome.errors(), FIELD_PREFIX));
    view.put("errorFor", FieldErrorViews.byField(outcome.errors()));
    view.put("mailSent", outcome.mailSent());
    view.put("email", outcome.emailFields().getOrDefault("email", ""));
    view.put("postcode", outcome.emailFields().getOrDefault("postcode", ""));
    view.put("huisnummer", outcome.emailFields().getOrDefault("huisnummer", ""));
    view.put("geboortedatum", outcome.emailFields().getOrDefault("geboortedatum", ""));
    String channel = outcome.emailFields().getOrDefault("kanaal", "");
    view.put(
        "channels",
        java.util.Arrays.stream(nl.alkmaar.wijkaanzet.idea.Channel.values())
            .filter(nl.alkmaar.wijkaanzet.idea.Channel::isAssisted)
            .map(c -> Map.<String, Object>of("id", c.id(), "selected", c.id().equals(channel)))
            .toList());
    view.put(
        "wijken",
        runtime.campaigns().active().wijken().stream()
            .map(
                w ->
                    Map.<String, Object>of(
                        "id", w.id(), "name", w.name(), "selected", w.id().equals(shownWijk)))
            .toList());
    // The e-mail method opens by itself when it was used or has something to correct.
    view.put(
        "emailOpen",
        !outcome.emailFields().getOrDefault("email", "").isBlank()
            || outcome.errors().stream()
                .anyMatch(
                    error -> List.of("email", "postcode", "huisnummer").contains(error.field())));
    view.put("receipt", outcome.receipt() == null ? "" : outcome.receipt().receipt());
    view.put("changed", outcome.receipt() != null && outcome.receipt().changed());
    view.put("changeable", runtime.campaigns().active().rules().ballotsChangeable());
    view.put(
        "receiptPoints",
        outcome.receipt() == null
            ? List.of()
            : outcome.receipt().chosen().stream().map(Idea::title).toList());
    List<Map<String, Object>> choices = new ArrayList<>();
    if (shownWijk != null && runtime.campaigns().active().wijk(shownWijk).isPresent()) {
      for (Idea idea : runtime.voting().choosable(shownWijk)) {
        Map<String, Object> choice = new LinkedHashMap<>();
        choice.put("id", idea.id());
        choice.put("reference", idea.reference());
        choice.put("title", idea.title());
        choice.put("summary", Summaries.of(idea.description()));
        choice.put("checked", outcome.chosen().contains(idea.id()));
        choices.add(choice);
      }
    }
    view.put("choicesList", choices);
    return view;
  }
}
