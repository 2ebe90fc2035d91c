package nl.alkmaar.wijkaanzet.execution;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One step in the execution of a chosen point: its status from then on, the planned completion (if
 * known), a public text for residents, and who wrote it (staff: never public). {@code number} is
 * its place in the point's history (1 for the first; 0 before it is stored); {@code photoAlt} the
 * description of its photo, present exactly when it has one.
 */
public record ProgressUpdate(
    Instant at,
    ExecutionStatus status,
    Optional<LocalDate> planned,
    String text,
    String author,
    int number,
    Optional<String> photoAlt) {

  /** An update not stored yet, without a photo. */
  public ProgressUpdate(
      Instant at, ExecutionStatus status, Optional<LocalDate> planned, String text, String author) {
    this(at, status, planned, text, author, 0, Optional.empty());
  }

  public boolean hasPhoto() {
    return photoAlt.isPresent();
  }

  ProgressUpdate numbered(int assigned, Optional<String> alt) {
    return new ProgressUpdate(at, status, planned, text, author, assigned, alt);
  }
}
