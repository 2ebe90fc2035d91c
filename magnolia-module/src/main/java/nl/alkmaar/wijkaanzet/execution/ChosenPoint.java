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

  /** The planned date of the latest update that named one. */
  public Optional<java.time.LocalDate> planned() {
    for (int i = updates.size() - 1; i >= 0; i--) {
      if (updates.get(i).planned().isPresent()) {
        return updates.get(i).planned();
      }
    }
    return Optional.empty();
  }
}
