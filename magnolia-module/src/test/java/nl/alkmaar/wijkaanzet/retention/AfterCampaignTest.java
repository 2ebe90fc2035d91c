package nl.alkmaar.wijkaanzet.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.alkmaar.wijkaanzet.WijkAanZetRuntime;
import nl.alkmaar.wijkaanzet.campaign.CampaignFiles;
import nl.alkmaar.wijkaanzet.campaign.NextEdition;
import nl.alkmaar.wijkaanzet.execution.ProgressForm;
import nl.alkmaar.wijkaanzet.follow.FollowFixtures;
import nl.alkmaar.wijkaanzet.jcr.MemoryRepository;
import nl.alkmaar.wijkaanzet.notify.JcrOutbox;
import nl.alkmaar.wijkaanzet.notify.MailFixtures.ManualClock;
import nl.alkmaar.wijkaanzet.notify.OutboxMessage;
import nl.alkmaar.wijkaanzet.review.ReviewForm;
import nl.alkmaar.wijkaanzet.validation.InvalidInputException;
import nl.alkmaar.wijkaanzet.vote.Register;
import nl.alkmaar.wijkaanzet.vote.VoteFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Deleting personal data after the campaign on a real Jackrabbit: not before the results, not
 * without the tick, and afterwards nothing personal is left while the result still counts.
 */
class AfterCampaignTest {

  private static final String WHY =
      "Dit past in de plannen voor de openbare ruimte van volgend jaar.";

  @RegisterExtension final MemoryRepository memory = new MemoryRepository();
  private final ManualClock clock = new ManualClock(VoteFixtures.VOTING);
  private WijkAanZetRuntime runtime;
  private AfterCampaign after;
  private List<String> points;

  /** Oudorp during voting: two points (submitters with addresses), two ballots, a follower. */
  @BeforeEach
  void campaignInVoting() {
    runtime = memory.runtime(CampaignFiles.bundled(), clock);
    after = runtime.afterCampaign();
    points = VoteFixtures.publish(runtime, "oudorp", List.of("Bankjes bij de vijver", "Licht"));
    List<String> codes = runtime.voting().issueCodes("oudorp", 5);
    runtime.voting().castWithCode("oudorp", List.of(points.get(0)), codes.get(0), "10.0.0.1");
    runtime.voting().castWithCode("oudorp", points, codes.get(1), "10.0.0.2");
    FollowFixtures.follow(runtime, clock, "oudorp", "buur@voorbeeld.nl", "nl");
  }

  private void publishResults() {
    for (String point : points) {
      runtime
          .feasibility()
          .review(point, new ReviewForm("haalbaar", WHY, "1000", "kadernota", "", "W"), "a");
    }
    clock.advance(Duration.ofDays(50));
    runtime.results().publish("redacteur1", Map.of(), null, true);
  }

  private List<String> sendAllMail() {
    List<OutboxMessage> due = runtime.outbox().due(clock.instant().plusSeconds(60), 1000);
    for (OutboxMessage mail : due) {
      runtime.outbox().markSent(mail.id(), clock.instant());
    }
    return due.stream().map(OutboxMessage::id).toList();
  }

  @Test
  void nothingCanBeDeletedBeforeTheResultsArePublished() {
    AfterCampaign.Overview overview = after.overview();
    assertEquals(new Register(2, 5, 0), overview.register());
    assertEquals(2, overview.submitters());
    assertEquals(1, overview.followers());
    assertTrue(overview.registerRefusal().orElseThrow().startsWith("Dit kan pas als de uitslag"));
    assertTrue(overview.contactsRefusal().isPresent());

    assertThrows(InvalidInputException.class, () -> after.forgetRegister("redacteur1", true));
    assertThrows(InvalidInputException.class, () -> after.forgetContacts("redacteur1", true));
    assertEquals(new Register(2, 5, 0), after.overview().register(), "nothing deleted");
    assertEquals(2, after.overview().submitters());
  }

  @Test
  void theRegisterGoesAndTheBallotsStillCount() {
    publishResults();
    InvalidInputException unticked =
        assertThrows(InvalidInputException.class, () -> after.forgetRegister("redacteur1", false));
    assertEquals("register-zeker", unticked.errors().get(0).field());
    assertEquals(new Register(2, 5, 0), after.overview().register(), "nothing without the tick");

    assertEquals(new Register(2, 5, 0), after.forgetRegister("redacteur1", true));

    assertEquals(new Register(0, 0, 0), after.overview().register());
    assertEquals(Map.of(), runtime.voting().issuedCodes());
    assertEquals(2, runtime.voting().stored().tally("oudorp").ballots(), "the ballots stay");
    assertTrue(runtime.voting().recount().agrees());
    assertEquals(
        2,
        runtime.results().published().orElseThrow().wijk("oudorp").orElseThrow().ballots(),
        "the published result is untouched");
  }

  @Test
  void contactDataGoesOnceNoMailWaitsAndNobodyIsMailedAfterwards() {
    publishResults();
    AfterCampaign.Overview waiting = after.overview();
    assertTrue(waiting.mails().waiting() > 0, "the results mails are still in the outbox");
    assertTrue(waiting.contactsRefusal().orElseThrow().contains("nog op verzending"));
    assertThrows(InvalidInputException.class, () -> after.forgetContacts("redacteur1", true));

    List<String> mailIds = sendAllMail();
    int sent = after.overview().mails().withAddress();
    assertTrue(sent >= 3, "confirmation, results and follower mails: " + sent);
    assertEquals(Optional.empty(), after.overview().contactsRefusal());
    AfterCampaign.Contacts deleted = after.forgetContacts("redacteur1", true);

    assertEquals(new AfterCampaign.Contacts(2, 1, sent), deleted);
    assertEquals(0, after.overview().submitters());
    assertEquals(0, after.overview().followers());
    assertEquals(0, after.overview().mails().withAddress());
    String campaign = runtime.campaigns().active().id();
    assertEquals(Optional.empty(), runtime.ideas().submitter(campaign, points.get(0)));
    for (String id : mailIds) {
      OutboxMessage kept = runtime.outbox().find(id).orElseThrow(() -> new AssertionError(id));
      assertEquals(JcrOutbox.FORGOTTEN, kept.recipient(), "the message stays, its address goes");
      assertEquals(JcrOutbox.FORGOTTEN, kept.textBody());
    }
    assertEquals(2, runtime.ideas().inWijk(campaign, "oudorp").size(), "the points stay");

    // The results published again and an execution update: nobody left to mail, nothing resent.
    runtime.results().publish("redacteur1", Map.of(), null, true);
    clock.advance(Duration.ofDays(60));
    var posted =
        runtime
            .execution()
            .update(
                points.get(0),
                new ProgressForm("gepland", "", "De bankjes zijn besteld en komen in oktober."),
                "redacteur1",
                -1);
    assertEquals(0, posted.mailed());
    assertEquals(List.of(), runtime.outbox().due(clock.instant().plusSeconds(60), 100));
    assertFalse(after.overview().contactsRefusal().isPresent());
  }

  @Test
  void anEarlierEditionsDataCanBeDeletedAfterTheHostMovedOn(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path folder) throws Exception {
    publishResults();
    List<String> mailIds = sendAllMail();
    WijkAanZetRuntime nextYear =
        memory.runtime(
            NextEdition.campaign(folder),
            new ManualClock(java.time.Instant.parse("2025-04-10T10:00:00Z")));
    AfterCampaign later = nextYear.afterCampaign();

    assertEquals(List.of("alkmaar-2025", "alkmaar-2024"), later.editions());
    AfterCampaign.Overview earlier = later.overview("alkmaar-2024");
    assertEquals(new Register(2, 5, 0), earlier.register());
    assertEquals(2, earlier.submitters());
    assertEquals(1, earlier.followers());
    assertEquals(mailIds.size(), earlier.mails().withAddress());
    assertEquals(new Register(0, 0, 0), later.overview().register(), "2025 has its own register");
    assertTrue(later.overview().registerRefusal().isPresent(), "2025 has no results yet");

    assertEquals(new Register(2, 5, 0), later.forgetRegister("alkmaar-2024", "redacteur1", true));
    assertEquals(
        new AfterCampaign.Contacts(2, 1, mailIds.size()),
        later.forgetContacts("alkmaar-2024", "redacteur1", true));
    AfterCampaign.Overview after2024 = later.overview("alkmaar-2024");
    assertEquals(0, after2024.register().total() + after2024.submitters() + after2024.followers());
    assertEquals(0, after2024.mails().withAddress());
    assertTrue(nextYear.results().published("alkmaar-2024").isPresent(), "the results stay");
    assertThrows(
        InvalidInputException.class, () -> later.overview("alkmaar-1999"), "no such edition");
    assertThrows(InvalidInputException.class, () -> later.forgetRegister("../x", "r", true));
  }
}
