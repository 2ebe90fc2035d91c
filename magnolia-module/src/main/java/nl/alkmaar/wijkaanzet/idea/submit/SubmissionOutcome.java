package nl.alkmaar.wijkaanzet.idea.submit;

import java.util.List;
import nl.alkmaar.wijkaanzet.idea.SubmissionForm;
import nl.alkmaar.wijkaanzet.validation.FieldError;
import nl.alkmaar.wijkaanzet.web.FormStates;

/**
 * What the submission form shows after a post without JavaScript: either the input with its errors
 * (and a general message, e.g. "closed"), or the confirmation with the reference. {@code keptPhoto}
 * is the key of a photo sent along with a form that had errors, kept in {@link FormStates} so the
 * resident does not have to choose it again. {@code channel} is where staff took the point in (the
 * assisted form's select), kept apart from the resident's input; null on the residents' form.
 */
public record SubmissionOutcome(
    SubmissionForm form,
    List<FieldError> errors,
    String generalError,
    String reference,
    String title,
    String keptPhoto,
    String channel) {

  public static SubmissionOutcome rejected(SubmissionForm form, List<FieldError> errors) {
    return new SubmissionOutcome(form, List.copyOf(errors), null, null, null, null, null);
  }

  public static SubmissionOutcome refused(SubmissionForm form, String generalError) {
    return new SubmissionOutcome(form, List.of(), generalError, null, null, null, null);
  }

  /**
   * @param submitted what was accepted; the confirmation uses it to find look-alikes, the form
   *     itself starts empty again
   */
  public static SubmissionOutcome accepted(
      String reference, String title, SubmissionForm submitted) {
    return new SubmissionOutcome(submitted, List.of(), null, reference, title, null, null);
  }

  public SubmissionOutcome withKeptPhoto(String key) {
    return new SubmissionOutcome(form, errors, generalError, reference, title, key, channel);
  }

  /** The same outcome, remembering the channel staff chose so the form shows it again. */
  public SubmissionOutcome withChannel(String chosen) {
    return new SubmissionOutcome(form, errors, generalError, reference, title, keptPhoto, chosen);
  }

  /** About what this outcome takes in memory: two bytes per character and some overhead. */
  public long approximateBytes() {
    long chars =
        length(generalError)
            + length(reference)
            + length(title)
            + length(keptPhoto)
            + length(channel);
    if (form != null) {
      chars +=
          length(form.wijk())
              + length(form.title())
              + length(form.description())
              + length(form.category())
              + length(form.location())
              + length(form.name())
              + length(form.email())
              + length(form.ageGroup());
    }
    for (FieldError error : errors) {
      chars += length(error.field()) + length(error.message()) + 32;
    }
    return 2 * chars + 512;
  }

  private static int length(String text) {
    return text == null ? 0 : text.length();
  }

  public boolean isAccepted() {
    return reference != null;
  }
}
