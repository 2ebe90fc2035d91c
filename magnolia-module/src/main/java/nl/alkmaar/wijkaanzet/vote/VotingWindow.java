package nl.alkmaar.wijkaanzet.vote;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.alkmaar.wijkaanzet.campaign.CampaignTimeline;
import nl.alkmaar.wijkaanzet.campaign.Phase;
import nl.alkmaar.wijkaanzet.campaign.PhaseKind;
import nl.alkmaar.wijkaanzet.campaign.PhaseState;
import nl.alkmaar.wijkaanzet.campaign.PhaseStatus;
import nl.alkmaar.wijkaanzet.idea.PhaseClosedException;

/** Whether ballots are taken today, and if not, a sentence that says when they were or will be. */
public record VotingWindow(boolean open, String explanation) {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"));

  public static VotingWindow of(CampaignTimeline timeline) {
    PhaseState voting =
        timeline.phases().stream()
            .filter(state -> state.phase().kind() == PhaseKind.MEEBESLISSEN)
            .findFirst()
            .orElseThrow();
    Phase phase = voting.phase();
    String period = DATE.format(phase.start()) + " tot en met " + DATE.format(phase.end());
    if (voting.status() == PhaseStatus.CURRENT) {
      return new VotingWindow(true, "U kunt stemmen van " + period + ".");
    }
    if (voting.status() == PhaseStatus.UPCOMING) {
      return new VotingWindow(false, "U kunt nog niet stemmen. Dat kan van " + period + ".");
    }
    return new VotingWindow(
        false, "Stemmen kan niet meer. Dat kon van " + period + ". De uitslag volgt.");
  }

  public void requireOpen() {
    if (!open) {
      throw new PhaseClosedException(explanation);
    }
  }
}
