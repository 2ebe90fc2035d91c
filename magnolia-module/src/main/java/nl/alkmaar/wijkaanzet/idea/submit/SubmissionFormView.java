package nl.alkmaar.wijkaanzet.idea.submit;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.alkmaar.wijkaanzet.WijkAanZetRuntime;
import nl.alkmaar.wijkaanzet.campaign.Campaign;
import nl.alkmaar.wijkaanzet.idea.AgeGroup;
import nl.alkmaar.wijkaanzet.idea.Channel;
import nl.alkmaar.wijkaanzet.idea.SubmissionForm;
import nl.alkmaar.wijkaanzet.idea.SubmissionLimits;
import nl.alkmaar.wijkaanzet.idea.SubmissionWindow;
import nl.alkmaar.wijkaanzet.idea.Summaries;
import nl.alkmaar.wijkaanzet.validation.FieldErrorViews;

/**
 * Everything the submission form template needs, as plain maps: whether it is open, the options,
 * the values to show again and the errors from the last post, or the confirmation. {@code channels}
 * (where staff took a point in) is only shown by the assisted form; labels come from the i18n
 * bundle ({@code wijkaanzet.form.channel.<id>}).
 */
public final class SubmissionFormView {

  private SubmissionFormView() {}

  /**
   * @param browser the {@link nl.alkmaar.wijkaanzet.web.BrowserKey} of the visitor; a state made by
   *     another browser is not shown
   * @param previewOnly whether a post from this visitor would not be stored (HostRole: the author
   *     instance, for anyone but staff)
   */
  public static Map<String, Object> build(
      WijkAanZetRuntime runtime,
      String stateToken,
      String presetWijk,
      Optional<String> browser,
      boolean previewOnly) {
    Campaign campaign = runtime.campaigns().active();
    Optional<SubmissionOutcome> state =
        browser.flatMap(
            key -> runtime.web().formStates().get(key, stateToken, SubmissionOutcome.class));
    SubmissionOutcome outcome =
        state.orElse(SubmissionOutcome.rejected(SubmissionForm.empty(), List.of()));
    SubmissionForm values = outcome.isAccepted() ? SubmissionForm.empty() : outcome.form();
    String wijk = values.wijk() != null ? values.wijk() : presetWijk;
    SubmissionWindow window = SubmissionWindow.of(runtime.campaigns().timeline());

    Map<String, Object> view = new LinkedHashMap<>();
    view.put("open", window.open());
    view.put("previewOnly", previewOnly);
    view.put("windowText", window.explanation());
    view.put("action", runtime.web().api("/ideas"));
    view.put("similarUrl", runtime.web().api("/ideas/similar"));
    view.put("token", runtime.web().tokens().issue());
    view.put("accepted", outcome.isAccepted());
    // The address names a state this browser cannot see: expired, cookies off, opened elsewhere.
    view.put("stateGone", stateToken != null && state.isEmpty());
    view.put("reference", Objects.toString(outcome.reference(), ""));
    view.put("acceptedTitle", Objects.toString(outcome.title(), ""));
    view.put("generalError", Objects.toString(outcome.generalError(), ""));
    view.put("keptPhoto", Objects.toString(outcome.keptPhoto(), ""));
    view.put("errors", FieldErrorViews.summary(outcome.errors(), FormAnchors.FIELD_PREFIX));
    view.put("errorFor", FieldErrorViews.byField(outcome.errors()));
    Map<String, Object> shown = values(values);
    shown.put("channel", Objects.toString(outcome.channel(), ""));
    view.put("values", shown);
    view.put("wijkPreset", presetWijk != null && campaign.wijk(presetWijk).isPresent());
    view.put(
        "wijken",
        options(campaign.wijken().stream().map(w -> List.of(w.id(), w.name())).toList(), wijk));
    view.put(
        "categories",
        options(
            campaign.categories().stream().map(c -> List.of(c.id(), c.name())).toList(),
            values.category()));
    view.put(
        "ageGroups",
        options(
            List.of(AgeGroup.values()).stream().map(a -> List.of(a.id(), a.id())).toList(),
            values.ageGroup()));
    view.put(
        "channels",
        options(
            Arrays.stream(Channel.values())
                .filter(Channel::isAssisted)
                .map(c -> List.of(c.id(), c.id()))
                .toList(),
            outcome.channel()));
    view.put("limits", limits());
    view.put(
        "similar", outcome.isAccepted() ? similar(runtime, campaign, outcome.form()) : List.of());
    return view;
  }

  /** Published look-alikes of what was just sent in: residents may vote for one of those later. */
  private static List<Map<String, Object>> similar(
      WijkAanZetRuntime runtime, Campaign campaign, SubmissionForm sent) {
    if (sent.wijk() == null || campaign.wijk(sent.wijk()).isEmpty()) {
      return List.of();
    }
    String text =
        Objects.toString(sent.title(), "") + " " + Objects.toString(sent.description(), "");
    return runtime.similar().like(campaign.id(), sent.wijk(), text, java.util.Set.of()).stream()
        .map(
            match ->
                Map.<String, Object>of(
                    "id", match.idea().id(),
                    "title", match.idea().title(),
                    "summary", Summaries.of(match.idea().description())))
        .toList();
  }

  private static Map<String, Object> values(SubmissionForm form) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("title", Objects.toString(form.title(), ""));
    values.put("description", Objects.toString(form.description(), ""));
    values.put("location", Objects.toString(form.location(), ""));
    values.put("name", Objects.toString(form.name(), ""));
    values.put("email", Objects.toString(form.email(), ""));
    values.put("consent", form.consent());
    return values;
  }

  private static List<Map<String, Object>> options(List<List<String>> idAndLabel, String selected) {
    return idAndLabel.stream()
        .map(
            option -> {
              Map<String, Object> map = new LinkedHashMap<>();
              map.put("id", option.get(0));
              map.put("label", option.get(1));
              map.put("selected", option.get(0).equals(selected));
              return map;
            })
        .toList();
  }

  private static Map<String, Integer> limits() {
    return Map.of(
        "titleMax", SubmissionLimits.TITLE_MAX,
        "descriptionMax", SubmissionLimits.DESCRIPTION_MAX,
        "locationMax", SubmissionLimits.LOCATION_MAX);
  }
}
