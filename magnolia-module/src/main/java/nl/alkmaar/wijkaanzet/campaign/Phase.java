package nl.alkmaar.wijkaanzet.campaign;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One phase of a campaign. Dates are calendar days in the campaign's time zone, both inclusive;
 * only the last phase may be open-ended (execution "from September onwards").
 */
public record Phase(
    PhaseKind kind, String title, String description, LocalDate start, LocalDate end) {

  public String id() {
    return kind.id();
  }

  public Optional<LocalDate> endDate() {
    return Optional.ofNullable(end);
  }

  public boolean contains(LocalDate day) {
    return !day.isBefore(start) && (end == null || !day.isAfter(end));
  }

  public boolean isOver(LocalDate day) {
    return end != null && day.isAfter(end);
  }
}
