package nl.alkmaar.wijkaanzet.campaign;

/** The numbers that shape voting and results. */
public record CampaignRules(int choicesPerBallot, int winnersPerWijk) {}
