package nl.alkmaar.wijkaanzet.vote;

/**
 * The personal side of voting: voters who voted (keys of their codes or addresses), letter codes
 * issued, and ballots still waiting for their e-mail link. Needed while voting runs (one ballot per
 * voter), deleted after the campaign; the ballots themselves hold no personal data and stay.
 */
public record Register(int voters, int codes, int pendingBallots) {

  public int total() {
    return voters + codes + pendingBallots;
  }
}
