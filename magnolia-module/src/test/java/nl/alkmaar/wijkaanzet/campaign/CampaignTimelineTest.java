package nl.alkmaar.wijkaanzet.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CampaignTimelineTest {

  private static final Campaign ALKMAAR = CampaignFiles.bundled();

  private static CampaignTimeline at(String instant) {
    return CampaignTimeline.of(ALKMAAR, Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
  }

  @ParameterizedTest(name = "{0} is in {1}")
  @CsvSource({
    "2024-03-26T08:00:00Z, aankondiging",
    "2024-04-10T12:00:00Z, meedenken",
    "2024-04-30T21:59:59Z, meedenken",
    "2024-05-20T12:00:00Z, meebeslissen",
    "2024-06-15T12:00:00Z, haalbaarheid",
    "2024-07-01T00:00:00Z, uitslag",
    "2026-11-28T12:00:00Z, uitvoering"
  })
  void theCurrentPhaseFollowsTheDates(String instant, String phase) {
    assertEquals(Optional.of(phase), at(instant).current().map(Phase::id));
  }

  @Test
  void daysChangeAtMidnightInAlkmaarNotInUtc() {
    // 22:30 UTC on 30 April is already 1 May in Amsterdam (summer time, UTC+2).
    CampaignTimeline timeline = at("2024-04-30T22:30:00Z");

    assertEquals("moderatie", timeline.current().orElseThrow().id());
    assertFalse(timeline.isOpen(PhaseKind.MEEDENKEN));
  }

  @Test
  void phasesBeforeAreDoneAndAfterAreUpcoming() {
    List<PhaseStatus> statuses =
        at("2024-05-20T12:00:00Z").phases().stream().map(PhaseState::status).toList();

    assertEquals(
        List.of(
            PhaseStatus.DONE,
            PhaseStatus.DONE,
            PhaseStatus.DONE,
            PhaseStatus.CURRENT,
            PhaseStatus.UPCOMING,
            PhaseStatus.UPCOMING,
            PhaseStatus.UPCOMING),
        statuses);
  }

  @Test
  void beforeTheStartNothingIsCurrent() {
    CampaignTimeline timeline = at("2024-03-01T12:00:00Z");

    assertTrue(timeline.current().isEmpty());
    assertTrue(
        timeline.phases().stream().allMatch(state -> state.status() == PhaseStatus.UPCOMING));
  }

  @Test
  void inAGapBetweenPhasesNothingIsCurrent() {
    Campaign small =
        new CampaignYamlReader()
            .read(
                "valid-small.yaml",
                CampaignTimelineTest.class.getResourceAsStream("/campaigns/valid-small.yaml"));
    CampaignTimeline timeline =
        CampaignTimeline.of(
            small, Clock.fixed(Instant.parse("2025-07-15T12:00:00Z"), ZoneOffset.UTC));

    assertTrue(timeline.current().isEmpty());
    assertEquals(PhaseStatus.DONE, timeline.phases().get(5).status());
    assertEquals(PhaseStatus.UPCOMING, timeline.phases().get(6).status());
  }
}
