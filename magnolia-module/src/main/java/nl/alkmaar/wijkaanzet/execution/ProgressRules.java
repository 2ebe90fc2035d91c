package nl.alkmaar.wijkaanzet.execution;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.alkmaar.wijkaanzet.validation.FieldError;
import nl.alkmaar.wijkaanzet.validation.InvalidInputException;

/**
 * What an update must hold, all faults at once: a status, a text for residents, and a planned date
 * that is a real date. A point that is gerealiseerd stays so: its status cannot go back.
 */
public final class ProgressRules {

  static final int TEXT_MIN = 10;
  static final int TEXT_MAX = 1000;

  /**
   * A date as people in the Netherlands write it ({@code 15-9-2024}) or as a date field sends it.
   */
  private static final Pattern DUTCH = Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})");

  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

  private ProgressRules() {}

  /**
   * @param current the point's status now, empty before its first update
   * @throws InvalidInputException with a message for every field at fault; nothing is stored
   */
  public static ProgressUpdate check(
      ProgressForm form, Optional<ExecutionStatus> current, String author, Instant at) {
    List<FieldError> errors = new ArrayList<>();
    Optional<ExecutionStatus> status = ExecutionStatus.byId(form.status());
    if (status.isEmpty()) {
      errors.add(
          new FieldError(
              ProgressForm.STATUS,
              "Kies de status: gepland, in uitvoering, vertraagd of gerealiseerd."));
    } else if (current.filter(now -> now == ExecutionStatus.DONE).isPresent()
        && status.get() != ExecutionStatus.DONE) {
      errors.add(
          new FieldError(
              ProgressForm.STATUS,
              "Dit punt is al gerealiseerd. De status kan niet meer terug. Wilt u iets melden?"
                  + " Kies dan gerealiseerd en schrijf het in het bericht."));
    }
    Optional<LocalDate> planned = Optional.empty();
    if (!form.planned().isEmpty()) {
      try {
        planned = Optional.of(date(form.planned()));
      } catch (IllegalArgumentException | DateTimeException e) {
        errors.add(
            new FieldError(
                ProgressForm.PLANNED,
                "Vul een datum in zoals 15-9-2024, of laat het veld leeg als de datum nog niet"
                    + " bekend is."));
      }
    }
    if (form.text().length() < TEXT_MIN) {
      errors.add(
          new FieldError(
              ProgressForm.TEXT,
              form.text().isEmpty()
                  ? "Schrijf wat bewoners moeten weten, bijvoorbeeld wat er gebeurt en wanneer."
                  : "Schrijf een bericht van minstens " + TEXT_MIN + " tekens."));
    } else if (form.text().length() > TEXT_MAX) {
      errors.add(
          new FieldError(
              ProgressForm.TEXT,
              "Het bericht is "
                  + form.text().length()
                  + " tekens. Maak het korter: hoogstens "
                  + TEXT_MAX
                  + " tekens."));
    }
    checkPhotoAlt(form, errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return new ProgressUpdate(at, status.orElseThrow(), planned, form.text(), author);
  }

  static final int PHOTO_ALT_MAX = 250;

  /** A photo needs words for people who cannot see it; words need the photo they describe. */
  private static void checkPhotoAlt(ProgressForm form, List<FieldError> errors) {
    if (form.photo().isPresent() && form.photoAlt().isEmpty()) {
      errors.add(
          new FieldError(
              ProgressForm.PHOTO_ALT,
              "Beschrijf wat er op de foto staat, voor bewoners die hem niet kunnen zien."));
    } else if (form.photo().isEmpty() && !form.photoAlt().isEmpty()) {
      errors.add(
          new FieldError(
              ProgressForm.PHOTO,
              "Kies de foto die bij de beschrijving hoort (na een fout kiest u hem opnieuw), of"
                  + " maak de beschrijving leeg."));
    }
    if (form.photoAlt().length() > PHOTO_ALT_MAX) {
      errors.add(
          new FieldError(
              ProgressForm.PHOTO_ALT,
              "De beschrijving is "
                  + form.photoAlt().length()
                  + " tekens. Maak hem korter: hoogstens "
                  + PHOTO_ALT_MAX
                  + " tekens."));
    }
  }

  /**
   * @throws IllegalArgumentException or DateTimeException when it is no date
   */
  static LocalDate date(String typed) {
    Matcher dutch = DUTCH.matcher(typed);
    if (dutch.matches()) {
      return LocalDate.of(
          Integer.parseInt(dutch.group(3)),
          Integer.parseInt(dutch.group(2)),
          Integer.parseInt(dutch.group(1)));
    }
    Matcher iso = ISO.matcher(typed);
    if (iso.matches()) {
      return LocalDate.of(
          Integer.parseInt(iso.group(1)),
          Integer.parseInt(iso.group(2)),
          Integer.parseInt(iso.group(3)));
    }
    throw new IllegalArgumentException("no date: " + typed);
  }
}
