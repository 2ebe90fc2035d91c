package nl.alkmaar.wijkaanzet.execution;

import java.util.Arrays;
import java.util.Optional;

/** Where the work on a chosen point stands, as residents read it. */
public enum ExecutionStatus {
  PLANNED("gepland", "Gepland"),
  IN_PROGRESS("in-uitvoering", "In uitvoering"),
  DELAYED("vertraagd", "Vertraagd"),
  DONE("gerealiseerd", "Gerealiseerd");

  private final String id;
  private final String label;

  ExecutionStatus(String id, String label) {
    this.id = id;
    this.label = label;
  }

  public String id() {
    return id;
  }

  public String label() {
    return label;
  }

  public static Optional<ExecutionStatus> byId(String id) {
    return Arrays.stream(values()).filter(status -> status.id.equals(id)).findFirst();
  }
}
