package nl.alkmaar.wijkaanzet.campaign;

/** A phase together with its status on the day the timeline was computed. */
public record PhaseState(Phase phase, PhaseStatus status) {

  public boolean isCurrent() {
    return status == PhaseStatus.CURRENT;
  }
}
