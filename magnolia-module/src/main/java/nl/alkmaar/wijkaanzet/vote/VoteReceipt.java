package nl.alkmaar.wijkaanzet.vote;

import java.util.List;
import nl.alkmaar.wijkaanzet.idea.Idea;

/** What a voter is shown once their ballot is in: its receipt number and the chosen points. */
public record VoteReceipt(String receipt, String wijk, List<Idea> chosen) {

  public VoteReceipt {
    chosen = List.copyOf(chosen);
  }
}
