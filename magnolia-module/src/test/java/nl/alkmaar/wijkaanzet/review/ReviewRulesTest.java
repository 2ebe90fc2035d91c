package nl.alkmaar.wijkaanzet.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.alkmaar.wijkaanzet.validation.FieldError;
import nl.alkmaar.wijkaanzet.validation.InvalidInputException;
import org.junit.jupiter.api.Test;

/** What a verdict must hold, and the Dutch message for each fault. */
class ReviewRulesTest {

  private static final Instant NOW = Instant.parse("2024-06-03T09:00:00Z");
  private static final String WHY = "Er is ruimte op het plein en het past in het groenbeleid.";

  @Test
  void anEmptyFormNamesTheVerdictAndTheExplanationOnly() {
    Map<String, String> errors = faults(new ReviewForm("", "", "", "", "", ""));

    assertEquals(List.of("oordeel", "motivatie"), List.copyOf(errors.keySet()));
    assertEquals(
        "Kies of het punt haalbaar, haalbaar onder voorwaarden of niet haalbaar is.",
        errors.get("oordeel"));
  }

  @Test
  void aFeasiblePointNeedsCostBudgetAndTheUnitThatCarriesItOut() {
    Map<String, String> errors = faults(new ReviewForm("haalbaar", WHY, "", "", "", ""));

    assertEquals(List.of("kosten", "budget", "afdeling"), List.copyOf(errors.keySet()));
    assertEquals(
        "Vul de geschatte kosten in, in hele euro's. Bijvoorbeeld 12500.", errors.get("kosten"));
  }

  @Test
  void anExistingBudgetNamesWhoseBudget() {
    Map<String, String> errors =
        faults(new ReviewForm("voorwaarden", WHY, "8000", "bestaand", "", "Openbare Ruimte"));

    assertEquals(List.of("budgetAfdeling"), List.copyOf(errors.keySet()));
  }

  @Test
  void aUnitTypedForTheKadernotaIsQuestionedNotDropped() {
    Map<String, String> errors =
        faults(new ReviewForm("haalbaar", WHY, "500", "kadernota", "Stadswerk072", "Wijkteam"));

    assertEquals(
        "U koos de reserve uit de Kadernota. Laat dit veld dan leeg, of kies bestaand budget.",
        errors.get("budgetAfdeling"));
  }

  @Test
  void aPointThatCannotBeDoneNeedsOnlyItsExplanation() {
    Review review =
        ReviewRules.check(
            new ReviewForm("niet-haalbaar", WHY, "", "", "", ""), "waz-1", "ambtenaar1", NOW);

    assertEquals(Verdict.NOT_FEASIBLE, review.verdict());
    assertEquals(Optional.empty(), review.costEuros());
    assertEquals(Optional.empty(), review.budget());
  }

  @Test
  void aCompleteReviewKeepsWhatWasTyped() {
    Review review =
        ReviewRules.check(
            new ReviewForm(
                "haalbaar", "  " + WHY + " ", "12.500", "kadernota", "", "Openbare Ruimte"),
            "waz-1",
            "ambtenaar1",
            NOW);

    assertEquals(WHY, review.motivation());
    assertEquals(Optional.of(12_500L), review.costEuros());
    assertEquals(Optional.of(BudgetSource.KADERNOTA), review.budget());
    assertEquals("", review.budgetUnit());
    assertEquals("Openbare Ruimte", review.responsibleUnit());
    assertEquals("ambtenaar1", review.reviewer());
    assertEquals(NOW, review.reviewedAt());
  }

  @Test
  void amountsAreReadAsPeopleWriteThem() {
    assertEquals(12_500, ReviewRules.euros("12500"));
    assertEquals(12_500, ReviewRules.euros("12.500"));
    assertEquals(12_500, ReviewRules.euros("€ 12 500"));
    assertEquals(12_500, ReviewRules.euros("€12.500,-"));
    assertEquals(12_500, ReviewRules.euros("12500,00"));
    assertEquals(1_250_000, ReviewRules.euros("1.250.000"));
    assertEquals(0, ReviewRules.euros("0"));
  }

  @Test
  void negativeOddOrHugeAmountsAreRefusedWithTheirOwnMessage() {
    assertEquals(
        "Kosten kunnen niet negatief zijn. Vul een bedrag van 0 of meer in.", costFault("-500"));
    String notANumber =
        "Vul de kosten in als een bedrag in hele euro's, alleen cijfers. Bijvoorbeeld 12500.";
    for (String typed : List.of("veel", "12,50", "1.2.3", "12.50", "1e6", "12 500 euro")) {
      assertEquals(notANumber, costFault(typed), typed);
    }
    assertEquals(
        "Dat bedrag is meer dan 100 miljoen euro. Controleer het bedrag.", costFault("250000000"));
    assertEquals(
        "Dat bedrag is meer dan 100 miljoen euro. Controleer het bedrag.",
        costFault("99999999999999999999999"));
  }

  @Test
  void tooShortAndTooLongExplanationsSaySo() {
    assertEquals(
        "Schrijf een uitleg van minstens 20 tekens, in gewone woorden.",
        faults(new ReviewForm("niet-haalbaar", "Kan niet.", "", "", "", "")).get("motivatie"));
    assertEquals(
        "De uitleg is 2001 tekens. Maak hem korter: hoogstens 2000 tekens.",
        faults(new ReviewForm("niet-haalbaar", "a".repeat(2001), "", "", "", "")).get("motivatie"));
  }

  private static String costFault(String typed) {
    return faults(new ReviewForm("niet-haalbaar", WHY, typed, "", "", "")).get("kosten");
  }

  private static Map<String, String> faults(ReviewForm form) {
    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> ReviewRules.check(form, "waz-1", "a", NOW));
    return refused.errors().stream()
        .collect(
            Collectors.toMap(
                FieldError::field,
                FieldError::message,
                (first, second) -> first,
                java.util.LinkedHashMap::new));
  }
}
