package nl.alkmaar.wijkaanzet.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.alkmaar.wijkaanzet.WijkAanZetRuntime;
import nl.alkmaar.wijkaanzet.idea.AuditEntry;
import nl.alkmaar.wijkaanzet.idea.Channel;
import nl.alkmaar.wijkaanzet.idea.Idea;
import nl.alkmaar.wijkaanzet.idea.PhaseClosedException;
import nl.alkmaar.wijkaanzet.idea.SubmissionForm;
import nl.alkmaar.wijkaanzet.idea.photo.PhotoProcessor;
import nl.alkmaar.wijkaanzet.validation.FieldError;
import nl.alkmaar.wijkaanzet.validation.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /api/ideas}, from the widget (JSON: 201, or problem+json) or from the form without
 * JavaScript (URL-encoded: always a 303 back to the page, which shows errors or the confirmation).
 * Protections in order: same site, rate limit (not for staff), size and type, honeypot, form token;
 * then the domain rules.
 */
final class SubmitIdeaOperation {

  /** A field people do not see; software that fills in every field fills this one too. */
  static final String HONEYPOT = "website";

  /** Hidden field naming a photo kept from an earlier post of the same form. */
  static final String KEPT_PHOTO = "keptPhoto";

  private static final Logger LOG = LoggerFactory.getLogger(SubmitIdeaOperation.class);

  private final WijkAanZetRuntime runtime;
  private final WebProtection web;

  SubmitIdeaOperation(WijkAanZetRuntime runtime) {
    this.runtime = runtime;
    this.web = runtime.web();
  }

  void handle(HttpServletRequest request, HttpServletResponse response) throws IOException {
    if (!web.crossSite().allows(request)) {
      throw new ProblemException(
          Problem.of(
              403,
              "Verstuurd vanaf een andere website",
              "Dit formulier kan alleen worden verstuurd vanaf de website van Wij(k) aan zet!."));
    }
    Optional<UserIdentity> staff =
        runtime.currentUser().of(request).filter(user -> user.hasRole(UserIdentity.STAFF));
    if (staff.isEmpty()) {
      limitRate(request, response);
    }
    boolean form = RequestFields.isForm(request) && !wantsJson(request);
    PostedForm posted =
        RequestFields.read(request, WebProtection.MAX_FORM_BYTES, PhotoProcessor.MAX_BYTES);
    Map<String, String> fields = posted.fields();
    SubmissionForm input = formOf(fields);
    ReturnAddress back = ReturnAddress.of(fields.get("returnTo"));
    if (!fields.getOrDefault(HONEYPOT, "").isBlank()) {
      LOG.info("submission with filled honeypot ignored");
      answerAccepted(response, form, back, null, input);
      return;
    }
    if (form && !web.tokens().isValid(fields.get("token"))) {
      back.redirect(
          response,
          web.formStates()
              .put(
                  keepPhoto(
                      SubmissionOutcome.refused(
                              input,
                              "Het formulier was te lang open en is verlopen. Controleer uw"
                                  + " gegevens en verstuur het opnieuw.")
                          .withChannel(chosenChannel(staff, fields)),
                      posted.photo())),
          FormAnchors.ERRORS);
      return;
    }
    Optional<byte[]> photo =
        posted.photo().or(() -> web.formStates().get(fields.get(KEPT_PHOTO), byte[].class));
    submit(response, form, back, input, photo, staff, fields);
  }

  private void submit(
      HttpServletResponse response,
      boolean form,
      ReturnAddress back,
      SubmissionForm input,
      Optional<byte[]> photo,
      Optional<UserIdentity> staff,
      Map<String, String> fields)
      throws IOException {
    try {
      Channel channel = staff.isPresent() ? assistedChannel(fields.get("channel")) : Channel.ONLINE;
      String actor = staff.map(UserIdentity::name).orElse(AuditEntry.RESIDENT);
      Idea idea =
          runtime
              .submissions()
              .submit(input, photo, channel, actor, fields.getOrDefault("language", "nl"));
      LOG.info("point {} submitted in {} via {}", idea.id(), idea.wijk(), channel.id());
      answerAccepted(response, form, back, idea, input);
    } catch (InvalidInputException e) {
      if (!form) {
        throw new ProblemException(
            new Problem(
                "about:blank",
                "Controleer uw gegevens",
                400,
                "Niet alle velden zijn goed ingevuld.",
                e.errors()));
      }
      boolean photoRejected = e.errors().stream().anyMatch(error -> error.field().equals("photo"));
      SubmissionOutcome rejected =
          keepPhoto(
              SubmissionOutcome.rejected(input, e.errors())
                  .withChannel(chosenChannel(staff, fields)),
              photoRejected ? Optional.empty() : photo);
      back.redirect(response, web.formStates().put(rejected), FormAnchors.ERRORS);
    } catch (PhaseClosedException e) {
      if (!form) {
        throw new ProblemException(Problem.of(409, "Insturen is gesloten", e.getMessage()));
      }
      back.redirect(
          response,
          web.formStates()
              .put(
                  SubmissionOutcome.refused(input, e.getMessage())
                      .withChannel(chosenChannel(staff, fields))),
          FormAnchors.ERRORS);
    }
  }

  private SubmissionOutcome keepPhoto(SubmissionOutcome outcome, Optional<byte[]> photo) {
    return photo.isPresent() ? outcome.withKeptPhoto(web.formStates().put(photo.get())) : outcome;
  }

  /** Scripts (the widget, partners) ask for JSON; a plain HTML form post never does. */
  private static boolean wantsJson(HttpServletRequest request) {
    String accept = request.getHeader("Accept");
    return accept != null && accept.contains("application/json") && !accept.contains("text/html");
  }

  /** What staff chose in the channel select, to show it again; residents have no such field. */
  private static String chosenChannel(Optional<UserIdentity> staff, Map<String, String> fields) {
    return staff.isPresent() ? fields.get("channel") : null;
  }

  private static Channel assistedChannel(String field) {
    return Channel.byId(field == null ? "" : field)
        .filter(Channel::isAssisted)
        .orElseThrow(
            () ->
                new InvalidInputException(
                    List.of(new FieldError("channel", "Kies waar u het idee heeft opgenomen."))));
  }

  private void answerAccepted(
      HttpServletResponse response,
      boolean form,
      ReturnAddress back,
      Idea idea,
      SubmissionForm input)
      throws IOException {
    // A honeypot hit gets the same answer as a resident, with a reference that exists nowhere.
    String reference = idea != null ? idea.reference() : "WAZ-0000-0000";
    if (form) {
      back.redirect(
          response,
          web.formStates()
              .put(
                  SubmissionOutcome.accepted(
                      reference, input.normalized().title(), input.normalized())),
          FormAnchors.CONFIRMATION);
      return;
    }
    if (idea != null) {
      response.setHeader("Location", web.apiPath() + "/ideas/" + idea.id());
    }
    Json.write(
        response,
        201,
        Map.of(
            "id",
            idea != null ? idea.id() : reference.toLowerCase(java.util.Locale.ROOT),
            "reference",
            reference,
            "status",
            "INGEDIEND"));
  }

  private void limitRate(HttpServletRequest request, HttpServletResponse response) {
    RateLimiter.Decision decision = web.submitLimit().acquire(request.getRemoteAddr());
    if (!decision.allowed()) {
      response.setHeader("Retry-After", Long.toString(decision.retryAfterSeconds()));
      throw new ProblemException(
          Problem.of(
              429,
              "Even wachten",
              "U heeft kort na elkaar veel ideeën verstuurd. Probeer het over "
                  + Math.max(1, decision.retryAfterSeconds() / 60)
                  + " minuten opnieuw."));
    }
  }

  private static SubmissionForm formOf(Map<String, String> fields) {
    String consent = fields.getOrDefault("consent", "");
    return new SubmissionForm(
        fields.get("wijk"),
        fields.get("title"),
        fields.get("description"),
        fields.get("category"),
        fields.get("location"),
        fields.get("name"),
        fields.get("email"),
        fields.get("ageGroup"),
        consent.equals("true") || consent.equals("on") || consent.equals("ja"));
  }
}
