package nl.alkmaar.wijkaanzet.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
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
    if ("similar".equals(id)) {
      similar(request, response, runtime, campaign);
      return;
    }
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
    String wijk = wijkParameter(request, campaign);
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

  /** {@code GET /api/ideas/similar?wijk=…&text=…}: up to five look-alikes, best first. */
  private static void similar(
      HttpServletRequest request,
      HttpServletResponse response,
      WijkAanZetRuntime runtime,
      Campaign campaign)
      throws IOException {
    String wijk = wijkParameter(request, campaign);
    String text = request.getParameter("text");
    if (text != null && text.length() > 4000) {
      throw new ProblemException(
          Problem.of(400, "Te veel tekst", "Zoek met hoogstens 4000 tekens."));
    }
    Json.write(
        response,
        200,
        runtime.similar().like(campaign.id(), wijk, text, Set.of()).stream()
            .map(SimilarJson::of)
            .toList());
  }

  private static String wijkParameter(HttpServletRequest request, Campaign campaign) {
    String wijk = request.getParameter("wijk");
    if (wijk == null || campaign.wijk(wijk).isEmpty()) {
      throw new ProblemException(
          Problem.of(400, "Welke wijk?", "Geef met ?wijk=… een van de wijken van de campagne op."));
    }
    return wijk;
  }

  private static String idFromPath(HttpServletRequest request) {
    String path = request.getPathInfo();
    if (path == null || path.equals("/")) {
      return null;
    }
    return path.substring(1);
  }
}
