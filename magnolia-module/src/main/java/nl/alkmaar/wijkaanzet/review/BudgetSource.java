package nl.alkmaar.wijkaanzet.review;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where the money for a feasible point comes from: a unit's existing budget (which unit is named
 * with it), or the reserve the council set aside in the Kadernota.
 */
public enum BudgetSource {
  EXISTING("bestaand", "Bestaand budget"),
  KADERNOTA("kadernota", "Reserve uit de Kadernota");

  private final String id;
  private final String label;

  BudgetSource(String id, String label) {
    this.id = id;
    this.label = label;
  }

  public String id() {
    return id;
  }

  public String label() {
    return label;
  }

  public static Optional<BudgetSource> byId(String id) {
    return Arrays.stream(values()).filter(source -> source.id.equals(id)).findFirst();
  }
}
