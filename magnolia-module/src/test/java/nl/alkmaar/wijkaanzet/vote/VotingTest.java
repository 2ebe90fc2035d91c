package nl.alkmaar.wijkaanzet.vote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import nl.alkmaar.wijkaanzet.WijkAanZetRuntime;
import nl.alkmaar.wijkaanzet.campaign.CampaignFiles;
import nl.alkmaar.wijkaanzet.idea.AuditEntry;
import nl.alkmaar.wijkaanzet.idea.ModerationAction;
import nl.alkmaar.wijkaanzet.idea.ModerationDecision;
import nl.alkmaar.wijkaanzet.idea.PhaseClosedException;
import nl.alkmaar.wijkaanzet.jcr.MemoryRepository;
import nl.alkmaar.wijkaanzet.notify.MailFixtures.ManualClock;
import nl.alkmaar.wijkaanzet.validation.InvalidInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Voting with letter codes on a real Jackrabbit: every rule, each refusal storing nothing. */
class VotingTest {

  @RegisterExtension final MemoryRepository memory = new MemoryRepository();
  private final ManualClock clock = new ManualClock(VoteFixtures.VOTING);
  private WijkAanZetRuntime runtime;
  private Voting voting;
  private List<String> oudorp;
  private List<String> centrum;

  @BeforeEach
  void twoWijkenWithPublishedIdeas() {
    runtime = memory.runtime(CampaignFiles.bundled(), clock);
    voting = runtime.voting();
    oudorp = VoteFixtures.publish(runtime, "oudorp", 5);
    centrum = VoteFixtures.publish(runtime, "centrum", 2);
  }

  @Test
  void aCodeCastsOneBallotThatIsCountedAndShownWithItsReceipt() {
    String code = voting.issueCodes("oudorp", 1).get(0);

    VoteReceipt receipt =
        voting.castWithCode("oudorp", List.of(oudorp.get(1), oudorp.get(3)), code, "1.2.3.4");

    assertTrue(receipt.receipt().matches("[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}"), receipt.receipt());
    assertEquals(
        List.of(oudorp.get(1), oudorp.get(3)), receipt.chosen().stream().map(i -> i.id()).toList());
    TallySnapshot tally = voting.tally("oudorp");
    assertEquals(1, tally.ballots());
    assertEquals(5, tally.points().size(), "every published point, with or without votes");
    assertEquals(1, votes(tally, oudorp.get(1)));
    assertEquals(0, votes(tally, oudorp.get(0)));
    assertTrue(voting.recount().agrees());
  }

  @Test
  void aCodeCountsOnceAndTheSecondTryChangesNothing() {
    String code = voting.issueCodes("oudorp", 1).get(0);
    voting.castWithCode("oudorp", List.of(oudorp.get(0)), code, "1.2.3.4");

    AlreadyVotedException again =
        assertThrows(
            AlreadyVotedException.class,
            () ->
                voting.castWithCode(
                    "oudorp", List.of(oudorp.get(2)), code.toLowerCase(), "5.6.7.8"));

    assertTrue(again.getMessage().contains("al gestemd"), again.getMessage());
    assertEquals(1, voting.tally("oudorp").ballots());
    assertEquals(0, votes(voting.tally("oudorp"), oudorp.get(2)));
  }

  @Test
  void aCodeIsBoundToItsWijkAndAPointMustBeAPublishedOneOfThatWijk() {
    String code = voting.issueCodes("oudorp", 1).get(0);

    assertField(
        "code",
        "andere wijk",
        () -> voting.castWithCode("centrum", List.of(centrum.get(0)), code, "1.2.3.4"));
    assertField(
        "points",
        "niet bij deze wijk",
        () -> voting.castWithCode("oudorp", List.of(centrum.get(0)), code, "1.2.3.4"));
    runtime
        .ideas()
        .moderate(
            "alkmaar-2024",
            oudorp.get(4),
            1,
            ModerationDecision.of(
                ModerationAction.WITHDRAW,
                new AuditEntry(VoteFixtures.VOTING, "moderator", "terugtrekken", null),
                List.of()));
    clock.advance(Duration.ofSeconds(2));
    assertField(
        "points",
        "niet (meer) op de website",
        () -> voting.castWithCode("oudorp", List.of(oudorp.get(4)), code, "1.2.3.4"));
    assertEquals(4, voting.tally("oudorp").points().size(), "a withdrawn point leaves the bars");
    assertEquals(0, voting.tally("oudorp").ballots());
    assertEquals(0, voting.tally("centrum").ballots());
  }

  @Test
  void oneToThreeDifferentPointsAndAWijkThatExists() {
    String code = voting.issueCodes("oudorp", 1).get(0);

    assertField(
        "points", "minstens één", () -> voting.castWithCode("oudorp", List.of(), code, "a"));
    assertField(
        "points",
        "hoogstens 3",
        () -> voting.castWithCode("oudorp", oudorp.subList(0, 4), code, "a"));
    assertField("wijk", "Kies uw wijk", () -> voting.castWithCode("nergens", oudorp, code, "a"));
    assertField("wijk", "Kies uw wijk", () -> voting.castWithCode("../../etc", oudorp, code, "a"));
    assertEquals(0, voting.tally("../x").points().size(), "no path of a request reaches JCR");
    VoteReceipt twice =
        voting.castWithCode(
            "oudorp", List.of(oudorp.get(0), oudorp.get(0), oudorp.get(1)), code, "a");
    assertEquals(2, twice.chosen().size(), "a point chosen twice counts once");
  }

  @Test
  void aBallotWithoutPointsAndWithAMistypedCodeNamesBothAtOnce() {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> voting.castWithCode("oudorp", List.of(), "ABCD-EFGH-JK", "1.2.3.4"));

    assertEquals(List.of("points", "code"), refused.errors().stream().map(e -> e.field()).toList());
  }

  @Test
  void wrongCodesAreRefusedAndLockTheAddressOutProgressively() {
    voting.issueCodes("oudorp", 1);
    List<String> one = List.of(oudorp.get(0));

    for (int i = 0; i < 10; i++) {
      assertField(
          "code", "Vul de stemcode", () -> voting.castWithCode("oudorp", one, " ", "9.9.9.9"));
    }
    assertField("code", "12 letters", () -> voting.castWithCode("oudorp", one, "ABC", "9.9.9.9"));
    for (int i = 0; i < 4; i++) {
      assertField(
          "code",
          "klopt niet",
          () -> voting.castWithCode("oudorp", one, "ABCD-EFGH-JKMN", "9.9.9.9"));
    }
    TooManyMistakesException locked =
        assertThrows(
            TooManyMistakesException.class,
            () -> voting.castWithCode("oudorp", one, "ABCD-EFGH-JKMN", "9.9.9.9"));
    assertEquals(60, locked.waitSeconds());
    String good = voting.issueCodes("oudorp", 1).get(0);
    assertThrows(
        TooManyMistakesException.class,
        () -> voting.castWithCode("oudorp", one, good, "9.9.9.9"),
        "locked out even with a good code");
    voting.castWithCode("oudorp", one, voting.issueCodes("oudorp", 1).get(0), "8.8.8.8");

    clock.advance(Duration.ofSeconds(61));
    assertField(
        "code",
        "klopt niet",
        () -> voting.castWithCode("oudorp", one, "ABCD-EFGH-JKMN", "9.9.9.9"));
    assertEquals(
        120,
        assertThrows(
                TooManyMistakesException.class,
                () -> voting.castWithCode("oudorp", one, good, "9.9.9.9"))
            .waitSeconds(),
        "each further mistake doubles the wait");
    assertEquals(1, voting.tally("oudorp").ballots());
  }

  @Test
  void outsideTheWindowNothingIsTaken() {
    String code = voting.issueCodes("oudorp", 1).get(0);
    clock.advance(Duration.ofDays(30));

    PhaseClosedException closed =
        assertThrows(
            PhaseClosedException.class,
            () -> voting.castWithCode("oudorp", List.of(oudorp.get(0)), code, "1.2.3.4"));
    assertTrue(closed.getMessage().contains("26 mei 2024"), closed.getMessage());
    assertEquals(0, voting.tally("oudorp").ballots());
  }

  @Test
  void theTalliesSurviveARestartAndTheRecountAgrees() {
    List<String> codes = voting.issueCodes("oudorp", 3);
    for (int i = 0; i < codes.size(); i++) {
      voting.castWithCode("oudorp", List.of(oudorp.get(i), oudorp.get(4)), codes.get(i), "1");
    }

    Voting restarted = memory.runtime(CampaignFiles.bundled(), clock).voting();

    assertEquals(3, restarted.tally("oudorp").ballots());
    assertEquals(3, votes(restarted.tally("oudorp"), oudorp.get(4)));
    Recount recount = restarted.recount();
    assertTrue(recount.agrees(), recount.differences().toString());
    assertEquals(3, recount.ballots());
    assertThrows(
        AlreadyVotedException.class,
        () -> restarted.castWithCode("oudorp", List.of(oudorp.get(0)), codes.get(0), "1"));
  }

  private static int votes(TallySnapshot tally, String id) {
    Optional<TallySnapshot.Count> count =
        tally.points().stream().filter(point -> point.id().equals(id)).findFirst();
    return count.orElseThrow(() -> new AssertionError(id + " not in the bars")).votes();
  }

  private static void assertField(String field, String words, Runnable action) {
    InvalidInputException refused = assertThrows(InvalidInputException.class, action::run);
    assertEquals(field, refused.errors().get(0).field());
    assertTrue(
        refused.errors().get(0).message().contains(words), refused.errors().get(0).message());
  }
}
