package nl.alkmaar.wijkaanzet.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.alkmaar.wijkaanzet.validation.FieldError;
import nl.alkmaar.wijkaanzet.validation.InvalidInputException;

/**
 * What a review must hold, checked all at once so the screen lists every fault: a verdict, a public
 * motivation, and for a point that can be carried out its cost in whole euros, where the money
 * comes from and which unit carries it out.
 */
public final class ReviewRules {

  static final int MOTIVATION_MIN = 20;
  static final int MOTIVATION_MAX = 2000;
  static final int UNIT_MAX = 100;

  /** Above this a typing slip is likelier than a wish for a neighbourhood. */
  static final long MOST_EUROS = 100_000_000L;

  /**
   * Whole euros as people write them: {@code 12500}, {@code 12.500}, {@code € 12 500}, {@code
   * 12.500,-} or {@code 12500,00}. Dots and spaces group thousands; a comma is only allowed before
   * zero cents.
   */
  private static final Pattern EUROS =
      Pattern.compile("(?:€\\s*)?(\\d{1,3}(?:[. ]\\d{3})+|\\d+)(?:,(?:00|-))?");

  private ReviewRules() {}

  /**
   * @throws InvalidInputException with a message for every field at fault; nothing is stored
   */
  public static Review check(ReviewForm form, String ideaId, String reviewer, Instant at) {
    List<FieldError> errors = new ArrayList<>();
    Optional<Verdict> verdict = Verdict.byId(form.verdict());
    if (verdict.isEmpty()) {
      errors.add(
          new FieldError(
              ReviewForm.VERDICT,
              "Kies of het punt haalbaar, haalbaar onder voorwaarden of niet haalbaar is."));
    }
    boolean carriedOut = verdict.map(Verdict::allowsChoice).orElse(false);
    String motivation = form.motivation();
    if (motivation.length() < MOTIVATION_MIN) {
      errors.add(
          new FieldError(
              ReviewForm.MOTIVATION,
              motivation.isEmpty()
                  ? "Schrijf de uitleg voor bewoners: waarom kan dit wel of niet?"
                  : "Schrijf een uitleg van minstens "
                      + MOTIVATION_MIN
                      + " tekens, in gewone woorden."));
    } else if (motivation.length() > MOTIVATION_MAX) {
      errors.add(
          new FieldError(
              ReviewForm.MOTIVATION,
              "De uitleg is "
                  + motivation.length()
                  + " tekens. Maak hem korter: hoogstens "
                  + MOTIVATION_MAX
                  + " tekens."));
    }
    Optional<Long> cost = Optional.empty();
    if (!form.cost().isEmpty()) {
      try {
        cost = Optional.of(euros(form.cost()));
      } catch (IllegalArgumentException e) {
        errors.add(new FieldError(ReviewForm.COST, e.getMessage()));
      }
    } else if (carriedOut) {
      errors.add(
          new FieldError(
              ReviewForm.COST, "Vul de geschatte kosten in, in hele euro's. Bijvoorbeeld 12500."));
    }
    Optional<BudgetSource> budget = BudgetSource.byId(form.budget());
    if (budget.isEmpty() && carriedOut) {
      errors.add(
          new FieldError(
              ReviewForm.BUDGET,
              "Kies waar het geld vandaan komt: bestaand budget of de Kadernota."));
    }
    if (budget.filter(source -> source == BudgetSource.EXISTING).isPresent()
        && form.budgetUnit().isEmpty()) {
      errors.add(
          new FieldError(
              ReviewForm.BUDGET_UNIT,
              "Vul in uit welk budget het geld komt, bijvoorbeeld Stadswerk072."));
    }
    if (budget.filter(source -> source == BudgetSource.KADERNOTA).isPresent()
        && !form.budgetUnit().isEmpty()) {
      // Said rather than dropped: the reviewer may have meant an existing budget.
      errors.add(
          new FieldError(
              ReviewForm.BUDGET_UNIT,
              "U koos de reserve uit de Kadernota. Laat dit veld dan leeg, of kies bestaand"
                  + " budget."));
    }
    if (form.budgetUnit().length() > UNIT_MAX) {
      errors.add(new FieldError(ReviewForm.BUDGET_UNIT, tooLong()));
    }
    if (form.responsibleUnit().isEmpty() && carriedOut) {
      errors.add(
          new FieldError(
              ReviewForm.RESPONSIBLE_UNIT,
              "Vul in welke afdeling het uitvoert, bijvoorbeeld Openbare Ruimte."));
    } else if (form.responsibleUnit().length() > UNIT_MAX) {
      errors.add(new FieldError(ReviewForm.RESPONSIBLE_UNIT, tooLong()));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return new Review(
        ideaId,
        verdict.orElseThrow(),
        motivation,
        cost,
        budget,
        budget.filter(source -> source == BudgetSource.EXISTING).isPresent()
            ? form.budgetUnit()
            : "",
        form.responsibleUnit(),
        reviewer,
        at);
  }

  /**
   * Whole euros from what was typed.
   *
   * @throws IllegalArgumentException with the message for the cost field
   */
  static long euros(String typed) {
    String text = typed.replace('\u00a0', ' ').strip();
    if (text.startsWith("-")) {
      throw new IllegalArgumentException(
          "Kosten kunnen niet negatief zijn. Vul een bedrag van 0 of meer in.");
    }
    Matcher matcher = EUROS.matcher(text);
    if (!matcher.matches()) {
      throw new IllegalArgumentException(
          "Vul de kosten in als een bedrag in hele euro's, alleen cijfers. Bijvoorbeeld 12500.");
    }
    String digits = matcher.group(1).replace(".", "").replace(" ", "");
    if (digits.length() > 12 || Long.parseLong(digits) > MOST_EUROS) {
      throw new IllegalArgumentException(
          "Dat bedrag is meer dan 100 miljoen euro. Controleer het bedrag.");
    }
    return Long.parseLong(digits);
  }

  private static String tooLong() {
    return "Gebruik hoogstens " + UNIT_MAX + " tekens.";
  }
}
