package nl.alkmaar.wijkaanzet.idea.moderation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.alkmaar.wijkaanzet.WijkAanZetRuntime;
import nl.alkmaar.wijkaanzet.campaign.Campaign;
import nl.alkmaar.wijkaanzet.campaign.Wijk;
import nl.alkmaar.wijkaanzet.idea.Idea;
import nl.alkmaar.wijkaanzet.idea.IdeaStatus;
import nl.alkmaar.wijkaanzet.idea.ModeratedIdea;

/**
 * The models of the overview (counts per wijk and status) and of one wijk's queue: filtered by
 * status and search text, sorted by date.
 */
final class QueueScreen {

  static final String ALL = "alle";

  private QueueScreen() {}

  /** What the queue shows: status slug or {@value #ALL}, search text, {@code oud}/{@code nieuw}. */
  record Filter(String status, String query, String sort) {

    static Filter of(String status, String query, String sort) {
      String chosen =
          status != null && (status.equals(ALL) || ScreenWords.statusFromSlug(status).isPresent())
              ? status
              : ScreenWords.slug(IdeaStatus.INGEDIEND);
      String text = query == null ? "" : query.strip();
      return new Filter(
          chosen,
          text.length() > 100 ? text.substring(0, 100) : text,
          "nieuw".equals(sort) ? "nieuw" : "oud");
    }

    boolean matches(Idea idea) {
      if (!status.equals(ALL) && !ScreenWords.slug(idea.status()).equals(status)) {
        return false;
      }
      if (query.isEmpty()) {
        return true;
      }
      String needle = query.toLowerCase(Locale.ROOT);
      return idea.reference().toLowerCase(Locale.ROOT).contains(needle)
          || idea.title().toLowerCase(Locale.ROOT).contains(needle)
          || idea.description().toLowerCase(Locale.ROOT).contains(needle)
          || (idea.location() != null && idea.location().toLowerCase(Locale.ROOT).contains(needle));
    }
  }

  static Map<String, Object> overview(WijkAanZetRuntime runtime, Campaign campaign, String base) {
    Map<String, Map<IdeaStatus, Integer>> counts = runtime.ideas().statusCounts(campaign.id());
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Wijk wijk : campaign.wijken()) {
      Map<IdeaStatus, Integer> byStatus = counts.getOrDefault(wijk.id(), Map.of());
      List<Map<String, Object>> cells = new ArrayList<>();
      for (IdeaStatus status : IdeaStatus.values()) {
        cells.add(
            Map.of(
                "count",
                byStatus.getOrDefault(status, 0),
                "url",
                base + "/wijk/" + wijk.id() + "?status=" + ScreenWords.slug(status)));
      }
      rows.add(Map.of("name", wijk.name(), "url", base + "/wijk/" + wijk.id(), "cells", cells));
    }
    Map<String, Object> model = new HashMap<>();
    model.put("rows", rows);
    model.put("statuses", statusLabels());
    // Subjects carry the point's reference; addresses stay out of the screen.
    model.put(
        "undelivered",
        runtime.outbox().failed(20).stream()
            .map(
                message ->
                    Map.of(
                        "kind", message.kind(),
                        "subject", message.subject(),
                        "at", ScreenWords.dateTime(message.createdAt()),
                        "error", java.util.Objects.toString(message.lastError(), "")))
            .toList());
    return model;
  }

  static Map<String, Object> queue(
      WijkAanZetRuntime runtime, Campaign campaign, String wijkId, Filter filter, String base) {
    List<ModeratedIdea> all = runtime.ideas().inWijk(campaign.id(), wijkId);
    List<Map<String, Object>> tabs = new ArrayList<>();
    for (IdeaStatus status : IdeaStatus.values()) {
      long count = all.stream().filter(point -> point.idea().status() == status).count();
      tabs.add(
          tab(base, wijkId, ScreenWords.slug(status), ScreenWords.status(status), count, filter));
    }
    tabs.add(tab(base, wijkId, ALL, "Alle", all.size(), filter));
    Comparator<ModeratedIdea> byDate = Comparator.comparing(point -> point.idea().submittedAt());
    List<Map<String, Object>> rows =
        all.stream()
            .filter(point -> filter.matches(point.idea()))
            .sorted(filter.sort().equals("nieuw") ? byDate.reversed() : byDate)
            .map(point -> row(campaign, point, base))
            .toList();
    Map<String, Object> model = new HashMap<>();
    model.put("wijk", wijk(campaign, wijkId, base));
    model.put("tabs", tabs);
    model.put("rows", rows);
    model.put(
        "filter",
        Map.of("status", filter.status(), "query", filter.query(), "sort", filter.sort()));
    model.put(
        "reasons",
        campaign.rejectionReasons().stream()
            .map(reason -> Map.of("id", reason.id(), "text", reason.text()))
            .toList());
    return model;
  }

  static Map<String, Object> wijk(Campaign campaign, String wijkId, String base) {
    String name = campaign.wijk(wijkId).map(Wijk::name).orElse(wijkId);
    return Map.of("id", wijkId, "name", name, "url", base + "/wijk/" + wijkId);
  }

  private static Map<String, Object> tab(
      String base, String wijkId, String slug, String label, long count, Filter filter) {
    return Map.of(
        "slug", slug,
        "label", label,
        "count", count,
        "url", base + "/wijk/" + wijkId + "?status=" + slug,
        "current", slug.equals(filter.status()));
  }

  private static Map<String, Object> row(Campaign campaign, ModeratedIdea point, String base) {
    Idea idea = point.idea();
    Map<String, Object> row = new HashMap<>();
    row.put("id", idea.id());
    row.put("reference", idea.reference());
    row.put("title", idea.title());
    row.put("category", campaign.categoryName(idea.category()));
    row.put("channel", ScreenWords.channel(idea.channel()));
    row.put("submittedAt", ScreenWords.dateTime(idea.submittedAt()));
    row.put("status", ScreenWords.status(idea.status()));
    row.put("version", point.version());
    row.put("hasPhoto", idea.hasPhoto());
    row.put("url", base + "/punt/" + idea.id());
    return row;
  }

  private static List<String> statusLabels() {
    List<String> labels = new ArrayList<>();
    for (IdeaStatus status : IdeaStatus.values()) {
      labels.add(ScreenWords.status(status));
    }
    return labels;
  }
}
