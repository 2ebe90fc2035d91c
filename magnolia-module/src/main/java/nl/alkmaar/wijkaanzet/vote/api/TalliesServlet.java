package nl.alkmaar.wijkaanzet.vote.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.alkmaar.wijkaanzet.WijkAanZetRuntime;
import nl.alkmaar.wijkaanzet.module.ApiServlet;
import nl.alkmaar.wijkaanzet.vote.TallySnapshot;
import nl.alkmaar.wijkaanzet.web.Json;

/**
 * {@code GET /api/tallies?wijk=…}: {@code {"wijk", "ballots", "points": [{"id", "votes"}]}} for the
 * wijk's published points, most votes first. Answers 304 to a matching {@code If-None-Match}, so a
 * widget that cannot hold a stream open polls cheaply; caches may keep it for a second.
 */
public class TalliesServlet extends ApiServlet {

  @Override
  protected void get(
      HttpServletRequest request, HttpServletResponse response, WijkAanZetRuntime runtime)
      throws IOException {
    String wijk = wijkParameter(request, runtime);
    TallySnapshot tally = runtime.voting().tally(wijk);
    String etag = "\"" + wijk + "-" + tally.version() + "-" + tally.points().size() + "\"";
    response.setHeader("Cache-Control", "public, max-age=1");
    response.setHeader("ETag", etag);
    response.setHeader("Access-Control-Allow-Origin", "*");
    if (etag.equals(request.getHeader("If-None-Match"))) {
      response.setStatus(304);
      return;
    }
    Json.write(response, 200, json(tally));
  }

  static Map<String, Object> json(TallySnapshot tally) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("wijk", tally.wijk());
    body.put("ballots", tally.ballots());
    body.put(
        "points",
        tally.points().stream()
            .map(count -> Map.of("id", count.id(), "votes", count.votes()))
            .toList());
    return body;
  }
}
