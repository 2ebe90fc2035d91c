package nl.alkmaar.wijkaanzet.campaign;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The campaign's phases as they stand on one day. The day is taken in the campaign's own time zone,
 * so a phase opens at midnight in Alkmaar whatever zone the server runs in. Between two phases (a
 * gap in the dates) no phase is current.
 */
public record CampaignTimeline(LocalDate today, List<PhaseState> phases) {

  public CampaignTimeline {
    phases = List.copyOf(phases);
  }

  public static CampaignTimeline of(Campaign campaign, Clock clock) {
    LocalDate today = LocalDate.now(clock.withZone(campaign.timeZone()));
    List<PhaseState> states =
        campaign.phases().stream()
            .map(phase -> new PhaseState(phase, statusOn(phase, today)))
            .toList();
    return new CampaignTimeline(today, states);
  }

  private static PhaseStatus statusOn(Phase phase, LocalDate today) {
    if (phase.contains(today)) {
      return PhaseStatus.CURRENT;
    }
    return phase.isOver(today) ? PhaseStatus.DONE : PhaseStatus.UPCOMING;
  }

  public Optional<Phase> current() {
    return phases.stream().filter(PhaseState::isCurrent).map(PhaseState::phase).findFirst();
  }

  public boolean isOpen(PhaseKind kind) {
    return current().map(phase -> phase.kind() == kind).orElse(false);
  }
}
