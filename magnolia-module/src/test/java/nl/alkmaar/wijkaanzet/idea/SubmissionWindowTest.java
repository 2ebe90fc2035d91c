package nl.alkmaar.wijkaanzet.idea;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import nl.alkmaar.wijkaanzet.campaign.CampaignFiles;
import nl.alkmaar.wijkaanzet.campaign.CampaignTimeline;
import org.junit.jupiter.api.Test;

class SubmissionWindowTest {

  private static SubmissionWindow at(String instant) {
    return SubmissionWindow.of(
        CampaignTimeline.of(
            CampaignFiles.bundled(), Clock.fixed(Instant.parse(instant), ZoneOffset.UTC)));
  }

  @Test
  void openInAprilAndSaysUntilWhen() {
    SubmissionWindow window = at("2024-04-10T12:00:00Z");

    assertTrue(window.open());
    assertEquals(
        "U kunt een idee insturen van 1 april 2024 tot en met 30 april 2024.",
        window.explanation());
  }

  @Test
  void beforeAprilItSaysWhenItOpens() {
    SubmissionWindow window = at("2024-03-28T12:00:00Z");

    assertFalse(window.open());
    assertEquals(
        "U kunt nog geen idee insturen. Dat kan van 1 april 2024 tot en met 30 april 2024.",
        window.explanation());
  }

  @Test
  void afterAprilItIsClosedWithAPointerToVoting() {
    SubmissionWindow window = at("2024-05-20T12:00:00Z");

    assertFalse(window.open());
    PhaseClosedException closed = assertThrows(PhaseClosedException.class, window::requireOpen);
    assertTrue(closed.getMessage().startsWith("U kunt geen idee meer insturen."));
  }
}
