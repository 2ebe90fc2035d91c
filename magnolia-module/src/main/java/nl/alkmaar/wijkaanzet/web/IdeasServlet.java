package nl.alkmaar.wijkaanzet.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.alkmaar.wijkaanzet.WijkAanZetRuntime;
import nl.alkmaar.wijkaanzet.campaign.Campaign;
import nl.alkmaar.wijkaanzet.idea.Idea;

/**
 * {@code /api/ideas}: {@code GET ?wijk=…} lists a wijk's published points, {@code GET /{id}} one of
 * them, {@code POST} submits a new one (see {@link SubmitIdeaOperation}).
 */
public class IdeasServlet extends ApiServlet {

  @Override
  protected void get(
      HttpServletRequest request, HttpServletResponse response, WijkAanZetRuntime runtime)
      throws IOException {
    Campaign campaign = runtime.campaigns().active();
    String id = idFromPath(request);
    if (id != null) {
      Idea idea =
          runtime
              .ideas()
              .find(campaign.id(), id)
              .filter(found -> found.status().isPublic())
              .orElseThrow(() -> new ProblemException(Problem.notFound()));
      Json.write(response, 200, IdeaJson.of(idea));
      return;
    }
    String wijk = request.getParameter("wijk");
    if (wijk == null || campaign.wijk(wijk).isEmpty()) {
      throw new ProblemException(
          Problem.of(400, "Welke wijk?", "Geef met ?wijk=… een van de wijken van de campagne op."));
    }
    Json.write(
        response,
        200,
        runtime.ideas().published(campaign.id(), wijk).stream().map(IdeaJson::of).toList());
  }

  @Override
  protected void post(
      HttpServletRequest request, HttpServletResponse response, WijkAanZetRuntime runtime)
      throws IOException {
    if (idFromPath(request) != null) {
      throw new ProblemException(Problem.methodNotAllowed("POST"));
    }
    new SubmitIdeaOperation(runtime).handle(request, response);
  }

  private static String idFromPath(HttpServletRequest request) {
    String path = request.getPathInfo();
    if (path == null || path.equals("/")) {
      return null;
    }
    return path.substring(1);
  }
}
