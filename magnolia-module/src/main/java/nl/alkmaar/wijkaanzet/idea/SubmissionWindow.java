package nl.alkmaar.wijkaanzet.idea;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.alkmaar.wijkaanzet.campaign.CampaignTimeline;
import nl.alkmaar.wijkaanzet.campaign.Phase;
import nl.alkmaar.wijkaanzet.campaign.PhaseKind;
import nl.alkmaar.wijkaanzet.campaign.PhaseState;
import nl.alkmaar.wijkaanzet.campaign.PhaseStatus;

/** Whether ideas can be sent in today, and if not, a sentence that says when they could. */
public record SubmissionWindow(boolean open, String explanation) {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"));

  public static SubmissionWindow of(CampaignTimeline timeline) {
    PhaseState meedenken =
        timeline.phases().stream()
            .filter(state -> state.phase().kind() == PhaseKind.MEEDENKEN)
            .findFirst()
            .orElseThrow();
    Phase phase = meedenken.phase();
    String period = DATE.format(phase.start()) + " tot en met " + DATE.format(phase.end());
    if (meedenken.status() == PhaseStatus.CURRENT) {
      return new SubmissionWindow(true, "U kunt een idee insturen van " + period + ".");
    }
    if (meedenken.status() == PhaseStatus.UPCOMING) {
      return new SubmissionWindow(
          false, "U kunt nog geen idee insturen. Dat kan van " + period + ".");
    }
    return new SubmissionWindow(
        false,
        "U kunt geen idee meer insturen. Dat kon van "
            + period
            + ". Wel kunt u later stemmen op de ideeën in uw wijk.");
  }

  public void requireOpen() {
    if (!open) {
      throw new PhaseClosedException(explanation);
    }
  }
}
