package nl.alkmaar.wijkaanzet.follow.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.alkmaar.wijkaanzet.WijkAanZetRuntime;
import nl.alkmaar.wijkaanzet.validation.FieldErrorViews;

/**
 * What the follow form shows: the wijk (fixed on a wijk's page, a choice elsewhere), the address
 * field, and what came of the last post from this browser (the mail went out, or what to correct).
 */
public final class FollowFormView {

  /** Ids of the form's fields start with this, so the error summary can link to them. */
  static final String ID_PREFIX = "wz-volgen-";

  private FollowFormView() {}

  public static Map<String, Object> build(
      WijkAanZetRuntime runtime, String wijk, String stateToken, Optional<String> browser) {
    Optional<FollowOutcome> state =
        browser
            .flatMap(key -> runtime.web().formStates().get(key, stateToken, FollowOutcome.class))
            .filter(outcome -> outcome.link() == null);
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("action", runtime.web().api("/follow"));
    view.put("token", runtime.web().tokens().issue());
    view.put("anchor", FollowServlet.ANCHOR);
    view.put("idPrefix", ID_PREFIX);
    view.put(
        "wijk",
        state.map(FollowOutcome::wijk).filter(runtime::hasWijk).orElse(Objects.toString(wijk, "")));
    view.put(
        "wijken",
        runtime.campaigns().active().wijken().stream()
            .map(each -> Map.of("id", each.id(), "name", each.name()))
            .toList());
    view.put("email", state.map(FollowOutcome::email).orElse(""));
    view.put("mailSent", state.map(FollowOutcome::mailSent).orElse(false));
    view.put("message", state.map(FollowOutcome::message).map(Objects::toString).orElse(""));
    view.put(
        "errors",
        state
            .map(outcome -> FieldErrorViews.summary(outcome.errors(), ID_PREFIX))
            .orElse(List.of()));
    view.put(
        "errorFor",
        state.map(outcome -> FieldErrorViews.byField(outcome.errors())).orElse(Map.of()));
    return view;
  }
}
