package nl.alkmaar.wijkaanzet.execution.api;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.alkmaar.wijkaanzet.execution.ChosenPoint;
import nl.alkmaar.wijkaanzet.execution.ProgressUpdate;

/** A chosen point's progress as public facts: no author. */
final class ProgressJson {

  private ProgressJson() {}

  /**
   * @param photos where the photos of updates are served, e.g. {@code /api/progress/}
   * @param edition the query that names an earlier edition ({@code ?campagne=…}), or empty
   */
  static Map<String, Object> point(ChosenPoint chosen, ZoneId zone, String photos, String edition) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", chosen.point().id());
    row.put("reference", chosen.point().reference());
    row.put("title", chosen.point().title());
    row.put("votes", chosen.point().votes());
    row.put("status", chosen.status().map(status -> status.id()).orElse(null));
    row.put("statusLabel", chosen.status().map(status -> status.label()).orElse(null));
    row.put("planned", chosen.planned().map(Object::toString).orElse(null));
    String base = photos + chosen.point().id() + "/";
    row.put(
        "updates",
        chosen.updates().stream().map(update -> update(update, zone, base, edition)).toList());
    return row;
  }

  private static Map<String, Object> update(
      ProgressUpdate update, ZoneId zone, String base, String edition) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("date", update.at().atZone(zone).toLocalDate().toString());
    row.put("status", update.status().id());
    row.put("statusLabel", update.status().label());
    row.put("planned", update.planned().map(Object::toString).orElse(null));
    row.put("text", update.text());
    if (update.hasPhoto()) {
      String photo = base + update.number() + "/photo";
      row.put(
          "photo",
          Map.of(
              "url",
              photo + edition,
              "thumbnail",
              photo + "/thumbnail" + edition,
              "alt",
              update.photoAlt().get()));
    }
    return row;
  }
}
