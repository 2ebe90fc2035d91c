package nl.alkmaar.wijkaanzet.idea;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.alkmaar.wijkaanzet.campaign.CampaignFiles;
import nl.alkmaar.wijkaanzet.validation.FieldError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SubmissionValidatorTest {

  private final SubmissionValidator validator = new SubmissionValidator(CampaignFiles.bundled());

  static SubmissionForm valid() {
    return new SubmissionForm(
        "centrum",
        "Meer bankjes in het park",
        "In het Hofje van Splinter zijn te weinig bankjes om even uit te rusten.",
        "groen",
        "hoek Kennemerstraatweg / Nassaulaan",
        "Jan Jansen",
        "jan@example.nl",
        "65-plus",
        true);
  }

  private static SubmissionForm with(String field, String value) {
    SubmissionForm f = valid();
    return new SubmissionForm(
        field.equals("wijk") ? value : f.wijk(),
        field.equals("title") ? value : f.title(),
        field.equals("description") ? value : f.description(),
        field.equals("category") ? value : f.category(),
        field.equals("location") ? value : f.location(),
        field.equals("name") ? value : f.name(),
        field.equals("email") ? value : f.email(),
        field.equals("ageGroup") ? value : f.ageGroup(),
        !field.equals("consent") || Boolean.parseBoolean(value));
  }

  @Test
  void aCompleteFormHasNoProblems() {
    assertEquals(List.of(), validator.problems(valid(), Channel.ONLINE));
  }

  @Test
  void optionalFieldsMayStayEmpty() {
    SubmissionForm form = with("location", null);
    form =
        new SubmissionForm(
            form.wijk(),
            form.title(),
            form.description(),
            form.category(),
            null,
            form.name(),
            form.email(),
            null,
            true);

    assertEquals(List.of(), validator.problems(form, Channel.ONLINE));
  }

  @ParameterizedTest(name = "{0} = «{1}»")
  @CsvSource(
      delimiter = '|',
      nullValues = "NULL",
      textBlock =
          """
      wijk        | NULL        | Kies de wijk waar uw idee over gaat.
      wijk        | noord       | Kies een wijk uit de lijst.
      title       | NULL        | Vul een korte titel in.
      title       | Bank        | Schrijf iets meer: minstens 5 tekens.
      description | NULL        | Beschrijf uw idee.
      description | Te kort     | Schrijf iets meer: minstens 20 tekens.
      category    | NULL        | Kies een onderwerp.
      category    | sport       | Kies een onderwerp uit de lijst.
      name        | NULL        | Vul uw naam in.
      email       | NULL        | Vul uw e-mailadres in. Dan kunnen wij u laten weten wat er met uw idee gebeurt.
      email       | jan@        | Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.
      email       | jan@example | Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.
      ageGroup    | 12-15       | Kies een leeftijdsgroep uit de lijst.
      consent     | false       | Geef toestemming voor het gebruik van uw gegevens. Zonder toestemming kunnen wij uw idee niet behandelen.
      """)
  void everyBadFieldGetsItsOwnDutchMessage(String field, String value, String message) {
    assertEquals(
        List.of(new FieldError(field, message)),
        validator.problems(with(field, value), Channel.ONLINE));
  }

  @Test
  void tooLongTextsSayHowLongTheyAre() {
    List<FieldError> errors = validator.problems(with("title", "x".repeat(81)), Channel.ONLINE);

    assertEquals(
        List.of(
            new FieldError(
                "title", "Maak de tekst korter: hoogstens 80 tekens. Nu zijn het er 81.")),
        errors);
    assertEquals(
        "description",
        validator.problems(with("description", "y".repeat(2001)), Channel.ONLINE).get(0).field());
    assertEquals(
        "location",
        validator.problems(with("location", "z".repeat(201)), Channel.ONLINE).get(0).field());
  }

  @Test
  void errorsComeInFormOrder() {
    List<String> fields =
        validator.problems(SubmissionForm.empty(), Channel.ONLINE).stream()
            .map(FieldError::field)
            .toList();

    assertEquals(
        List.of("wijk", "title", "description", "category", "name", "email", "consent"), fields);
  }

  @Test
  void throughStaffAResidentWithoutEmailCanSubmit() {
    assertEquals(List.of(), validator.problems(with("email", null), Channel.BUS));
    assertTrue(
        validator.problems(with("email", "geen-adres"), Channel.BIBLIOTHEEK).stream()
            .anyMatch(error -> error.field().equals("email")),
        "an address given through staff must still be valid");
  }
}
