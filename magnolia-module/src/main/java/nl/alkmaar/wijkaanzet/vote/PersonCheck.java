package nl.alkmaar.wijkaanzet.vote;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import nl.alkmaar.wijkaanzet.validation.FieldError;
import nl.alkmaar.wijkaanzet.validation.InvalidInputException;

/**
 * What staff typed from a resident's identity document, checked: a Dutch postcode, a house number,
 * a date of birth ({@code 1950-03-01} or {@code 01-03-1950}) in the past. All faults at once.
 */
record PersonCheck(String postcode, int houseNumber, LocalDate born) {

  /** Strict: 31-02-1950 is refused, not quietly read as 28 February (the lenient default). */
  private static final DateTimeFormatter DUTCH =
      DateTimeFormatter.ofPattern("dd-MM-uuuu").withResolverStyle(ResolverStyle.STRICT);

  static PersonCheck of(String postcode, String houseNumber, String born, LocalDate today) {
    List<FieldError> errors = new java.util.ArrayList<>();
    String code = AddressBook.normalizePostcode(postcode).orElse(null);
    if (code == null) {
      errors.add(new FieldError("postcode", "Vul een postcode in zoals 1811 AB."));
    }
    int number = 0;
    try {
      number = Integer.parseInt(houseNumber == null ? "" : houseNumber.strip());
    } catch (NumberFormatException e) {
      number = 0;
    }
    if (number < 1 || number > 99_999) {
      errors.add(new FieldError("huisnummer", "Vul het huisnummer in, alleen het getal."));
    }
    LocalDate date = date(born);
    if (date == null || !date.isBefore(today) || date.getYear() < 1900) {
      errors.add(new FieldError("geboortedatum", "Vul de geboortedatum in zoals 01-03-1950."));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return new PersonCheck(code, number, date);
  }

  private static LocalDate date(String typed) {
    if (typed == null) {
      return null;
    }
    String value = typed.strip();
    try {
      return value.matches("\\d{4}-\\d{2}-\\d{2}")
          ? LocalDate.parse(value)
          : LocalDate.parse(value, DUTCH);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
