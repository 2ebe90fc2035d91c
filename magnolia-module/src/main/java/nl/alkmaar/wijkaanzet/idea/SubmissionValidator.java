package nl.alkmaar.wijkaanzet.idea;

import static nl.alkmaar.wijkaanzet.idea.SubmissionLimits.DESCRIPTION_MAX;
import static nl.alkmaar.wijkaanzet.idea.SubmissionLimits.DESCRIPTION_MIN;
import static nl.alkmaar.wijkaanzet.idea.SubmissionLimits.EMAIL_MAX;
import static nl.alkmaar.wijkaanzet.idea.SubmissionLimits.LOCATION_MAX;
import static nl.alkmaar.wijkaanzet.idea.SubmissionLimits.NAME_MAX;
import static nl.alkmaar.wijkaanzet.idea.SubmissionLimits.TITLE_MAX;
import static nl.alkmaar.wijkaanzet.idea.SubmissionLimits.TITLE_MIN;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nl.alkmaar.wijkaanzet.campaign.Campaign;
import nl.alkmaar.wijkaanzet.validation.FieldError;

/**
 * The rules for a submission, with one specific message per field in B1 Dutch that says what to do.
 * Fields are checked in form order, so the error summary lists them as the form shows them.
 */
public final class SubmissionValidator {

  /** Deliberately loose: the confirmation mail is the real test of an address. */
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

  private final Campaign campaign;

  public SubmissionValidator(Campaign campaign) {
    this.campaign = campaign;
  }

  /** All problems of a normalised form; empty when it can be accepted from this channel. */
  public List<FieldError> problems(SubmissionForm form, Channel channel) {
    List<FieldError> errors = new ArrayList<>();
    checkWijk(form.wijk(), errors);
    checkLength("title", form.title(), TITLE_MIN, TITLE_MAX, "Vul een korte titel in.", errors);
    checkLength(
        "description",
        form.description(),
        DESCRIPTION_MIN,
        DESCRIPTION_MAX,
        "Beschrijf uw idee.",
        errors);
    checkCategory(form.category(), errors);
    checkMax("location", form.location(), LOCATION_MAX, errors);
    checkLength("name", form.name(), 1, NAME_MAX, "Vul uw naam in.", errors);
    checkEmail(form.email(), channel, errors);
    if (form.ageGroup() != null && AgeGroup.byId(form.ageGroup()).isEmpty()) {
      errors.add(new FieldError("ageGroup", "Kies een leeftijdsgroep uit de lijst."));
    }
    if (!form.consent()) {
      errors.add(
          new FieldError(
              "consent",
              "Geef toestemming voor het gebruik van uw gegevens. Zonder toestemming kunnen wij"
                  + " uw idee niet behandelen."));
    }
    return errors;
  }

  /** The same rules for a moderator's correction of a point's text. */
  public List<FieldError> textProblems(IdeaText text) {
    List<FieldError> errors = new ArrayList<>();
    checkLength("title", text.title(), TITLE_MIN, TITLE_MAX, "Vul een korte titel in.", errors);
    checkLength(
        "description",
        text.description(),
        DESCRIPTION_MIN,
        DESCRIPTION_MAX,
        "Beschrijf het punt.",
        errors);
    checkCategory(text.category(), errors);
    checkMax("location", text.location(), LOCATION_MAX, errors);
    return errors;
  }

  private void checkWijk(String wijk, List<FieldError> errors) {
    if (wijk == null) {
      errors.add(new FieldError("wijk", "Kies de wijk waar uw idee over gaat."));
    } else if (campaign.wijk(wijk).isEmpty()) {
      errors.add(new FieldError("wijk", "Kies een wijk uit de lijst."));
    }
  }

  private void checkCategory(String category, List<FieldError> errors) {
    if (category == null) {
      errors.add(new FieldError("category", "Kies een onderwerp."));
    } else if (campaign.categories().stream().noneMatch(c -> c.id().equals(category))) {
      errors.add(new FieldError("category", "Kies een onderwerp uit de lijst."));
    }
  }

  private static void checkLength(
      String field, String value, int min, int max, String missing, List<FieldError> errors) {
    if (value == null) {
      errors.add(new FieldError(field, missing));
    } else if (value.length() < min) {
      errors.add(new FieldError(field, "Schrijf iets meer: minstens " + min + " tekens."));
    } else {
      checkMax(field, value, max, errors);
    }
  }

  private static void checkMax(String field, String value, int max, List<FieldError> errors) {
    if (value != null && value.length() > max) {
      errors.add(
          new FieldError(
              field,
              "Maak de tekst korter: hoogstens "
                  + max
                  + " tekens. Nu zijn het er "
                  + value.length()
                  + "."));
    }
  }

  private static void checkEmail(String email, Channel channel, List<FieldError> errors) {
    if (email == null) {
      if (!channel.isAssisted()) {
        errors.add(
            new FieldError(
                "email",
                "Vul uw e-mailadres in. Dan kunnen wij u laten weten wat er met uw idee gebeurt."));
      }
    } else if (email.length() > EMAIL_MAX || !EMAIL.matcher(email).matches()) {
      errors.add(
          new FieldError("email", "Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl."));
    }
  }
}
