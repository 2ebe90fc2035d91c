package nl.alkmaar.wijkaanzet.review;

/**
 * A review as the reviewer typed it: every field a string, as posted, so that a refused form can be
 * shown again with what was typed. Field names are those of the screen's form.
 */
public record ReviewForm(
    String verdict,
    String motivation,
    String cost,
    String budget,
    String budgetUnit,
    String responsibleUnit) {

  public static final String VERDICT = "oordeel";
  public static final String MOTIVATION = "motivatie";
  public static final String COST = "kosten";
  public static final String BUDGET = "budget";
  public static final String BUDGET_UNIT = "budgetAfdeling";
  public static final String RESPONSIBLE_UNIT = "afdeling";

  public ReviewForm {
    verdict = trimmed(verdict);
    motivation = trimmed(motivation);
    cost = trimmed(cost);
    budget = trimmed(budget);
    budgetUnit = trimmed(budgetUnit);
    responsibleUnit = trimmed(responsibleUnit);
  }

  /** The form filled in with a stored review, for changing it. */
  public static ReviewForm of(Review review) {
    return new ReviewForm(
        review.verdict().id(),
        review.motivation(),
        review.costEuros().map(String::valueOf).orElse(""),
        review.budget().map(BudgetSource::id).orElse(""),
        review.budgetUnit(),
        review.responsibleUnit());
  }

  private static String trimmed(String value) {
    return value == null ? "" : value.strip();
  }
}
