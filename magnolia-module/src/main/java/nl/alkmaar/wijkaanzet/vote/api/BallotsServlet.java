package nl.alkmaar.wijkaanzet.vote.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import nl.alkmaar.wijkaanzet.WijkAanZetRuntime;
import nl.alkmaar.wijkaanzet.module.ApiServlet;
import nl.alkmaar.wijkaanzet.user.UserIdentity;
import nl.alkmaar.wijkaanzet.vote.VoteReceipt;
import nl.alkmaar.wijkaanzet.web.ClientAddress;
import nl.alkmaar.wijkaanzet.web.Json;
import nl.alkmaar.wijkaanzet.web.PostedForm;
import nl.alkmaar.wijkaanzet.web.Problem;
import nl.alkmaar.wijkaanzet.web.ProblemException;
import nl.alkmaar.wijkaanzet.web.RequestFields;
import nl.alkmaar.wijkaanzet.web.WebProtection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /api/ballots} with JSON {@code {"wijk", "points": [ids], "code"}}: 201 with the
 * receipt once the ballot is durably stored. A cross-site JSON post needs a preflight we never
 * allow; the ballot form without JavaScript posts URL-encoded with a form token instead (see {@link
 * BallotForm}). Either way only from this site or a trusted one.
 */
public class BallotsServlet extends ApiServlet {

  private static final Logger LOG = LoggerFactory.getLogger(BallotsServlet.class);

  /**
   * The preflight of a trusted site's script (the ballot widget embedded on www.alkmaar.nl): JSON
   * may be posted, without cookies. Any other site gets no permission, so its script's post never
   * leaves the browser.
   */
  @Override
  protected void options(
      HttpServletRequest request, HttpServletResponse response, WijkAanZetRuntime runtime)
      throws IOException {
    Optional<String> origin = runtime.web().crossSite().trustedOrigin(request);
    if (origin.isEmpty()) {
      throw new ProblemException(
          Problem.of(403, "Niet toegestaan", "Deze website mag geen stemmen versturen."));
    }
    allowOrigin(response, origin.get());
    response.setHeader("Access-Control-Allow-Methods", "POST");
    response.setHeader("Access-Control-Allow-Headers", "Content-Type");
    response.setHeader("Access-Control-Max-Age", "600");
    response.setStatus(204);
  }

  private static void allowOrigin(HttpServletResponse response, String origin) {
    response.setHeader("Access-Control-Allow-Origin", origin);
    response.setHeader("Vary", "Origin");
  }

  @Override
  protected void post(
      HttpServletRequest request, HttpServletResponse response, WijkAanZetRuntime runtime)
      throws IOException {
    if (!runtime.web().crossSite().allows(request)) {
      throw new ProblemException(
          Problem.of(
              403,
              "Verstuurd vanaf een andere website",
              "U kunt alleen stemmen via de website van Wij(k) aan zet!."));
    }
    runtime
        .web()
        .crossSite()
        .trustedOrigin(request)
        .ifPresent(origin -> allowOrigin(response, origin));
    Optional<UserIdentity> staff =
        runtime.currentUser().of(request).filter(user -> user.hasRole(UserIdentity.STAFF));
    if (staff.isEmpty() && !runtime.role().takesResidentPosts()) {
      // The author instance: ballots belong on the public website, where every voter is counted.
      throw new ProblemException(
          Problem.of(
              403,
              "Niet op deze omgeving",
              "Dit is de beheeromgeving van de gemeente. Stemmen kan alleen via de website van"
                  + " Wij(k) aan zet!."));
    }
    if (RequestFields.isForm(request) && !RequestFields.isMultipart(request)) {
      if ("/bevestigen".equals(request.getPathInfo())) {
        BallotForm.confirm(request, response, runtime);
      } else {
        BallotForm.handle(request, response, runtime);
      }
      return;
    }
    if (!RequestFields.isJson(request)) {
      throw new ProblemException(
          Problem.of(
              415,
              "Dit formaat kennen we niet",
              "Stuur de stem als JSON (UTF-8) of met het stemformulier."));
    }
    PostedForm posted = RequestFields.read(request, WebProtection.MAX_FORM_BYTES, 0);
    Map<String, String> fields = posted.fields();
    if ("/bevestigen".equals(request.getPathInfo())) {
      confirm(response, runtime, fields.get("token"));
      return;
    }
    if (request.getPathInfo() != null && !request.getPathInfo().equals("/")) {
      throw new ProblemException(Problem.notFound());
    }
    if (fields.containsKey("email") && !fields.containsKey("code")) {
      byEmail(response, runtime, posted);
      return;
    }
    boolean inPerson = fields.containsKey("postcode") || fields.containsKey("kanaal");
    if (inPerson && staff.isEmpty()) {
      throw new ProblemException(
          Problem.of(
              403,
              "Alleen voor medewerkers",
              "Een stem voor een bewoner opnemen kan alleen een ingelogde medewerker. Stemt u zelf?"
                  + " Gebruik dan de stemcode uit uw brief."));
    }
    try {
      VoteReceipt receipt =
          inPerson
              ? runtime
                  .voting()
                  .castAssisted(
                      fields.get("wijk"),
                      posted.all("points"),
                      fields.get("kanaal"),
                      fields.get("postcode"),
                      fields.get("huisnummer"),
                      fields.get("geboortedatum"))
              : runtime
                  .voting()
                  .castWithCode(
                      fields.get("wijk"),
                      posted.all("points"),
                      fields.get("code"),
                      ClientAddress.key(request.getRemoteAddr()));
      if (inPerson) {
        // Who recorded it and where, never for whom: enough to follow up a complaint at a desk.
        LOG.info(
            "ballot recorded in person by {} via {}", staff.get().name(), fields.get("kanaal"));
      }
      Json.write(response, 201, json(receipt));
    } catch (RuntimeException e) {
      throw VoteRefusal.of(e).orElseThrow(() -> e);
    }
  }

  /** The e-mail method's first step: 202, the same answer whatever the address. */
  private static void byEmail(
      HttpServletResponse response, WijkAanZetRuntime runtime, PostedForm posted)
      throws IOException {
    Map<String, String> fields = posted.fields();
    try {
      runtime
          .voting()
          .requestByEmail(
              fields.get("wijk"),
              posted.all("points"),
              fields.get("email"),
              fields.get("postcode"),
              fields.get("huisnummer"),
              "en".equals(fields.get("language")) ? "en" : "nl");
    } catch (RuntimeException e) {
      throw VoteRefusal.of(e).orElseThrow(() -> e);
    }
    Json.write(
        response,
        202,
        Map.of(
            "status",
            "mail-verstuurd",
            "detail",
            "Kijk in uw e-mail. Klik op de link in de e-mail om uw stem te bevestigen. Pas dan telt"
                + " uw stem. De link werkt 24 uur."));
  }

  /** The e-mail method's second step: the token from the link casts the pending ballot. */
  private static void confirm(HttpServletResponse response, WijkAanZetRuntime runtime, String token)
      throws IOException {
    try {
      Json.write(response, 201, json(runtime.voting().confirmByEmail(token)));
    } catch (RuntimeException e) {
      throw VoteRefusal.of(e).orElseThrow(() -> e);
    }
  }

  private static Map<String, Object> json(VoteReceipt receipt) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("receipt", receipt.receipt());
    body.put("wijk", receipt.wijk());
    body.put("changed", receipt.changed());
    body.put(
        "points",
        receipt.chosen().stream()
            .map(
                idea ->
                    Map.of("id", idea.id(), "reference", idea.reference(), "title", idea.title()))
            .toList());
    return body;
  }
}
