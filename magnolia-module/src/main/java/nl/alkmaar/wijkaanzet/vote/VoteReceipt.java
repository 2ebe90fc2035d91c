package nl.alkmaar.wijkaanzet.vote;

import java.util.List;
import nl.alkmaar.wijkaanzet.idea.Idea;

/**
 * What a voter is shown once their ballot is in: its receipt number, the chosen points, and whether
 * it replaced their earlier ballot (only where the campaign lets voters change their ballot).
 */
public record VoteReceipt(String receipt, String wijk, List<Idea> chosen, boolean changed) {

  public VoteReceipt {
    chosen = List.copyOf(chosen);
  }
}
