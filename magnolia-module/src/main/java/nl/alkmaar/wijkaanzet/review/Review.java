package nl.alkmaar.wijkaanzet.review;

import java.time.Instant;
import java.util.Optional;

/**
 * The feasibility verdict on one published point. {@code motivation} is public (residents read it
 * on the results page); cost, budget and unit are for the council's export; {@code reviewer} and
 * {@code reviewedAt} are for the municipality only. Cost, budget and responsible unit are empty for
 * a point that is not feasible, unless the reviewer gave them.
 */
public record Review(
    String ideaId,
    Verdict verdict,
    String motivation,
    Optional<Long> costEuros,
    Optional<BudgetSource> budget,
    String budgetUnit,
    String responsibleUnit,
    String reviewer,
    Instant reviewedAt) {

  public Review {
    budgetUnit = budgetUnit == null ? "" : budgetUnit;
    responsibleUnit = responsibleUnit == null ? "" : responsibleUnit;
  }
}
