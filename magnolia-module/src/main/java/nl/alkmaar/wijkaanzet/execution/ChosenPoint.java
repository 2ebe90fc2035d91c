package nl.alkmaar.wijkaanzet.execution;

import java.util.List;
import java.util.Optional;
import nl.alkmaar.wijkaanzet.result.PublishedResults;

/** A point chosen in the published results, in its wijk, with its updates so far (oldest first). */
public record ChosenPoint(
    PublishedResults.Wijk wijk, PublishedResults.Point point, List<ProgressUpdate> updates) {

  public ChosenPoint {
    updates = List.copyOf(updates);
  }

  /** The status of the latest update; empty before the first. */
  public Optional<ExecutionStatus> status() {
    return updates.isEmpty()
        ? Optional.empty()
        : Optional.of(updates.get(updates.size() - 1).status());
  }

  /**
   * The planned date of the latest update (empty there: not known), and none once the point is
   * gerealiseerd.
   */
  public Optional<java.time.LocalDate> planned() {
    if (updates.isEmpty()
        || status().filter(status -> status == ExecutionStatus.DONE).isPresent()) {
      return Optional.empty();
    }
    return updates.get(updates.size() - 1).planned();
  }
}
