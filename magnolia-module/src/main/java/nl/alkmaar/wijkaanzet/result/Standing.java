package nl.alkmaar.wijkaanzet.result;

/** Where a point ends in its wijk's result. */
public enum Standing {
  /** In the top: the municipality carries it out. */
  CHOSEN("gekozen", "Gekozen"),
  /** Equal votes at the edge of the top: an editor chooses before the result is published. */
  TIED("gelijk", "Gelijk aantal stemmen"),
  /** Feasible, but not enough votes. */
  NOT_CHOSEN("niet-gekozen", "Niet gekozen"),
  NOT_FEASIBLE("niet-haalbaar", "Niet haalbaar"),
  /** No verdict yet: it cannot be chosen. */
  NOT_REVIEWED("niet-beoordeeld", "Nog niet beoordeeld");

  private final String id;
  private final String label;

  Standing(String id, String label) {
    this.id = id;
    this.label = label;
  }

  public String id() {
    return id;
  }

  public String label() {
    return label;
  }
}
