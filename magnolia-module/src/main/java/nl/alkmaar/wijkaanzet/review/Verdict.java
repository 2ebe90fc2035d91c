package nl.alkmaar.wijkaanzet.review;

import java.util.Arrays;
import java.util.Optional;

/** The municipality's answer to "is this point uitvoerbaar en betaalbaar?". */
public enum Verdict {
  FEASIBLE("haalbaar", "Haalbaar"),
  CONDITIONAL("voorwaarden", "Haalbaar onder voorwaarden"),
  NOT_FEASIBLE("niet-haalbaar", "Niet haalbaar");

  private final String id;
  private final String label;

  Verdict(String id, String label) {
    this.id = id;
    this.label = label;
  }

  /** The stable name in forms, storage and the API. */
  public String id() {
    return id;
  }

  /** What residents and staff read. */
  public String label() {
    return label;
  }

  /** Whether the point may be chosen (conditions are part of the motivation residents read). */
  public boolean allowsChoice() {
    return this != NOT_FEASIBLE;
  }

  public static Optional<Verdict> byId(String id) {
    return Arrays.stream(values()).filter(verdict -> verdict.id.equals(id)).findFirst();
  }
}
