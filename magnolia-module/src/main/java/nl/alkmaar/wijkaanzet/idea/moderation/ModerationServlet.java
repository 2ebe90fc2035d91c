package nl.alkmaar.wijkaanzet.idea.moderation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.alkmaar.wijkaanzet.ModuleStoppedException;
import nl.alkmaar.wijkaanzet.WijkAanZetRuntime;
import nl.alkmaar.wijkaanzet.campaign.Campaign;
import nl.alkmaar.wijkaanzet.idea.IdeaStatus;
import nl.alkmaar.wijkaanzet.idea.ModeratedIdea;
import nl.alkmaar.wijkaanzet.idea.ModerationAction;
import nl.alkmaar.wijkaanzet.module.ApiServlet;
import nl.alkmaar.wijkaanzet.user.UserIdentity;
import nl.alkmaar.wijkaanzet.web.Json;
import nl.alkmaar.wijkaanzet.web.Problem;
import nl.alkmaar.wijkaanzet.web.ProblemException;
import nl.alkmaar.wijkaanzet.web.RequestFields;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /api/moderation/ideas} for moderators (role {@code wijkaanzet-moderator}; 401 without a
 * login, 403 with another role): {@code GET ?wijk=…&status=…} the queue, {@code GET /{id}} one
 * point with its version, {@code POST /{id}/publiceren}, {@code /terugtrekken} with {@code
 * {"version": n}}, {@code /afwijzen} with also {@code "reason"} (one of the campaign's rejection
 * reasons) and an optional {@code "explanation"}, {@code /doorsturen}, {@code /verbeteren} with the
 * new {@code title}, {@code description}, {@code location}, {@code category}, {@code /samenvoegen}
 * with {@code "into"} and {@code "intoVersion"} (the target; the answer is the target), and {@code
 * /samenvoegen-ongedaan-maken}. See {@link ModerationRequests}.
 */
public class ModerationServlet extends ApiServlet {

  private static final Logger LOG = LoggerFactory.getLogger(ModerationServlet.class);

  /** A public instance answers as if the address did not exist (HostRole). */
  static final Problem NOT_ON_THIS_HOST =
      Problem.of(
          404,
          "Niet gevonden",
          "Verbeterpunten beoordelen kan alleen in de beheeromgeving van de gemeente.");

  /** On a host that does not moderate, every method answers as if the address did not exist. */
  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    WijkAanZetRuntime runtime;
    try {
      runtime = runtime();
    } catch (ModuleStoppedException stopping) {
      super.service(request, response);
      return;
    }
    if (!runtime.role().moderates()) {
      RequestFields.drainSmallBody(request, response);
      response.setHeader("Cache-Control", "no-store");
      Json.problem(response, NOT_ON_THIS_HOST);
      return;
    }
    super.service(request, response);
  }

  @Override
  protected void get(
      HttpServletRequest request, HttpServletResponse response, WijkAanZetRuntime runtime)
      throws IOException {
    moderator(request, runtime);
    Campaign campaign = runtime.campaigns().active();
    String[] path = segments(request);
    if (path.length == 1) {
      ModeratedIdea idea =
          runtime
              .ideas()
              .forModeration(campaign.id(), path[0])
              .orElseThrow(() -> new ProblemException(Problem.notFound()));
      Json.write(response, 200, ModeratedIdeaJson.of(idea));
      return;
    }
    if (path.length > 1) {
      throw new ProblemException(Problem.notFound());
    }
    String wijk = request.getParameter("wijk");
    if (wijk == null || campaign.wijk(wijk).isEmpty()) {
      throw new ProblemException(
          Problem.of(400, "Welke wijk?", "Geef met ?wijk=… een van de wijken van de campagne op."));
    }
    IdeaStatus status = status(request.getParameter("status"));
    Json.write(
        response,
        200,
        runtime.ideas().queue(campaign.id(), wijk, status).stream()
            .map(ModeratedIdeaJson::of)
            .toList());
  }

  @Override
  protected void post(
      HttpServletRequest request, HttpServletResponse response, WijkAanZetRuntime runtime)
      throws IOException {
    UserIdentity moderator = moderator(request, runtime);
    if (!runtime.web().crossSite().allowsOwnSiteOnly(request)) {
      throw new ProblemException(
          Problem.of(
              403,
              "Verstuurd vanaf een andere website",
              "Deze actie kan alleen vanaf deze website."));
    }
    // Only JSON: a page on another site can post a plain form with the moderator's cookie, but a
    // JSON post from another site needs a preflight, which this API never answers.
    if (!RequestFields.isJson(request)) {
      throw new ProblemException(
          Problem.of(
              415,
              "Alleen JSON",
              "Stuur moderatie-acties als JSON (Content-Type: application/json). De"
                  + " moderatieschermen gebruiken hun eigen formulieren."));
    }
    String[] path = segments(request);
    ModerationAction action =
        path.length == 2 ? ModerationRequests.action(path[1]).orElse(null) : null;
    if (action == null) {
      throw new ProblemException(Problem.notFound());
    }
    Map<String, String> fields = RequestFields.read(request, 8192, 0).fields();
    long version = version(fields.get("version"));
    try {
      ModeratedIdea result =
          ModerationRequests.apply(runtime, path[0], version, action, fields, moderator.name());
      LOG.info("point {} {}", path[0], action);
      Json.write(response, 200, ModeratedIdeaJson.of(result));
    } catch (RuntimeException e) {
      // A refusal gets its status; anything else goes on to be logged as a 500 (ApiServlet).
      throw ModerationRefusal.of(e).map(ModerationRefusal::asProblem).orElseThrow(() -> e);
    }
  }

  private static UserIdentity moderator(HttpServletRequest request, WijkAanZetRuntime runtime) {
    Optional<UserIdentity> user = runtime.currentUser().of(request);
    if (user.isEmpty()) {
      throw new ProblemException(
          Problem.of(
              401, "Inloggen nodig", "Log in als moderator om verbeterpunten te beoordelen."));
    }
    if (!user.get().hasRole(UserIdentity.MODERATOR)) {
      throw new ProblemException(
          Problem.of(403, "Geen toegang", "Alleen moderatoren kunnen verbeterpunten beoordelen."));
    }
    return user.get();
  }

  private static String[] segments(HttpServletRequest request) {
    String info = request.getPathInfo();
    return info == null || info.equals("/") ? new String[0] : info.substring(1).split("/");
  }

  private static IdeaStatus status(String value) {
    if (value == null) {
      return IdeaStatus.INGEDIEND;
    }
    try {
      return IdeaStatus.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ProblemException(
          Problem.of(400, "Onbekende status", "De status '" + value + "' kennen we niet."));
    }
  }

  public static long version(String value) {
    try {
      return Long.parseLong(value == null ? "" : value.strip());
    } catch (NumberFormatException e) {
      throw new ProblemException(
          Problem.of(
              400,
              "Versie ontbreekt",
              "Stuur de versie van het punt mee die u zag, zodat wij wijzigingen van anderen niet"
                  + " overschrijven."));
    }
  }
}
