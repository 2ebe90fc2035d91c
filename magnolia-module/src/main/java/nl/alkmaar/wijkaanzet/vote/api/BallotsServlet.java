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
      BallotForm.handle(request, response, runtime);
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

  private static Map<String, Object> json(VoteReceipt receipt) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("receipt", receipt.receipt());
    body.put("wijk", receipt.wijk());
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
