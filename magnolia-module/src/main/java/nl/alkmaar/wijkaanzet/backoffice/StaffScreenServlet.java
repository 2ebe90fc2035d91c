package nl.alkmaar.wijkaanzet.backoffice;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import nl.alkmaar.wijkaanzet.ModuleStoppedException;
import nl.alkmaar.wijkaanzet.WijkAanZetRuntime;
import nl.alkmaar.wijkaanzet.jcr.RepositoryFailure;
import nl.alkmaar.wijkaanzet.module.ModuleServlet;
import nl.alkmaar.wijkaanzet.user.UserIdentity;
import nl.alkmaar.wijkaanzet.web.ProblemException;
import nl.alkmaar.wijkaanzet.web.QueryStrings;
import nl.alkmaar.wijkaanzet.web.RequestFields;
import nl.alkmaar.wijkaanzet.web.screen.ScreenForms;
import nl.alkmaar.wijkaanzet.web.screen.ScreenTemplates;
import nl.alkmaar.wijkaanzet.web.screen.ScreenUploads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every staff screen does before and after its own pages: no caching, framing only by the same
 * site (Magnolia's embedded-page app), only on the host that moderates, only for logged-in users
 * with one of the screen's roles, and a page rather than a stack trace when something fails. Plain
 * HTML forms, so the screens work without JavaScript.
 *
 * <p>Init parameter {@code logout}: the address of the host's log-out, shown in the frame.
 */
public abstract class StaffScreenServlet extends ModuleServlet {

  private static final Logger LOG = LoggerFactory.getLogger(StaffScreenServlet.class);

  /**
   * Who may use a screen and what it says to others: its name in the frame (e.g. "Haalbaarheid"),
   * the folder of its templates, the roles of which a user needs one, and the texts of the 401 (who
   * should log in) and 403 (who may use it) pages.
   */
  public record Screen(
      String area,
      ScreenTemplates templates,
      Set<String> roles,
      String loginText,
      String refusalText) {}

  private final Screen screen;

  protected StaffScreenServlet(Screen screen) {
    this.screen = screen;
  }

  protected abstract void get(ScreenPage page, UserIdentity user) throws IOException;

  protected abstract void post(ScreenPage page, UserIdentity user) throws IOException;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "SAMEORIGIN");
    response.setHeader("Referrer-Policy", "same-origin");
    WijkAanZetRuntime runtime;
    try {
      runtime = StaffCampaigns.runtimeFor(request);
    } catch (ModuleStoppedException stopping) {
      response.sendError(503);
      return;
    }
    String logout = getInitParameter("logout");
    ScreenPage page =
        new ScreenPage(
            request,
            response,
            runtime,
            screen.templates(),
            screen.area(),
            logout == null ? "" : logout);
    try {
      Optional<UserIdentity> user = admitted(page);
      if (user.isEmpty()) {
        return;
      }
      switch (request.getMethod()) {
        case "GET", "HEAD" -> get(page, user.get());
        case "POST" -> {
          boolean upload = maxPhotoBytes() > 0 && ScreenUploads.isUpload(request);
          if (upload ? ScreenUploads.tooLarge(request) : ScreenForms.tooLarge(request)) {
            page.message(413, "Te groot", upload ? ScreenUploads.TOO_LARGE : ScreenForms.TOO_LARGE);
            return;
          }
          request.setCharacterEncoding("UTF-8");
          if (upload) {
            HttpServletRequest read = readUpload(page);
            if (read == null) {
              return;
            }
            page = page.withRequest(read);
          } else if (ScreenForms.unreadable(request)) {
            page.message(400, "Onleesbaar formulier", ScreenForms.UNREADABLE);
            return;
          }
          post(page, user.get());
        }
        default -> {
          response.setHeader("Allow", "GET, HEAD, POST");
          page.message(
              405,
              "Dat kan hier niet",
              "Deze pagina kunt u bekijken en met de knoppen erop werken.");
        }
      }
    } catch (RepositoryFailure e) {
      LOG.error("repository failure on staff screen {}", request.getRequestURI(), e);
      page.message(503, "Even niet beschikbaar", "Probeer het over een paar minuten opnieuw.");
    } catch (RuntimeException e) {
      LOG.error("unexpected failure on staff screen {}", request.getRequestURI(), e);
      page.message(
          500,
          "Er ging iets mis",
          "Uw actie is niet uitgevoerd. Probeer het opnieuw; lukt het niet, meld het dan aan de"
              + " beheerder van de website.");
    } finally {
      RequestFields.drainSmallBody(request, response);
    }
  }

  /**
   * Photos a screen's form may send along ({@code multipart/form-data}, field {@code photo}); 0
   * (the default): none, and such a post is not read.
   */
  protected int maxPhotoBytes() {
    return 0;
  }

  /** The request with the upload's fields as parameters; null when the page said why not. */
  private HttpServletRequest readUpload(ScreenPage page) throws IOException {
    try {
      return ScreenUploads.read(page.request(), maxPhotoBytes());
    } catch (ProblemException e) {
      page.message(
          e.problem().status(),
          "Onleesbaar formulier",
          e.problem().status() == 413 ? ScreenUploads.TOO_LARGE : ScreenForms.UNREADABLE);
      return null;
    }
  }

  /** The user, or empty when the page already said why not. */
  private Optional<UserIdentity> admitted(ScreenPage page) throws IOException {
    if (!QueryStrings.isReadable(page.request().getQueryString())) {
      page.message(400, "Onleesbaar adres", QueryStrings.UNREADABLE);
      return Optional.empty();
    }
    if (!page.runtime().role().moderates()) {
      // A public instance: as if the address did not exist (HostRole).
      page.message(
          404, "Niet gevonden", "Deze pagina is er alleen in de beheeromgeving van de gemeente.");
      return Optional.empty();
    }
    Optional<UserIdentity> user = page.runtime().currentUser().of(page.request());
    if (user.isEmpty()) {
      page.message(401, "Inloggen nodig", screen.loginText());
      return Optional.empty();
    }
    if (screen.roles().stream().noneMatch(user.get()::hasRole)) {
      page.message(403, "Geen toegang", screen.refusalText());
      return Optional.empty();
    }
    return user;
  }

  /** The answer to an address below the screen that has no page. */
  protected static void notFound(ScreenPage page) throws IOException {
    page.message(404, "Niet gevonden", "Deze pagina bestaat niet.");
  }
}
