package nl.alkmaar.wijkaanzet.vote;

import java.util.Map;
import java.util.Set;

/**
 * What one save of the {@link BallotBox} did besides storing new ballots: the voters left out
 * because they had voted already, and for voters who changed their ballot, the ballot it replaced
 * (so the tallies can take those votes back), and the voters whose ballot could not be saved (their
 * senders are asked to try again; the others of the batch are stored).
 */
public record SavedBallots(Set<String> refused, Map<String, Ballot> replaced, Set<String> failed) {

  public SavedBallots {
    refused = Set.copyOf(refused);
    replaced = Map.copyOf(replaced);
    failed = Set.copyOf(failed);
  }

  public SavedBallots(Set<String> refused, Map<String, Ballot> replaced) {
    this(refused, replaced, Set.of());
  }
}
