package nl.alkmaar.wijkaanzet.campaign;

/**
 * The numbers that shape voting and results. {@code ballotsChangeable}: a voter may vote again
 * until the voting window closes, and only their last ballot counts (off by default: it needs a
 * link from voter to ballot that a holder of the voter secret could follow, see docs/VOTING.md).
 */
public record CampaignRules(int choicesPerBallot, int winnersPerWijk, boolean ballotsChangeable) {

  /** Final ballots, as in Alkmaar 2024. */
  public CampaignRules(int choicesPerBallot, int winnersPerWijk) {
    this(choicesPerBallot, winnersPerWijk, false);
  }
}
