package nl.alkmaar.wijkaanzet.vote;

import java.util.List;

/**
 * The counts of one wijk at one moment. {@code version} grows with every ballot the wijk receives,
 * so it serves as ETag and as the id of a live update.
 */
public record TallySnapshot(String wijk, long version, int ballots, List<Count> points) {

  public TallySnapshot {
    points = List.copyOf(points);
  }

  /** One point's votes. */
  public record Count(String id, int votes) {}
}
