package nl.alkmaar.wijkaanzet.idea.submit;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.alkmaar.wijkaanzet.idea.Idea;
import nl.alkmaar.wijkaanzet.idea.PhotoChoice;
import nl.alkmaar.wijkaanzet.idea.SubmissionForm;
import nl.alkmaar.wijkaanzet.idea.photo.Photo;
import nl.alkmaar.wijkaanzet.validation.FieldError;
import nl.alkmaar.wijkaanzet.web.Json;
import nl.alkmaar.wijkaanzet.web.KeptPhotos;
import nl.alkmaar.wijkaanzet.web.Problem;
import nl.alkmaar.wijkaanzet.web.ProblemException;
import nl.alkmaar.wijkaanzet.web.ReturnAddress;
import nl.alkmaar.wijkaanzet.web.WebProtection;

/**
 * How a submission post is answered: a page (303 back to the form, whose state shows the errors or
 * the confirmation) or JSON (201 or problem+json, thrown by the caller).
 */
final class SubmissionAnswer {
  private final WebProtection web;
  private final HttpServletResponse response;
  private final boolean asPage;
  private final ReturnAddress back;
  private final String browser;

  SubmissionAnswer(
      WebProtection web,
      HttpServletResponse response,
      boolean asPage,
      ReturnAddress back,
      String browser) {
    this.web = web;
    this.response = response;
    this.asPage = asPage;
    this.back = back;
    this.browser = browser;
  }

  /**
   * A refusal: a script gets {@code problem} (thrown, answered as problem+json); a page goes back
   * to the form showing {@code outcome}, without a photo.
   */
  void refuse(ProblemException problem, SubmissionOutcome outcome) throws IOException {
    if (!asPage) {
      throw problem;
    }
    refused(outcome, PhotoChoice.none());
  }

  /**
   * Fields to correct: a script gets them as problem+json, a page the form back with them (and the
   * photo, if it passed the checks).
   */
  void invalid(List<FieldError> errors, SubmissionOutcome outcome, PhotoChoice photo)
      throws IOException {
    if (!asPage) {
      throw new ProblemException(
          new Problem(
              "about:blank",
              "Controleer uw gegevens",
              400,
              "Niet alle velden zijn goed ingevuld.",
              errors));
    }
    refused(outcome, photo);
  }

  /** Back to the form with the input, the errors and, if it passed the checks, the photo. */
  void refused(SubmissionOutcome outcome, PhotoChoice photo) throws IOException {
    SubmissionOutcome shown =
        photo
            .photo()
            .map(kept -> outcome.withKeptPhoto(web.keptPhotos().keep(browser, picture(kept))))
            .orElse(outcome);
    back.redirect(
        response,
        web.formStates().put(browser, shown, shown.approximateBytes()),
        FormAnchors.ERRORS);
  }

  private static KeptPhotos.Picture picture(Photo photo) {
    return new KeptPhotos.Picture(photo.image(), photo.thumbnail(), photo.width(), photo.height());
  }

  void accepted(Idea idea, SubmissionForm input) throws IOException {
    // A honeypot hit gets the same answer as a resident, with a reference that exists nowhere.
    String reference = idea != null ? idea.reference() : "WAZ-0000-0000";
    if (asPage) {
      // What was typed before (name, e-mail, a photo) is not needed any more once the point is in.
      web.formStates().forget(browser);
      web.keptPhotos().forget(browser);
      SubmissionOutcome confirmation =
          SubmissionOutcome.accepted(reference, input.normalized().title(), input.normalized());
      back.redirect(
          response,
          web.formStates().put(browser, confirmation, confirmation.approximateBytes()),
          FormAnchors.CONFIRMATION);
      return;
    }
    if (idea != null) {
      response.setHeader("Location", web.api("/ideas/" + idea.id()));
    }
    Json.write(
        response,
        201,
        Map.of(
            "id",
            idea != null ? idea.id() : reference.toLowerCase(Locale.ROOT),
            "reference",
            reference,
            "status",
            "INGEDIEND"));
  }
}
