package nl.alkmaar.wijkaanzet.vote.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.alkmaar.wijkaanzet.WijkAanZetRuntime;
import nl.alkmaar.wijkaanzet.module.ApiServlet;
import nl.alkmaar.wijkaanzet.vote.VoteReceipt;
import nl.alkmaar.wijkaanzet.web.ClientAddress;
import nl.alkmaar.wijkaanzet.web.Json;
import nl.alkmaar.wijkaanzet.web.PostedForm;
import nl.alkmaar.wijkaanzet.web.Problem;
import nl.alkmaar.wijkaanzet.web.ProblemException;
import nl.alkmaar.wijkaanzet.web.RequestFields;
import nl.alkmaar.wijkaanzet.web.WebProtection;

/**
 * {@code POST /api/ballots} with JSON {@code {"wijk", "points": [ids], "code"}}: 201 with the
 * receipt once the ballot is durably stored. A cross-site JSON post needs a preflight we never
 * allow; the ballot form without JavaScript posts URL-encoded with a form token instead (see {@link
 * BallotForm}). Either way only from this site or a trusted one.
 */
public class BallotsServlet extends ApiServlet {

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
    if (!runtime.role().takesResidentPosts()) {
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
    try {
      VoteReceipt receipt =
          runtime
              .voting()
              .castWithCode(
                  posted.fields().get("wijk"),
                  posted.all("points"),
                  posted.fields().get("code"),
                  ClientAddress.key(request.getRemoteAddr()));
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
