package nl.alkmaar.wijkaanzet.vote;

/**
 * A ballot on its way into the box, with the key its voter is registered under ({@link VoterKeys}).
 * The box saves both in one save, in two places that do not point to each other, so the
 * registration proves the voter voted and the ballot what was chosen, but nothing links the two.
 */
public record CastBallot(String voterKey, Ballot ballot, boolean replaces) {

  /**
   * A ballot of a campaign with final ballots ({@code replaces} false): a voter who voted before is
   * refused. With {@code replaces} true their earlier ballot, at the same id, is replaced.
   */
  public CastBallot(String voterKey, Ballot ballot) {
    this(voterKey, ballot, false);
  }
}
