package nl.alkmaar.wijkaanzet.idea.moderation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.alkmaar.wijkaanzet.ModuleStoppedException;
import nl.alkmaar.wijkaanzet.WijkAanZetRuntime;
import nl.alkmaar.wijkaanzet.backoffice.StaffCampaigns;
import nl.alkmaar.wijkaanzet.campaign.Campaign;
import nl.alkmaar.wijkaanzet.idea.ModeratedIdea;
import nl.alkmaar.wijkaanzet.idea.photo.Photo;
import nl.alkmaar.wijkaanzet.jcr.RepositoryFailure;
import nl.alkmaar.wijkaanzet.module.ModuleServlet;
import nl.alkmaar.wijkaanzet.user.UserIdentity;
import nl.alkmaar.wijkaanzet.validation.FieldError;
import nl.alkmaar.wijkaanzet.web.QueryStrings;
import nl.alkmaar.wijkaanzet.web.RequestFields;
import nl.alkmaar.wijkaanzet.web.screen.ScreenForms;
import nl.alkmaar.wijkaanzet.web.screen.ScreenTemplates;
import nl.alkmaar.wijkaanzet.web.screen.ScreenTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The moderation screens (role {@code wijkaanzet-moderator}): {@code /} counts per wijk and status,
 * {@code /wijk/{wijk}} a wijk's queue with search, sorting and bulk actions, {@code /punt/{id}} one
 * point with its submitter, history, actions and look-alikes. Plain HTML forms (post, then redirect
 * to the result), so they work without JavaScript and inside Magnolia's embedded-page app.
 *
 * <p>Init parameter {@code logout}: the path of a logout form target, shown as a button (the
 * standalone host sets it; in Magnolia AdminCentral has its own).
 */
public class ModerationScreensServlet extends ModuleServlet {

  private static final Logger LOG = LoggerFactory.getLogger(ModerationScreensServlet.class);
  private final ScreenTemplates templates =
      new ScreenTemplates("/nl/alkmaar/wijkaanzet/idea/moderation");

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("X-Content-Type-Options", "nosniff");
    // Magnolia's embedded-page app shows these screens in a frame of the same site.
    response.setHeader("X-Frame-Options", "SAMEORIGIN");
    response.setHeader("Referrer-Policy", "same-origin");
    WijkAanZetRuntime runtime;
    try {
      runtime = StaffCampaigns.runtimeFor(request);
    } catch (ModuleStoppedException stopping) {
      response.sendError(503);
      return;
    }
    ScreenRequest screen = new ScreenRequest(request, response, runtime, templates, logoutPath());
    try {
      if (!QueryStrings.isReadable(request.getQueryString())) {
        screen.message(400, "Onleesbaar adres", QueryStrings.UNREADABLE);
        return;
      }
      if (!runtime.role().moderates()) {
        // A public instance: as if the address did not exist (HostRole).
        screen.message(
            404,
            "Niet gevonden",
            "Verbeterpunten beoordelen kan alleen in de beheeromgeving van de gemeente.");
        return;
      }
      Optional<UserIdentity> user = runtime.currentUser().of(request);
      if (user.isEmpty()) {
        screen.message(401, "Inloggen nodig", "Log in als moderator om deze pagina te zien.");
        return;
      }
      if (!user.get().hasRole(UserIdentity.MODERATOR)) {
        screen.message(403, "Geen toegang", "Alleen moderatoren kunnen verbeterpunten beoordelen.");
        return;
      }
      switch (request.getMethod()) {
        case "GET", "HEAD" -> get(screen, segments(request));
        case "POST" -> {
          if (ScreenForms.tooLarge(request)) {
            screen.message(413, "Te veel tekst", ScreenForms.TOO_LARGE);
            return;
          }
          request.setCharacterEncoding("UTF-8");
          if (ScreenForms.unreadable(request)) {
            screen.message(400, "Onleesbaar formulier", ScreenForms.UNREADABLE);
            return;
          }
          new ScreenActions(screen, user.get()).post(segments(request));
        }
        default -> {
          response.setHeader("Allow", "GET, HEAD, POST");
          screen.message(405, "Dat kan hier niet", "Deze pagina kunt u alleen bekijken.");
        }
      }
    } catch (RepositoryFailure e) {
      LOG.error("repository failure on moderation screen {}", request.getRequestURI(), e);
      screen.message(503, "Even niet beschikbaar", "Probeer het over een paar minuten opnieuw.");
    } catch (RuntimeException e) {
      // Not a refusal (those are answered by ScreenActions): a fault to log and to fix.
      LOG.error("unexpected failure on moderation screen {}", request.getRequestURI(), e);
      screen.message(
          500,
          "Er ging iets mis",
          "Uw actie is niet uitgevoerd. Probeer het opnieuw; lukt het niet, meld het dan aan de"
              + " beheerder van de website.");
    } finally {
      RequestFields.drainSmallBody(request, response);
    }
  }

  private String logoutPath() {
    return getInitParameter("logout") == null ? "" : getInitParameter("logout");
  }

  private static void get(ScreenRequest screen, String[] path) throws IOException {
    Campaign campaign = screen.campaign();
    if (path.length == 0) {
      screen.page(
          "overzicht",
          "Moderatie",
          QueueScreen.overview(screen.runtime(), campaign, screen.base()),
          200);
      return;
    }
    if (path.length == 2 && path[0].equals("wijk") && campaign.wijk(path[1]).isPresent()) {
      screen.queue(path[1], List.of(), 200);
      return;
    }
    if (path.length >= 2 && path[0].equals("punt")) {
      Optional<ModeratedIdea> point =
          screen.runtime().ideas().forModeration(campaign.id(), path[1]);
      if (point.isPresent() && path.length == 2) {
        screen.point(point.get(), List.of(), Map.of(), 200);
        return;
      }
      if (point.isPresent() && path.length == 3 && path[2].equals("foto")) {
        photo(screen, point.get());
        return;
      }
    }
    screen.message(
        404, "Niet gevonden", "Deze pagina bestaat niet. Kies een wijk in het overzicht.");
  }

  private static void photo(ScreenRequest screen, ModeratedIdea point) throws IOException {
    Optional<byte[]> image =
        screen.runtime().ideas().photo(point.idea().campaignId(), point.idea().id(), false);
    if (image.isEmpty()) {
      screen.message(404, "Geen foto", "Bij dit punt hoort geen foto.");
      return;
    }
    HttpServletResponse response = screen.response();
    response.setStatus(200);
    response.setContentType(Photo.MEDIA_TYPE);
    response.setContentLength(image.get().length);
    response.getOutputStream().write(image.get());
  }

  static String[] segments(HttpServletRequest request) {
    String info = request.getPathInfo();
    if (info == null || info.equals("/")) {
      return new String[0];
    }
    return info.substring(1).split("/");
  }

  /** One request's context: where the screens live, the campaign, and how to answer. */
  record ScreenRequest(
      HttpServletRequest request,
      HttpServletResponse response,
      WijkAanZetRuntime runtime,
      ScreenTemplates templates,
      String logoutPath) {

    String base() {
      return request.getContextPath() + request.getServletPath();
    }

    Campaign campaign() {
      return runtime.campaigns().active();
    }

    void queue(String wijk, List<Map<String, Object>> results, int status) throws IOException {
      QueueScreen.Filter filter =
          QueueScreen.Filter.of(
              request.getParameter("status"),
              request.getParameter("q"),
              request.getParameter("sort"));
      Map<String, Object> model = QueueScreen.queue(runtime, campaign(), wijk, filter, base());
      model.put("results", results);
      String name = (String) ((Map<?, ?>) model.get("wijk")).get("name");
      String outcome =
          results.isEmpty()
              ? ""
              : results.stream().allMatch(r -> Boolean.TRUE.equals(r.get("ok")))
                  ? "Gelukt: "
                  : "Fout: ";
      page("wachtrij", outcome + "Punten in " + name, model, status);
    }

    void point(ModeratedIdea point, List<FieldError> errors, Map<String, String> posted, int status)
        throws IOException {
      Map<String, Object> model = IdeaScreen.model(runtime, campaign(), point, base());
      // Maps, not records: Magnolia's FreeMarker does not read record components.
      model.put(
          "errors",
          errors.stream()
              .map(error -> Map.of("field", error.field(), "message", error.message()))
              .toList());
      model.put("posted", posted);
      String done = request.getParameter("gedaan");
      model.put("done", errors.isEmpty() && done != null ? ScreenWords.done(done) : "");
      String prefix = errors.isEmpty() ? "" : "Fout: ";
      page("punt", prefix + point.idea().reference() + " " + point.idea().title(), model, status);
    }

    void message(int status, String title, String text) throws IOException {
      page("melding", title, Map.of("text", text), status);
    }

    void page(String template, String title, Map<String, Object> content, int status)
        throws IOException {
      Map<String, Object> model = new HashMap<>(content);
      model.put("pageTitle", title);
      model.put("area", "Moderatie");
      model.put("base", base());
      model.put("ctx", request.getContextPath());
      model.put("campaign", campaign().title());
      model.put("campaigns", StaffCampaigns.choices(runtime));
      model.put("logout", logoutPath.isEmpty() ? "" : request.getContextPath() + logoutPath);
      String user = runtime.currentUser().of(request).map(UserIdentity::name).orElse("");
      model.put("token", ScreenTokens.issue(runtime.web().tokens(), request, user));
      model.put("user", user);
      response.setStatus(status);
      response.setContentType("text/html;charset=UTF-8");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      Writer out = response.getWriter();
      templates.render(template, model, out);
      out.flush();
    }
  }
}
