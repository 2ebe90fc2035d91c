package nl.alkmaar.wijkaanzet.campaign;

/** Where a phase stands on a given day. */
public enum PhaseStatus {
  DONE("done"),
  CURRENT("current"),
  UPCOMING("upcoming");

  private final String id;

  PhaseStatus(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }
}
