package nl.alkmaar.wijkaanzet.idea.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.alkmaar.wijkaanzet.WijkAanZetRuntime;
import nl.alkmaar.wijkaanzet.campaign.Campaign;
import nl.alkmaar.wijkaanzet.idea.Idea;
import nl.alkmaar.wijkaanzet.idea.IdeaStatus;
import nl.alkmaar.wijkaanzet.idea.ModeratedIdea;
import nl.alkmaar.wijkaanzet.idea.photo.Photo;
import nl.alkmaar.wijkaanzet.idea.submit.SubmitIdeaOperation;
import nl.alkmaar.wijkaanzet.module.ApiServlet;
import nl.alkmaar.wijkaanzet.web.EntityTags;
import nl.alkmaar.wijkaanzet.web.Json;
import nl.alkmaar.wijkaanzet.web.KeptJson;
import nl.alkmaar.wijkaanzet.web.Problem;
import nl.alkmaar.wijkaanzet.web.ProblemException;

/**
 * {@code /api/ideas}: {@code GET ?wijk=…} lists a wijk's published points, {@code GET /{id}} one of
 * them, {@code POST} submits a new one (see {@link SubmitIdeaOperation}).
 */
public class IdeasServlet extends ApiServlet {

  /** A wijk's list as JSON, written again only when the store hands out another list. */
  private final KeptJson list = new KeptJson();

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
      String[] segments = id.split("/");
      ModeratedIdea point =
          runtime
              .ideas()
              .forModeration(campaign.id(), segments[0])
              .orElseThrow(() -> new ProblemException(Problem.notFound()));
      if (point.idea().status() == IdeaStatus.SAMENGEVOEGD) {
        // A merged point's address keeps working while the point it became part of is public.
        // Merges do not chain (MergeRules), so one step finds it.
        String target =
            Optional.ofNullable(point.mergedInto())
                .flatMap(into -> runtime.ideas().find(campaign.id(), into))
                .filter(found -> found.status().isPublic())
                .map(Idea::id)
                .orElseThrow(() -> new ProblemException(Problem.notFound()));
        redirectToTarget(request, response, runtime, target, segments);
        return;
      }
      if (!point.idea().status().isPublic()) {
        throw new ProblemException(Problem.notFound());
      }
      Idea idea = point.idea();
      if (segments.length == 1) {
        Json.write(response, 200, IdeaJson.of(idea, runtime.web()::api));
      } else {
        photo(request, response, runtime, idea, segments);
      }
      return;
    }
    String wijk = wijkParameter(request, runtime);
    // Public points, no cookie needed: the embedded vote bars on another site read them.
    response.setHeader("Access-Control-Allow-Origin", "*");
    List<Idea> published = runtime.ideas().published(campaign.id(), wijk);
    list.send(
        request,
        response,
        campaign.id() + "/" + wijk,
        published,
        () -> published.stream().map(idea -> IdeaJson.of(idea, runtime.web()::api)).toList());
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

  /**
   * A merged point's address keeps working: it leads to the point it became part of. 302, not 301:
   * a merge can be undone, and a cached permanent redirect would outlive that. Only the known
   * sub-paths are carried over, never other text from the request.
   */
  private static void redirectToTarget(
      HttpServletRequest request,
      HttpServletResponse response,
      WijkAanZetRuntime runtime,
      String targetId,
      String[] segments) {
    String rest = String.join("/", java.util.Arrays.copyOfRange(segments, 1, segments.length));
    String suffix =
        switch (rest) {
          case "" -> "";
          case "photo", "photo/thumbnail" -> "/" + rest;
          default -> throw new ProblemException(Problem.notFound());
        };
    response.setStatus(HttpServletResponse.SC_FOUND);
    response.setHeader(
        "Location", request.getContextPath() + runtime.web().api("/ideas/" + targetId + suffix));
  }

  /**
   * {@code /{id}/photo} and {@code /{id}/photo/thumbnail} of a published point: JPEG. Shared caches
   * may keep it only a minute: a withdrawn point's photo must disappear quickly. After that a cache
   * asks again with the ETag and gets a cheap 304 while the point is still public.
   */
  private static void photo(
      HttpServletRequest request,
      HttpServletResponse response,
      WijkAanZetRuntime runtime,
      Idea idea,
      String[] segments)
      throws IOException {
    boolean thumbnail = segments.length == 3 && segments[2].equals("thumbnail");
    if (!segments[1].equals("photo")
        || segments.length > 3
        || (segments.length == 3 && !thumbnail)
        || !idea.hasPhoto()) {
      throw new ProblemException(Problem.notFound());
    }
    // A stored photo never changes, so its point and size name it.
    String etag = "\"" + idea.id() + (thumbnail ? "-klein" : "") + "\"";
    response.setHeader("Cache-Control", "public, max-age=60");
    response.setHeader("ETag", etag);
    if (EntityTags.matches(request.getHeader("If-None-Match"), etag)) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    byte[] image =
        runtime
            .ideas()
            .photo(idea.campaignId(), idea.id(), thumbnail)
            .orElseThrow(() -> new ProblemException(Problem.notFound()));
    response.setStatus(200);
    response.setContentType(Photo.MEDIA_TYPE);
    response.setContentLength(image.length);
    response.getOutputStream().write(image);
  }

  /** {@code GET /api/ideas/similar?wijk=…&text=…}: up to five look-alikes, best first. */
  private static void similar(
      HttpServletRequest request,
      HttpServletResponse response,
      WijkAanZetRuntime runtime,
      Campaign campaign)
      throws IOException {
    String wijk = wijkParameter(request, runtime);
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

  private static String idFromPath(HttpServletRequest request) {
    String path = request.getPathInfo();
    if (path == null || path.equals("/")) {
      return null;
    }
    return path.substring(1);
  }
}
