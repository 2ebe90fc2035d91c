package nl.alkmaar.wijkaanzet.campaign;

/**
 * The numbers that shape voting and results. {@code ballotsChangeable}: a voter may vote again
 * until the voting window closes, and only their last ballot counts (off by default: it needs a
 * link from voter to ballot that a holder of the voter secret could follow, see docs/VOTING.md).
 * {@code nextMovesUp}: when a point in a wijk's top is not feasible, the next feasible point takes
 * its place (on by default); off, the top keeps fewer chosen points (docs/RESULTS.md).
 */
public record CampaignRules(
    int choicesPerBallot, int winnersPerWijk, boolean ballotsChangeable, boolean nextMovesUp) {

  /** Final ballots and the next point moving up, as in Alkmaar 2024. */
  public CampaignRules(int choicesPerBallot, int winnersPerWijk) {
    this(choicesPerBallot, winnersPerWijk, false, true);
  }

  public CampaignRules(int choicesPerBallot, int winnersPerWijk, boolean ballotsChangeable) {
    this(choicesPerBallot, winnersPerWijk, ballotsChangeable, true);
  }
}
