package nl.alkmaar.wijkaanzet.notify;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import nl.alkmaar.wijkaanzet.campaign.CampaignFiles;
import nl.alkmaar.wijkaanzet.jcr.MemoryRepository;
import nl.alkmaar.wijkaanzet.notify.MailFixtures.ManualClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Hosts that share an outbox take turns sending, by a lease in the repository. */
class JcrMailLeaseTest {

  @RegisterExtension final MemoryRepository memory = new MemoryRepository();

  private final ManualClock wall = new ManualClock(Instant.parse("2026-12-07T12:00:00Z"));
  private JcrMailLease a;
  private JcrMailLease b;

  @BeforeEach
  void twoHostsOfOneCampaign() {
    memory.runtime(CampaignFiles.bundled(), new ManualClock(Instant.parse("2024-04-10T10:00:00Z")));
    a = lease("author@stadhuis");
    b = lease("public@dmz");
  }

  private JcrMailLease lease(String holder) {
    return new JcrMailLease(
        memory.sessions(), "alkmaar-2024", holder, wall, Duration.ofSeconds(30));
  }

  @Test
  void theFirstHostHoldsItAndKeepsItWhileItRenews() {
    assertTrue(a.hold());
    assertFalse(b.hold(), "another host waits");
    wall.advance(Duration.ofSeconds(20));
    assertTrue(a.hold(), "renewed");
    wall.advance(Duration.ofSeconds(20));
    assertFalse(b.hold(), "40 s after it was taken, but 20 s after it was renewed");
  }

  @Test
  void aHostThatStopsRenewingIsTakenOverOnceItRunsOut() {
    assertTrue(a.hold());
    wall.advance(Duration.ofSeconds(31));
    assertTrue(b.hold(), "a's lease ran out");
    assertFalse(a.hold(), "a, back again, waits for its turn");
  }

  @Test
  void aHostThatStopsHandsItOverAtOnce() {
    assertTrue(a.hold());
    a.release();
    assertTrue(b.hold());
  }

  @Test
  void aHostStartedAgainUnderTheSameNameFindsItsOwnLease() {
    assertTrue(a.hold());
    assertTrue(lease("author@stadhuis").hold());
    assertFalse(b.hold());
  }
}
