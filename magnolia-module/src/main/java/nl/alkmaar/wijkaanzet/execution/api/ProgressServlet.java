package nl.alkmaar.wijkaanzet.execution.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.alkmaar.wijkaanzet.WijkAanZetRuntime;
import nl.alkmaar.wijkaanzet.campaign.Campaign;
import nl.alkmaar.wijkaanzet.execution.ChosenPoint;
import nl.alkmaar.wijkaanzet.execution.ExecutionStatus;
import nl.alkmaar.wijkaanzet.idea.photo.Photo;
import nl.alkmaar.wijkaanzet.module.ApiServlet;
import nl.alkmaar.wijkaanzet.web.Json;
import nl.alkmaar.wijkaanzet.web.Problem;
import nl.alkmaar.wijkaanzet.web.ProblemException;

/**
 * {@code GET /api/progress?wijk=…}: the chosen points of a wijk with their status, planned date and
 * every public update; {@code GET /api/progress}: per wijk how many chosen points are in each
 * status; {@code GET /api/progress/{point}/{number}/photo[/thumbnail]}: an update's photo. 404
 * problem+json until results are published. Public facts only, readable from other sites.
 */
public class ProgressServlet extends ApiServlet {

  @Override
  protected void get(
      HttpServletRequest request, HttpServletResponse response, WijkAanZetRuntime runtime)
      throws IOException {
    response.setHeader("Access-Control-Allow-Origin", "*");
    Campaign campaign =
        runtime
            .campaigns()
            .editionOrActive(request.getParameter(CAMPAIGN_PARAMETER))
            .orElseThrow(() -> new ProblemException(Problem.unknownCampaign()));
    String path = request.getPathInfo();
    if (path != null && !path.equals("/")) {
      photo(response, runtime, campaign, path.substring(1).split("/"));
      return;
    }
    boolean one = request.getParameter("wijk") != null;
    String wijk = one ? wijkParameter(request, id -> campaign.wijk(id).isPresent()) : null;
    if (runtime.results().published(campaign.id()).isEmpty()) {
      throw new ProblemException(
          Problem.of(
              404,
              "Nog geen uitslag",
              "Zodra de gemeente de uitslag bekendmaakt, ziet u hier hoe het gaat met de gekozen"
                  + " punten."));
    }
    response.setHeader("Cache-Control", "public, max-age=30");
    ZoneId zone = campaign.timeZone();
    List<ChosenPoint> chosen = runtime.execution().chosen(campaign.id(), wijk);
    Map<String, Object> body = new LinkedHashMap<>();
    if (one) {
      String photos = runtime.web().apiPath() + "/progress/";
      String edition = ProgressView.editionQuery(runtime, campaign.id());
      body.put("wijk", wijk);
      body.put("name", campaign.wijk(wijk).map(found -> found.name()).orElse(wijk));
      body.put(
          "points",
          chosen.stream().map(point -> ProgressJson.point(point, zone, photos, edition)).toList());
    } else {
      Map<String, Map<String, Object>> perWijk = new LinkedHashMap<>();
      // Every wijk of the results, also one where nothing was chosen.
      runtime
          .results()
          .published(campaign.id())
          .orElseThrow()
          .wijken()
          .forEach(each -> perWijk.put(each.id(), summary(each.id(), each.name())));
      for (ChosenPoint point : chosen) {
        Map<String, Object> row = perWijk.get(point.wijk().id());
        String status = point.status().map(ExecutionStatus::id).orElse("geen-nieuws");
        row.merge(status, 1, (a, b) -> (Integer) a + (Integer) b);
        row.merge("chosen", 1, (a, b) -> (Integer) a + (Integer) b);
      }
      body.put("wijken", List.copyOf(perWijk.values()));
    }
    Json.write(response, 200, body);
  }

  /**
   * {@code /{point}/{number}/photo} and {@code …/photo/thumbnail}: the photo of an update on a
   * chosen point, JPEG. A stored update never changes, so its address names it for good.
   */
  private static void photo(
      HttpServletResponse response, WijkAanZetRuntime runtime, Campaign campaign, String[] segments)
      throws IOException {
    boolean thumbnail = segments.length == 4 && segments[3].equals("thumbnail");
    if (segments.length < 3
        || segments.length > 4
        || !segments[1].matches("\\d{1,4}")
        || !segments[2].equals("photo")
        || (segments.length == 4 && !thumbnail)) {
      throw new ProblemException(Problem.notFound());
    }
    byte[] image =
        runtime
            .execution()
            .photo(campaign.id(), segments[0], Integer.parseInt(segments[1]), thumbnail)
            .orElseThrow(() -> new ProblemException(Problem.notFound()));
    response.setHeader("Cache-Control", "public, max-age=86400");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setStatus(200);
    response.setContentType(Photo.MEDIA_TYPE);
    response.setContentLength(image.length);
    response.getOutputStream().write(image);
  }

  private static Map<String, Object> summary(String wijk, String name) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("wijk", wijk);
    row.put("name", name);
    row.put("chosen", 0);
    for (ExecutionStatus status : ExecutionStatus.values()) {
      row.put(status.id(), 0);
    }
    row.put("geen-nieuws", 0);
    return row;
  }
}
