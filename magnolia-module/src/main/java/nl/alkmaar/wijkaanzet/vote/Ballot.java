package nl.alkmaar.wijkaanzet.vote;

import java.time.LocalDate;
import java.util.List;

/**
 * What goes into the ballot box: the chosen points of one wijk, how the voter was verified, and the
 * day. Nothing on it says who voted: the voter is registered apart from it (see {@link
 * CastBallot}), and its {@code id} is random and doubles as the receipt the voter is shown.
 *
 * @param channel where staff recorded an assisted ballot (a {@code Channel} id), else null
 */
public record Ballot(
    String id,
    String wijk,
    List<String> ideas,
    VoteMethod method,
    String channel,
    LocalDate castOn) {

  public Ballot {
    ideas = List.copyOf(ideas);
  }

  /** The id as the voter reads it: {@code ABCD-EFGH-JKMN}. */
  public String receipt() {
    return LetterCodes.format(id.toUpperCase(java.util.Locale.ROOT));
  }
}
