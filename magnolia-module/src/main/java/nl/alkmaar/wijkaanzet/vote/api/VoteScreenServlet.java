package nl.alkmaar.wijkaanzet.vote.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.alkmaar.wijkaanzet.ModuleStoppedException;
import nl.alkmaar.wijkaanzet.WijkAanZet;
import nl.alkmaar.wijkaanzet.WijkAanZetRuntime;
import nl.alkmaar.wijkaanzet.campaign.Campaign;
import nl.alkmaar.wijkaanzet.campaign.Wijk;
import nl.alkmaar.wijkaanzet.jcr.RepositoryFailure;
import nl.alkmaar.wijkaanzet.module.ModuleServlet;
import nl.alkmaar.wijkaanzet.user.UserIdentity;
import nl.alkmaar.wijkaanzet.validation.FieldError;
import nl.alkmaar.wijkaanzet.validation.InvalidInputException;
import nl.alkmaar.wijkaanzet.vote.Recount;
import nl.alkmaar.wijkaanzet.vote.Voting;
import nl.alkmaar.wijkaanzet.web.QueryStrings;
import nl.alkmaar.wijkaanzet.web.RequestFields;
import nl.alkmaar.wijkaanzet.web.screen.ScreenTemplates;
import nl.alkmaar.wijkaanzet.web.screen.ScreenTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The editors' voting screen (role {@value UserIdentity#EDITOR}, on the host that moderates): per
 * wijk the letter codes issued and the ballots counted, a form that makes letter codes and answers
 * them as a CSV download for the mail merge, and a recount of every stored ballot against the live
 * tallies ({@code ?hertellen=ja}, read-only). Plain HTML forms, so it works without JavaScript and
 * inside Magnolia's embedded-page app ({@code apps/wijkaanzet-stemmen.yaml}).
 *
 * <p>Init parameter {@code logout}: as for the moderation screens.
 */
public class VoteScreenServlet extends ModuleServlet {

  private static final Logger LOG = LoggerFactory.getLogger(VoteScreenServlet.class);

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("X-Content-Type-Options", "nosniff");
    // Magnolia's embedded-page app shows this screen in a frame of the same site.
    response.setHeader("X-Frame-Options", "SAMEORIGIN");
    response.setHeader("Referrer-Policy", "same-origin");
    WijkAanZetRuntime runtime;
    try {
      runtime = WijkAanZet.runtime();
    } catch (ModuleStoppedException stopping) {
      response.sendError(503);
      return;
    }
    String logout = getInitParameter("logout");
    Screen screen = new Screen(request, response, runtime, logout == null ? "" : logout);
    try {
      if (!QueryStrings.isReadable(request.getQueryString())) {
        screen.message(400, "Onleesbaar adres", QueryStrings.UNREADABLE);
        return;
      }
      Optional<UserIdentity> editor = admitted(screen);
      if (editor.isEmpty()) {
        return;
      }
      boolean atRoot = request.getPathInfo() == null || request.getPathInfo().equals("/");
      switch (request.getMethod()) {
        case "GET", "HEAD" -> {
          if (atRoot) {
            screen.overview(Map.of(), Map.of(), "ja".equals(request.getParameter("hertellen")));
          } else {
            screen.message(404, "Niet gevonden", "Deze pagina bestaat niet.");
          }
        }
        case "POST" -> {
          if ("/codes".equals(request.getPathInfo())) {
            issueCodes(screen, editor.get());
          } else {
            screen.message(404, "Niet gevonden", "Deze pagina bestaat niet.");
          }
        }
        default -> {
          response.setHeader("Allow", "GET, HEAD, POST");
          screen.message(405, "Dat kan hier niet", "Deze pagina kunt u alleen bekijken.");
        }
      }
    } catch (RepositoryFailure e) {
      LOG.error("repository failure on the voting screen {}", request.getRequestURI(), e);
      screen.message(503, "Even niet beschikbaar", "Probeer het over een paar minuten opnieuw.");
    } catch (RuntimeException e) {
      LOG.error("unexpected failure on the voting screen {}", request.getRequestURI(), e);
      screen.message(
          500,
          "Er ging iets mis",
          "Uw actie is niet uitgevoerd. Probeer het opnieuw; lukt het niet, meld het dan aan de"
              + " beheerder van de website.");
    } finally {
      RequestFields.drainSmallBody(request, response);
    }
  }

  /** The editor, or empty when the page already said why not. */
  private static Optional<UserIdentity> admitted(Screen screen) throws IOException {
    if (!screen.runtime().role().moderates()) {
      screen.message(
          404, "Niet gevonden", "Stemmen beheren kan alleen in de beheeromgeving van de gemeente.");
      return Optional.empty();
    }
    Optional<UserIdentity> user = screen.runtime().currentUser().of(screen.request());
    if (user.isEmpty()) {
      screen.message(401, "Inloggen nodig", "Log in als redacteur om deze pagina te zien.");
      return Optional.empty();
    }
    if (!user.get().hasRole(UserIdentity.EDITOR)) {
      screen.message(
          403, "Geen toegang", "Alleen redacteuren kunnen stemcodes maken en hertellen.");
      return Optional.empty();
    }
    return user;
  }

  private static void issueCodes(Screen screen, UserIdentity editor) throws IOException {
    HttpServletRequest request = screen.request();
    request.setCharacterEncoding("UTF-8");
    if (!screen.runtime().web().crossSite().allowsOwnSiteOnly(request)
        || !ScreenTokens.isValid(screen.runtime().web().tokens(), request, editor.name())) {
      screen.message(
          403,
          "Formulier verlopen",
          "Dit formulier is te oud of kwam van een andere website. Ga terug, laad de pagina opnieuw"
              + " en probeer het nog eens. Er zijn geen stemcodes gemaakt.");
      return;
    }
    String wijk = request.getParameter("wijk");
    String typed = request.getParameter("aantal");
    Map<String, String> posted = new HashMap<>();
    posted.put("wijk", wijk == null ? "" : wijk);
    posted.put("aantal", typed == null ? "" : typed);
    List<String> codes;
    try {
      codes = screen.runtime().voting().issueCodes(wijk, LetterCodeRequest.count(typed));
    } catch (InvalidInputException e) {
      screen.overview(posted, fieldErrors(e.errors()), false);
      return;
    }
    // Who made how many, for the audit; never the codes themselves.
    LOG.info("{} letter codes issued for wijk {} by {}", codes.size(), wijk, editor.name());
    LetterCodeRequest.sendCsv(screen.response(), wijk, codes);
  }

  private static Map<String, String> fieldErrors(List<FieldError> errors) {
    Map<String, String> byField = new LinkedHashMap<>();
    errors.forEach(error -> byField.putIfAbsent(error.field(), error.message()));
    return byField;
  }

  /** One request of the screen: the model of each page, and how it is written. */
  private record Screen(
      HttpServletRequest request,
      HttpServletResponse response,
      WijkAanZetRuntime runtime,
      String logoutPath) {

    private static final ScreenTemplates TEMPLATES =
        new ScreenTemplates("/nl/alkmaar/wijkaanzet/vote/api");

    void overview(Map<String, String> posted, Map<String, String> errors, boolean recount)
        throws IOException {
      Campaign campaign = runtime.campaigns().active();
      Voting voting = runtime.voting();
      Map<String, Integer> codes = voting.issuedCodes();
      List<Map<String, Object>> rows = new ArrayList<>();
      int totalCodes = 0;
      int totalBallots = 0;
      for (Wijk wijk : campaign.wijken()) {
        int issued = codes.getOrDefault(wijk.id(), 0);
        int ballots = voting.tally(wijk.id()).ballots();
        rows.add(Map.of("id", wijk.id(), "name", wijk.name(), "codes", issued, "ballots", ballots));
        totalCodes += issued;
        totalBallots += ballots;
      }
      Map<String, Object> model = new HashMap<>();
      model.put("open", voting.window().open());
      model.put("window", voting.window().explanation());
      model.put("rows", rows);
      model.put("totalCodes", totalCodes);
      model.put("totalBallots", totalBallots);
      model.put("posted", posted);
      model.put("fieldErrors", errors);
      model.put(
          "errors",
          errors.entrySet().stream()
              .map(error -> Map.of("field", error.getKey(), "message", error.getValue()))
              .toList());
      model.put("recount", recount ? recountModel(voting.recount()) : Map.of());
      String title = (errors.isEmpty() ? "" : "Fout: ") + "Stemmen beheren";
      page("stembeheer", title, model, errors.isEmpty() ? 200 : 400);
    }

    private static Map<String, Object> recountModel(Recount recount) {
      // Maps, not records: Magnolia's FreeMarker does not read record components.
      return Map.of(
          "ballots", recount.ballots(),
          "agrees", recount.agrees(),
          "differences", recount.differences());
    }

    void message(int status, String title, String text) throws IOException {
      page("melding", title, Map.of("text", text), status);
    }

    private void page(String template, String title, Map<String, Object> content, int status)
        throws IOException {
      Map<String, Object> model = new HashMap<>(content);
      String base = request.getContextPath() + request.getServletPath();
      model.put("pageTitle", title);
      model.put("area", "Stemmen");
      model.put("base", base);
      model.put("ctx", request.getContextPath());
      model.put("campaign", runtime.campaigns().active().title());
      model.put("logout", logoutPath.isEmpty() ? "" : request.getContextPath() + logoutPath);
      String user = runtime.currentUser().of(request).map(UserIdentity::name).orElse("");
      model.put("token", ScreenTokens.issue(runtime.web().tokens(), request, user));
      model.put("user", user);
      response.setStatus(status);
      response.setContentType("text/html;charset=UTF-8");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      Writer out = response.getWriter();
      TEMPLATES.render(template, model, out);
      out.flush();
    }
  }
}
