package nl.alkmaar.wijkaanzet.execution.api;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.alkmaar.wijkaanzet.WijkAanZetRuntime;
import nl.alkmaar.wijkaanzet.campaign.Campaign;
import nl.alkmaar.wijkaanzet.execution.ChosenPoint;
import nl.alkmaar.wijkaanzet.execution.ExecutionStatus;
import nl.alkmaar.wijkaanzet.execution.ProgressUpdate;
import nl.alkmaar.wijkaanzet.module.ApiServlet;

/**
 * What the progress component shows: before the results, nothing to follow yet; after them, per
 * chosen point its status, planned date and the updates (newest first); for every wijk together,
 * how many chosen points are in each status. Plain maps for the templates; nothing but what {@code
 * GET /api/progress} also shows.
 */
public final class ProgressView {

  private ProgressView() {}

  /**
   * @param wijk one wijk, or null for the summary of every wijk
   */
  public static Map<String, Object> build(WijkAanZetRuntime runtime, String wijk, String language) {
    return build(runtime, runtime.campaigns().active(), wijk, language);
  }

  /** As above, for {@code campaign}: the active one or an earlier edition. */
  public static Map<String, Object> build(
      WijkAanZetRuntime runtime, Campaign campaign, String wijk, String language) {
    Locale locale = Locale.forLanguageTag(language);
    DateTimeFormatter dates = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
    ZoneId zone = campaign.timeZone();
    Map<String, Object> view = new LinkedHashMap<>();
    boolean published = runtime.results().published(campaign.id()).isPresent();
    view.put("published", published);
    List<ChosenPoint> chosen =
        published ? runtime.execution().chosen(campaign.id(), wijk) : List.of();
    String edition = editionQuery(runtime, campaign.id());
    List<Map<String, Object>> points = new ArrayList<>();
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (ExecutionStatus status : ExecutionStatus.values()) {
      counts.put(status.id(), 0);
    }
    counts.put("geen-nieuws", 0);
    for (ChosenPoint point : chosen) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("id", point.point().id());
      row.put("title", point.point().title());
      row.put("wijk", point.wijk().name());
      row.put("status", point.status().map(ExecutionStatus::id).orElse(""));
      row.put("planned", point.planned().map(dates::format).orElse(""));
      List<Map<String, Object>> updates = new ArrayList<>();
      List<ProgressUpdate> newestFirst = new ArrayList<>(point.updates());
      java.util.Collections.reverse(newestFirst);
      for (ProgressUpdate update : newestFirst) {
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("date", dates.format(update.at().atZone(zone)));
        shown.put("status", update.status().id());
        shown.put("text", update.text());
        String photo =
            runtime.web().apiPath()
                + "/progress/"
                + point.point().id()
                + "/"
                + update.number()
                + "/photo";
        shown.put("photo", update.hasPhoto() ? photo + edition : "");
        shown.put("thumbnail", update.hasPhoto() ? photo + "/thumbnail" + edition : "");
        shown.put("photoAlt", update.photoAlt().orElse(""));
        updates.add(shown);
      }
      row.put("updates", updates);
      points.add(row);
      counts.merge(point.status().map(ExecutionStatus::id).orElse("geen-nieuws"), 1, Integer::sum);
    }
    view.put("points", points);
    view.put("counts", counts);
    view.put("total", chosen.size());
    return view;
  }

  /**
   * {@code ?campagne=<id>} for an earlier edition or a campaign beside the main one, empty for the
   * main campaign.
   */
  static String editionQuery(WijkAanZetRuntime runtime, String campaignId) {
    return campaignId.equals(runtime.campaigns().active().id())
        ? runtime.web().campaignQuery()
        : "?" + ApiServlet.CAMPAIGN_PARAMETER + "=" + campaignId;
  }
}
