package nl.alkmaar.wijkaanzet.idea.submit;

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
import nl.alkmaar.wijkaanzet.idea.PhotoChoice;
import nl.alkmaar.wijkaanzet.idea.SubmissionForm;
import nl.alkmaar.wijkaanzet.idea.photo.Photo;
import nl.alkmaar.wijkaanzet.idea.photo.PhotoProcessor;
import nl.alkmaar.wijkaanzet.idea.photo.PhotosBusyException;
import nl.alkmaar.wijkaanzet.user.UserIdentity;
import nl.alkmaar.wijkaanzet.validation.FieldError;
import nl.alkmaar.wijkaanzet.validation.InvalidInputException;
import nl.alkmaar.wijkaanzet.web.ClientAddress;
import nl.alkmaar.wijkaanzet.web.PostedForm;
import nl.alkmaar.wijkaanzet.web.Problem;
import nl.alkmaar.wijkaanzet.web.ProblemException;
import nl.alkmaar.wijkaanzet.web.RateLimiter;
import nl.alkmaar.wijkaanzet.web.RequestFields;
import nl.alkmaar.wijkaanzet.web.ReturnAddress;
import nl.alkmaar.wijkaanzet.web.UploadBudget;
import nl.alkmaar.wijkaanzet.web.WebProtection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /api/ideas}, from the widget (JSON: 201, or problem+json) or from the form without
 * JavaScript (URL-encoded: always a 303 back to the page, which shows errors or the confirmation).
 * Protections in order: same site, rate limit (not for staff), size and type, honeypot, form token;
 * then the domain rules.
 */
public final class SubmitIdeaOperation {

  /** A field people do not see; software that fills in every field fills this one too. */
  static final String HONEYPOT = "website";

  /** Hidden field naming a photo kept from an earlier post of the same form. */
  static final String KEPT_PHOTO = "keptPhoto";

  private static final Logger LOG = LoggerFactory.getLogger(SubmitIdeaOperation.class);

  /** Said to anyone but staff who posts on the author instance (HostRole). */
  static final String NOT_STORED_HERE =
      "Dit is de beheeromgeving van de gemeente. Verbeterpunten van bewoners worden hier niet"
          + " opgeslagen. Stuur uw punt in via de website van Wij(k) aan zet!.";

  private final WijkAanZetRuntime runtime;
  private final WebProtection web;

  public SubmitIdeaOperation(WijkAanZetRuntime runtime) {
    this.runtime = runtime;
    this.web = runtime.web();
  }

  public void handle(HttpServletRequest request, HttpServletResponse response) throws IOException {
    if (!web.crossSite().allows(request)) {
      throw new ProblemException(
          Problem.of(
              403,
              "Verstuurd vanaf een andere website",
              "Dit formulier kan alleen worden verstuurd vanaf de website van Wij(k) aan zet!."));
    }
    // The body's type decides whether the form token is needed, never the Accept header: a form
    // post can come from any site, a JSON post from another site needs a preflight we never allow.
    boolean formBody = RequestFields.isForm(request);
    boolean answerAsPage = formBody && !wantsJson(request);
    String browser = web.browsers().ensure(request, response);
    Optional<UserIdentity> staff =
        runtime.currentUser().of(request).filter(user -> user.hasRole(UserIdentity.STAFF));
    // Before the body is read: an address over its limit must not hold a thread with uploads.
    RateLimiter.Decision rate =
        staff.isPresent()
            ? new RateLimiter.Decision(true, 0)
            : web.submitLimit().acquire(ClientAddress.key(request.getRemoteAddr()));
    if (!rate.allowed()) {
      overRateLimit(request, response, answerAsPage, browser, rate);
      return;
    }
    boolean multipart = RequestFields.isMultipart(request);
    try (UploadBudget.Reservation room =
        multipart ? web.uploads().reserve(request.getContentLengthLong()) : null) {
      if (multipart && room == null) {
        String busy =
            "Het is nu erg druk. Uw punt is nog niet verstuurd. Probeer het over een halve minuut"
                + " opnieuw.";
        backToReferer(request, response, answerAsPage, browser)
            .refuse(
                new ProblemException(Problem.of(503, "Even te druk", busy), 30),
                SubmissionOutcome.refused(SubmissionForm.empty(), busy));
        return;
      }
      readAndSubmit(request, response, formBody, answerAsPage, browser, staff);
    }
  }

  /** The rest of a post that may be read now: its fields, the token, the photo, the point. */
  private void readAndSubmit(
      HttpServletRequest request,
      HttpServletResponse response,
      boolean formBody,
      boolean answerAsPage,
      String browser,
      Optional<UserIdentity> staff)
      throws IOException {
    PostedForm posted;
    try {
      posted = RequestFields.read(request, WebProtection.MAX_FORM_BYTES, PhotoProcessor.MAX_BYTES);
    } catch (ProblemException unreadable) {
      // Nothing of the form could be read, not even its page: back to the page it came from.
      backToReferer(request, response, answerAsPage, browser)
          .refuse(
              unreadable,
              SubmissionOutcome.refused(SubmissionForm.empty(), unreadable.problem().detail()));
      return;
    }
    Map<String, String> fields = posted.fields();
    SubmissionForm input = formOf(fields);
    SubmissionAnswer answer =
        new SubmissionAnswer(
            web, response, answerAsPage, ReturnAddress.of(fields.get("returnTo")), browser);
    if (!fields.getOrDefault(HONEYPOT, "").isBlank()) {
      LOG.info("submission with filled honeypot ignored");
      answer.accepted(null, input);
      return;
    }
    if (staff.isEmpty() && !runtime.role().takesResidentPosts()) {
      // The author instance: an editor trying the form in the page preview must not add a point.
      answer.refuse(
          new ProblemException(Problem.of(403, "Niet op deze omgeving", NOT_STORED_HERE)),
          SubmissionOutcome.refused(input, NOT_STORED_HERE));
      return;
    }
    // The token before any photo is decoded: a forged post costs no decoding.
    if (formBody && !web.tokens().isValid(fields.get("token"))) {
      String again = posted.photo().isPresent() ? " Kies ook uw foto opnieuw." : "";
      answer.refuse(
          new ProblemException(
              Problem.of(
                  403,
                  "Formulier verlopen",
                  "Het formulier was te lang open of kwam niet van deze website. Laad de pagina"
                      + " opnieuw en verstuur het nog eens.")),
          SubmissionOutcome.refused(
                  input,
                  "Het formulier was te lang open en is verlopen. Controleer uw"
                      + " gegevens en verstuur het opnieuw."
                      + again)
              .withChannel(chosenChannel(staff, fields)));
      return;
    }
    PhotoChoice photo;
    try {
      photo = photoOf(posted, fields.get(KEPT_PHOTO), browser);
    } catch (PhotosBusyException e) {
      answer.refuse(
          new ProblemException(
              Problem.of(503, "Even te druk", e.getMessage()),
              PhotosBusyException.RETRY_AFTER_SECONDS),
          SubmissionOutcome.refused(input, e.getMessage())
              .withChannel(chosenChannel(staff, fields)));
      return;
    }
    submit(answer, input, photo, staff, fields);
  }

  /** An answer for a post whose fields were not read: a page goes back where it came from. */
  private SubmissionAnswer backToReferer(
      HttpServletRequest request,
      HttpServletResponse response,
      boolean answerAsPage,
      String browser) {
    return new SubmissionAnswer(
        web,
        response,
        answerAsPage,
        ReturnAddress.ofReferer(request.getHeader("Referer")),
        browser);
  }

  /**
   * The photo of this post, checked; or the one kept from an earlier post of the same form by the
   * same browser. Outside the submission window nothing is decoded: the post is refused anyway.
   *
   * @throws PhotosBusyException when too many photos are being processed to wait for a turn
   */
  private PhotoChoice photoOf(PostedForm posted, String keptKey, String browser) {
    if (!runtime.submissions().window().open()) {
      return PhotoChoice.none();
    }
    if (posted.photo().isPresent()) {
      return runtime.submissions().photo(posted.photo().get());
    }
    return web.keptPhotos()
        .get(browser, keptKey)
        .map(kept -> new Photo(kept.image(), kept.thumbnail(), kept.width(), kept.height()))
        .map(PhotoChoice::of)
        .orElse(PhotoChoice.none());
  }

  private void submit(
      SubmissionAnswer answer,
      SubmissionForm input,
      PhotoChoice photo,
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
      answer.accepted(idea, input);
    } catch (InvalidInputException e) {
      answer.invalid(
          e.errors(),
          SubmissionOutcome.rejected(input, e.errors()).withChannel(chosenChannel(staff, fields)),
          photo);
    } catch (PhaseClosedException e) {
      answer.refuse(
          new ProblemException(Problem.of(409, "Insturen is gesloten", e.getMessage())),
          SubmissionOutcome.refused(input, e.getMessage())
              .withChannel(chosenChannel(staff, fields)));
    }
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

  /**
   * Ten at once, then one every three minutes per address (an IPv6 address by its /64). Over the
   * limit a script gets 429. A resident without JavaScript gets the form back with the wait in
   * words, and with what they typed when the post is small enough to read cheaply (no photo).
   */
  private void overRateLimit(
      HttpServletRequest request,
      HttpServletResponse response,
      boolean answerAsPage,
      String browser,
      RateLimiter.Decision rate)
      throws IOException {
    response.setHeader("Retry-After", Long.toString(rate.retryAfterSeconds()));
    String wait =
        "U heeft kort na elkaar veel ideeën verstuurd. Probeer het over "
            + Math.max(1, rate.retryAfterSeconds() / 60)
            + " minuten opnieuw.";
    // Only a page post small enough to read cheaply (no photo) is read, to give back what was
    // typed.
    long length = request.getContentLengthLong();
    boolean readable = answerAsPage && length >= 0 && length <= WebProtection.MAX_FORM_BYTES;
    Map<String, String> fields =
        readable ? RequestFields.read(request, WebProtection.MAX_FORM_BYTES, 0).fields() : Map.of();
    ReturnAddress back =
        readable
            ? ReturnAddress.of(fields.get("returnTo"))
            : ReturnAddress.ofReferer(request.getHeader("Referer"));
    new SubmissionAnswer(web, response, answerAsPage, back, browser)
        .refuse(
            new ProblemException(Problem.of(429, "Even wachten", wait)),
            SubmissionOutcome.refused(formOf(fields), wait));
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
