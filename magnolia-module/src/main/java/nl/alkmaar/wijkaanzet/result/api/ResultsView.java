package nl.alkmaar.wijkaanzet.result.api;

import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.alkmaar.wijkaanzet.WijkAanZetRuntime;
import nl.alkmaar.wijkaanzet.campaign.PhaseKind;
import nl.alkmaar.wijkaanzet.campaign.PhaseState;
import nl.alkmaar.wijkaanzet.campaign.PhaseStatus;
import nl.alkmaar.wijkaanzet.result.PublishedResults;
import nl.alkmaar.wijkaanzet.result.Standing;
import nl.alkmaar.wijkaanzet.review.Verdict;

/**
 * What the results component shows: before publication when the results are announced; after it,
 * per wijk the chosen points, every point's votes (as text, with a bar's length in per cent of the
 * most votes), the verdicts and their explanations, and the turnout. Plain maps for the templates;
 * nothing but what {@code GET /api/results} also shows.
 */
public final class ResultsView {

  private ResultsView() {}

  /**
   * @param wijk one wijk, or null for the overview of every wijk
   */
  public static Map<String, Object> build(WijkAanZetRuntime runtime, String wijk, String language) {
    return build(runtime, runtime.campaigns().active().id(), wijk, language);
  }

  /**
   * As above, for the campaign {@code campaignId}: the active one, or an earlier edition (its
   * published results, or nothing to announce).
   */
  public static Map<String, Object> build(
      WijkAanZetRuntime runtime, String campaignId, String wijk, String language) {
    Locale locale = Locale.forLanguageTag(language);
    Map<String, Object> view = new LinkedHashMap<>();
    Optional<PublishedResults> published = runtime.results().published(campaignId);
    boolean active = campaignId.equals(runtime.campaigns().active().id());
    view.put("published", published.isPresent());
    view.put("announced", active ? announced(runtime, locale) : "");
    if (published.isEmpty()) {
      return view;
    }
    List<Map<String, Object>> wijken = new ArrayList<>();
    int most = 1;
    for (PublishedResults.Wijk each : published.get().wijken()) {
      if (each.turnoutPercent() != null) {
        most = Math.max(most, (int) Math.ceil(each.turnoutPercent()));
      }
    }
    for (PublishedResults.Wijk each : published.get().wijken()) {
      if (wijk == null || each.id().equals(wijk)) {
        wijken.add(wijk(each, locale, most));
      }
    }
    view.put("wijken", wijken);
    view.put("wijk", wijken.size() == 1 && wijk != null ? wijken.get(0) : Map.of());
    return view;
  }

  private static Map<String, Object> wijk(
      PublishedResults.Wijk wijk, Locale locale, int mostTurnout) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("id", wijk.id());
    view.put("name", wijk.name());
    view.put("ballots", wijk.ballots());
    view.put("residents", wijk.residents() == null ? 0 : wijk.residents());
    Double turnout = wijk.ballots() == 0 ? null : wijk.turnoutPercent();
    view.put("turnout", turnout == null ? "" : percent(turnout, locale));
    view.put(
        "turnoutBar",
        turnout == null ? 0 : Math.max(1, (int) Math.round(100 * turnout / mostTurnout)));
    int most = wijk.points().stream().mapToInt(PublishedResults.Point::votes).max().orElse(0);
    List<Map<String, Object>> chosen = new ArrayList<>();
    List<Map<String, Object>> points = new ArrayList<>();
    for (PublishedResults.Point point : wijk.points()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("id", point.id());
      row.put("reference", point.reference());
      row.put("title", point.title());
      row.put("category", point.category());
      row.put("votes", point.votes());
      row.put("rank", point.rank());
      row.put(
          "bar", most == 0 ? 0 : Math.max(point.votes() == 0 ? 0 : 1, 100 * point.votes() / most));
      row.put("chosen", point.standing() == Standing.CHOSEN);
      row.put("standing", point.standing().id());
      row.put(
          "verdict",
          point.verdict() == null
              ? ""
              : Verdict.byId(point.verdict()).map(Verdict::label).orElse(""));
      row.put("motivation", point.motivation());
      points.add(row);
      if (point.standing() == Standing.CHOSEN) {
        chosen.add(row);
      }
    }
    view.put("chosen", chosen);
    view.put("points", points);
    return view;
  }

  /**
   * "2,3%" in Dutch, "2.3%" in English; a turnout that rounds to nothing is "minder dan 0,1%", not
   * "0,0%", because someone did vote.
   */
  static String percent(double value, Locale locale) {
    if (value < 0.1) {
      return (locale.getLanguage().equals("en") ? "less than " : "minder dan ")
          + percent(0.1, locale);
    }
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMinimumFractionDigits(1);
    format.setMaximumFractionDigits(1);
    return format.format(value) + "%";
  }

  /** The first day of the results phase, when it is still ahead; empty otherwise. */
  private static String announced(WijkAanZetRuntime runtime, Locale locale) {
    return runtime.campaigns().timeline().phases().stream()
        .filter(state -> state.phase().kind() == PhaseKind.UITSLAG)
        .filter(state -> state.status() == PhaseStatus.UPCOMING)
        .map(PhaseState::phase)
        .map(phase -> DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(phase.start()))
        .findFirst()
        .orElse("");
  }
}
