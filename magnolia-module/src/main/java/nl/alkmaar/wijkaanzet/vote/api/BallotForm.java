package nl.alkmaar.wijkaanzet.vote.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import nl.alkmaar.wijkaanzet.WijkAanZetRuntime;
import nl.alkmaar.wijkaanzet.validation.InvalidInputException;
import nl.alkmaar.wijkaanzet.vote.VoteReceipt;
import nl.alkmaar.wijkaanzet.web.ClientAddress;
import nl.alkmaar.wijkaanzet.web.PostedForm;
import nl.alkmaar.wijkaanzet.web.ProblemException;
import nl.alkmaar.wijkaanzet.web.RequestFields;
import nl.alkmaar.wijkaanzet.web.ReturnAddress;
import nl.alkmaar.wijkaanzet.web.WebProtection;

/**
 * The ballot form without JavaScript: a URL-encoded post with a form token, always answered with a
 * 303 back to the page it came from, whose ballot component shows the receipt or what to correct
 * (post, redirect, get, as the submission form does).
 */
final class BallotForm {

  /** Where the page scrolls to: the confirmation or the error summary at the top of the form. */
  static final String ANCHOR = "wz-stemmen";

  private BallotForm() {}

  static void handle(
      HttpServletRequest request, HttpServletResponse response, WijkAanZetRuntime runtime)
      throws IOException {
    WebProtection web = runtime.web();
    String browser = web.browsers().ensure(request, response);
    PostedForm posted = RequestFields.read(request, WebProtection.MAX_FORM_BYTES, 0);
    String wijk = posted.fields().get("wijk");
    List<String> chosen = posted.all("points");
    String code = posted.fields().get("code");
    ReturnAddress back = ReturnAddress.of(posted.fields().get("returnTo"));
    BallotOutcome outcome;
    if (!web.tokens().isValid(posted.fields().get("token"))) {
      outcome =
          BallotOutcome.refused(
              wijk,
              chosen,
              code,
              "Het formulier was te lang open en is verlopen. Uw stem is nog niet uitgebracht."
                  + " Controleer uw keuze en stem opnieuw.");
    } else if (posted.fields().containsKey("kanaal")) {
      outcome = inPerson(runtime, request, posted, wijk, chosen);
    } else if ((code == null || code.isBlank()) && !blank(posted.fields().get("email"))) {
      outcome = byEmail(runtime, posted, wijk, chosen);
    } else {
      outcome = cast(runtime, request, wijk, chosen, code);
    }
    if (outcome.receipt() == null && !outcome.mailSent()) {
      outcome = outcome.withEmailFields(emailFields(posted));
    }
    if (outcome.receipt() != null || outcome.mailSent()) {
      web.formStates().forget(browser);
    }
    back.redirect(
        response, web.formStates().put(browser, outcome, outcome.approximateBytes()), ANCHOR);
  }

  /** Where the confirmation page scrolls to after its post. */
  static final String CONFIRM_ANCHOR = "wz-bevestigen";

  /** The confirmation page's "Bevestig mijn stem": the link's token {@code t} casts the ballot. */
  static void confirm(
      HttpServletRequest request, HttpServletResponse response, WijkAanZetRuntime runtime)
      throws IOException {
    WebProtection web = runtime.web();
    String browser = web.browsers().ensure(request, response);
    PostedForm posted = RequestFields.read(request, WebProtection.MAX_FORM_BYTES, 0);
    ReturnAddress back = ReturnAddress.of(posted.fields().get("returnTo"));
    BallotOutcome outcome;
    if (!web.tokens().isValid(posted.fields().get("token"))) {
      outcome =
          BallotOutcome.refused(
              null,
              List.of(),
              null,
              "Deze pagina was te lang open. Uw stem is nog niet bevestigd. Open de link uit uw"
                  + " e-mail opnieuw.");
    } else {
      try {
        outcome = BallotOutcome.accepted(runtime.voting().confirmByEmail(posted.fields().get("t")));
      } catch (InvalidInputException e) {
        outcome = BallotOutcome.refused(null, List.of(), null, e.errors().get(0).message());
      } catch (RuntimeException e) {
        ProblemException refusal = VoteRefusal.of(e).orElseThrow(() -> e);
        outcome = BallotOutcome.refused(null, List.of(), null, refusal.problem().detail());
      }
    }
    back.redirect(
        response,
        web.formStates().put(browser, outcome, outcome.approximateBytes()),
        CONFIRM_ANCHOR);
  }

  private static BallotOutcome byEmail(
      WijkAanZetRuntime runtime, PostedForm posted, String wijk, List<String> chosen) {
    try {
      runtime
          .voting()
          .requestByEmail(
              wijk,
              chosen,
              posted.fields().get("email"),
              posted.fields().get("postcode"),
              posted.fields().get("huisnummer"),
              "en".equals(posted.fields().get("language")) ? "en" : "nl");
      return BallotOutcome.mailSent(wijk);
    } catch (InvalidInputException e) {
      return BallotOutcome.rejected(wijk, chosen, null, e.errors());
    } catch (RuntimeException e) {
      ProblemException refusal = VoteRefusal.of(e).orElseThrow(() -> e);
      return BallotOutcome.refused(wijk, chosen, null, refusal.problem().detail());
    }
  }

  /** Staff's form at a desk: the resident's address and date of birth instead of a code. */
  private static BallotOutcome inPerson(
      WijkAanZetRuntime runtime,
      HttpServletRequest request,
      PostedForm posted,
      String wijk,
      List<String> chosen) {
    boolean staff =
        runtime
            .currentUser()
            .of(request)
            .filter(user -> user.hasRole(nl.alkmaar.wijkaanzet.user.UserIdentity.STAFF))
            .isPresent();
    if (!staff) {
      return BallotOutcome.refused(
          wijk,
          chosen,
          null,
          "Een stem voor een bewoner opnemen kan alleen een ingelogde medewerker. Log opnieuw in.");
    }
    try {
      return BallotOutcome.accepted(
          runtime
              .voting()
              .castAssisted(
                  wijk,
                  chosen,
                  posted.fields().get("kanaal"),
                  posted.fields().get("postcode"),
                  posted.fields().get("huisnummer"),
                  posted.fields().get("geboortedatum")));
    } catch (InvalidInputException e) {
      return BallotOutcome.rejected(wijk, chosen, null, e.errors());
    } catch (RuntimeException e) {
      ProblemException refusal = VoteRefusal.of(e).orElseThrow(() -> e);
      return BallotOutcome.refused(wijk, chosen, null, refusal.problem().detail());
    }
  }

  private static java.util.Map<String, String> emailFields(PostedForm posted) {
    java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
    for (String name : List.of("email", "postcode", "huisnummer", "geboortedatum", "kanaal")) {
      String value = posted.fields().get(name);
      if (value != null) {
        fields.put(name, value);
      }
    }
    return fields;
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  private static BallotOutcome cast(
      WijkAanZetRuntime runtime,
      HttpServletRequest request,
      String wijk,
      List<String> chosen,
      String code) {
    try {
      VoteReceipt receipt =
          runtime
              .voting()
              .castWithCode(wijk, chosen, code, ClientAddress.key(request.getRemoteAddr()));
      return BallotOutcome.accepted(receipt);
    } catch (InvalidInputException e) {
      return BallotOutcome.rejected(wijk, chosen, code, e.errors());
    } catch (RuntimeException e) {
      ProblemException refusal = VoteRefusal.of(e).orElseThrow(() -> e);
      return BallotOutcome.refused(wijk, chosen, code, refusal.problem().detail());
    }
  }
}
