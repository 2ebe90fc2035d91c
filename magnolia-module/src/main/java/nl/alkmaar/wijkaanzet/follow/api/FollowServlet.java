package nl.alkmaar.wijkaanzet.follow.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import nl.alkmaar.wijkaanzet.WijkAanZetRuntime;
import nl.alkmaar.wijkaanzet.follow.Following;
import nl.alkmaar.wijkaanzet.module.ApiServlet;
import nl.alkmaar.wijkaanzet.validation.InvalidInputException;
import nl.alkmaar.wijkaanzet.web.ClientAddress;
import nl.alkmaar.wijkaanzet.web.Json;
import nl.alkmaar.wijkaanzet.web.PostedForm;
import nl.alkmaar.wijkaanzet.web.Problem;
import nl.alkmaar.wijkaanzet.web.ProblemException;
import nl.alkmaar.wijkaanzet.web.QueryStrings;
import nl.alkmaar.wijkaanzet.web.RateLimiter;
import nl.alkmaar.wijkaanzet.web.RequestFields;
import nl.alkmaar.wijkaanzet.web.ReturnAddress;
import nl.alkmaar.wijkaanzet.web.WebProtection;

/**
 * News about a wijk by e-mail: {@code POST /api/follow} with {@code {"wijk", "email", "language"}}
 * asks (202, the same answer for every address), {@code POST /api/follow/bevestigen} with {@code
 * {"t"}} confirms with the mail's link, {@code POST /api/follow/stoppen} with {@code {"t"}} stops
 * (and {@code ?t=…} with the body {@code List-Unsubscribe=One-Click} is the one-click stop of RFC
 * 8058 that mail providers post). The follow form and the link page without JavaScript post
 * URL-encoded with a form token and come back to their page (post, redirect, get). Only from this
 * site or a trusted one.
 */
public class FollowServlet extends ApiServlet {

  /** Where the page scrolls to after a post: the form's or the link page's message. */
  static final String ANCHOR = "wz-volgen";

  static final String CONFIRM = "/bevestigen";
  static final String STOP = "/stoppen";

  @Override
  protected void post(
      HttpServletRequest request, HttpServletResponse response, WijkAanZetRuntime runtime)
      throws IOException {
    WebProtection web = runtime.web();
    if (!web.crossSite().allows(request)) {
      throw new ProblemException(
          Problem.of(
              403,
              "Verstuurd vanaf een andere website",
              "U kunt zich alleen aanmelden via de website van Wij(k) aan zet!."));
    }
    if (!runtime.role().takesResidentPosts()) {
      // The author instance: the links in the mails lead to the public website.
      throw new ProblemException(
          Problem.of(
              403,
              "Niet op deze omgeving",
              "Dit is de beheeromgeving van de gemeente. Aanmelden kan via de website van"
                  + " Wij(k) aan zet!."));
    }
    String path = request.getPathInfo() == null ? "/" : request.getPathInfo();
    if (!List.of("/", CONFIRM, STOP).contains(path)) {
      throw new ProblemException(Problem.notFound());
    }
    boolean form = RequestFields.isForm(request) && !RequestFields.isMultipart(request);
    if (!form && !RequestFields.isJson(request)) {
      throw new ProblemException(
          Problem.of(415, "Dit formaat kennen we niet", "Stuur JSON (UTF-8) of het formulier."));
    }
    PostedForm posted = RequestFields.read(request, WebProtection.MAX_FORM_BYTES, 0);
    Map<String, String> fields = posted.fields();
    if (form && STOP.equals(path) && "One-Click".equals(fields.get("List-Unsubscribe"))) {
      // RFC 8058: the mail provider posts to the List-Unsubscribe address of a news mail, without
      // cookies or a form token; the signed token in the address is the permission.
      Following.LinkView stopped =
          runtime
              .following()
              // The body holds only the marker; the token is in the address's query.
              .stop(QueryStrings.value(request.getQueryString(), "t"));
      response.setStatus(stopped.state() == Following.LinkState.STOPPED ? 200 : 410);
      response.setContentType("text/plain;charset=UTF-8");
      response
          .getWriter()
          .write(
              stopped.state() == Following.LinkState.STOPPED ? "Afgemeld.\n" : "Onbekende link.\n");
      return;
    }
    if (form) {
      String browser = web.browsers().ensure(request, response);
      FollowOutcome outcome =
          web.tokens().isValid(fields.get("token"))
              ? handle(path, fields, request, runtime)
              : FollowOutcome.refused(
                  fields.get("wijk"),
                  fields.getOrDefault("email", ""),
                  "Deze pagina was te lang open. Er is nog niets veranderd. Probeer het opnieuw.");
      ReturnAddress.of(fields.get("returnTo"))
          .redirect(
              response, web.formStates().put(browser, outcome, outcome.approximateBytes()), ANCHOR);
      return;
    }
    FollowOutcome outcome = handle(path, fields, request, runtime);
    if (outcome.link() != null) {
      Json.write(
          response,
          outcome.link().state() == Following.LinkState.UNKNOWN
                  || outcome.link().state() == Following.LinkState.EXPIRED
              ? 410
              : 200,
          Map.of(
              "status",
              outcome.link().state().name().toLowerCase(java.util.Locale.ROOT),
              "wijk",
              outcome.link().wijkName()));
    } else if (!outcome.errors().isEmpty()) {
      throw new ProblemException(
          new Problem(
              "about:blank",
              "Controleer de gegevens",
              400,
              "Niet alles is goed ingevuld.",
              outcome.errors()));
    } else if (outcome.message() != null) {
      throw new ProblemException(
          Problem.of(429, "Even wachten", outcome.message()), outcome.waitSeconds());
    } else {
      Json.write(
          response,
          202,
          Map.of(
              "status",
              "mail-verstuurd",
              "detail",
              "Kijk in uw e-mail. Klik op de link in de e-mail. Pas dan krijgt u berichten."));
    }
  }

  private static FollowOutcome handle(
      String path,
      Map<String, String> fields,
      HttpServletRequest request,
      WijkAanZetRuntime runtime) {
    Following following = runtime.following();
    if (CONFIRM.equals(path)) {
      return FollowOutcome.linked(following.confirm(fields.get("t")));
    }
    if (STOP.equals(path)) {
      return FollowOutcome.linked(following.stop(fields.get("t")));
    }
    String wijk = fields.get("wijk");
    String email = fields.getOrDefault("email", "");
    RateLimiter.Decision rate =
        runtime.web().submitLimit().acquire("volgen:" + ClientAddress.key(request.getRemoteAddr()));
    if (!rate.allowed()) {
      long minutes = Math.max(1, (rate.retryAfterSeconds() + 59) / 60);
      return FollowOutcome.slowed(
          wijk,
          email,
          "U heeft zich net een paar keer aangemeld. Wacht "
              + (minutes == 1 ? "een minuut" : minutes + " minuten")
              + " en probeer het dan opnieuw.",
          rate.retryAfterSeconds());
    }
    try {
      following.ask(wijk, email, "en".equals(fields.get("language")) ? "en" : "nl");
      return FollowOutcome.sent(wijk);
    } catch (InvalidInputException e) {
      return FollowOutcome.rejected(wijk, email, e.errors());
    }
  }
}
