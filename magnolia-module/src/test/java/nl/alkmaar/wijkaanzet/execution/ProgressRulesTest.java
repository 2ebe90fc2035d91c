package nl.alkmaar.wijkaanzet.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.alkmaar.wijkaanzet.validation.FieldError;
import nl.alkmaar.wijkaanzet.validation.InvalidInputException;
import org.junit.jupiter.api.Test;

/** What an update on a chosen point must hold. */
class ProgressRulesTest {

  private static final Instant NOW = Instant.parse("2024-09-10T09:00:00Z");
  private static final String TEXT = "De bankjes zijn besteld en komen in oktober.";

  @Test
  void anUpdateHoldsItsStatusDateAndText() {
    ProgressUpdate update =
        ProgressRules.check(
            new ProgressForm("gepland", "15-10-2024", TEXT), Optional.empty(), "redacteur1", NOW);

    assertEquals(ExecutionStatus.PLANNED, update.status());
    assertEquals(Optional.of(LocalDate.of(2024, 10, 15)), update.planned());
    assertEquals(TEXT, update.text());
    assertEquals("redacteur1", update.author());
    assertEquals(
        Optional.of(LocalDate.of(2024, 10, 15)),
        ProgressRules.check(
                new ProgressForm("gepland", "2024-10-15", TEXT), Optional.empty(), "a", NOW)
            .planned());
  }

  @Test
  void everyFaultIsNamedAndNothingIsAccepted() {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () ->
                ProgressRules.check(
                    new ProgressForm("klaar", "31-2-2024", ""), Optional.empty(), "a", NOW));

    assertEquals(
        List.of("status", "gepland", "tekst"),
        refused.errors().stream().map(FieldError::field).toList());
    assertEquals(
        "Vul een datum in zoals 15-9-2024, of laat het veld leeg als de datum nog niet bekend is.",
        refused.errors().get(1).message());
  }

  @Test
  void aPointThatIsDoneCannotGoBack() {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () ->
                ProgressRules.check(
                    new ProgressForm("in-uitvoering", "", TEXT),
                    Optional.of(ExecutionStatus.DONE),
                    "a",
                    NOW));

    assertEquals(
        "Dit punt is al gerealiseerd. De status kan niet meer terug. Wilt u iets melden? Kies dan"
            + " gerealiseerd en schrijf het in het bericht.",
        refused.errors().get(0).message());
    assertEquals(
        ExecutionStatus.DONE,
        ProgressRules.check(
                new ProgressForm("gerealiseerd", "", TEXT),
                Optional.of(ExecutionStatus.DONE),
                "a",
                NOW)
            .status(),
        "another note on a point that is done is fine");
    assertEquals(
        ExecutionStatus.IN_PROGRESS,
        ProgressRules.check(
                new ProgressForm("in-uitvoering", "", TEXT),
                Optional.of(ExecutionStatus.DELAYED),
                "a",
                NOW)
            .status(),
        "a delay may end");
  }
}
