package nl.alkmaar.wijkaanzet.vote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import nl.alkmaar.wijkaanzet.WijkAanZetRuntime;
import nl.alkmaar.wijkaanzet.campaign.Campaign;
import nl.alkmaar.wijkaanzet.campaign.CampaignFiles;
import nl.alkmaar.wijkaanzet.campaign.CampaignRules;
import nl.alkmaar.wijkaanzet.idea.PhaseClosedException;
import nl.alkmaar.wijkaanzet.jcr.MemoryRepository;
import nl.alkmaar.wijkaanzet.notify.MailFixtures.ManualClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A campaign with {@code ballotsChangeable: true}: a voter may vote again until the window closes,
 * and only their last ballot counts, once, on a real Jackrabbit.
 */
class ChangeableBallotsTest {

  @RegisterExtension final MemoryRepository memory = new MemoryRepository();
  private final ManualClock clock = new ManualClock(VoteFixtures.VOTING);
  private Voting voting;
  private List<String> oudorp;

  @BeforeEach
  void aCampaignWhereBallotsMayBeChanged() {
    Campaign bundled = CampaignFiles.bundled();
    Campaign changeable =
        new Campaign(
            bundled.id(),
            bundled.title(),
            bundled.intro(),
            bundled.website(),
            bundled.timeZone(),
            bundled.phases(),
            bundled.wijken(),
            bundled.categories(),
            bundled.rejectionReasons(),
            new CampaignRules(3, 3, true));
    WijkAanZetRuntime runtime = memory.runtime(changeable, clock);
    voting = runtime.voting();
    oudorp = VoteFixtures.publish(runtime, "oudorp", 5);
  }

  @Test
  void aSecondBallotTakesThePlaceOfTheFirstAndOnlyTheLastCounts() throws Exception {
    String code = voting.issueCodes("oudorp", 1).get(0);

    VoteReceipt first =
        voting.castWithCode("oudorp", List.of(oudorp.get(0), oudorp.get(1)), code, "1.2.3.4");
    VoteReceipt second = voting.castWithCode("oudorp", List.of(oudorp.get(2)), code, "1.2.3.4");

    assertFalse(first.changed());
    assertTrue(second.changed());
    assertEquals(first.receipt(), second.receipt(), "the receipt stays the voter's");
    TallySnapshot tally = voting.tally("oudorp");
    assertEquals(1, tally.ballots());
    assertEquals(0, votes(tally, oudorp.get(0)));
    assertEquals(0, votes(tally, oudorp.get(1)));
    assertEquals(1, votes(tally, oudorp.get(2)));
    assertEquals(1, VoteFixtures.storedBelow(memory, "voters"));
    assertEquals(1, VoteFixtures.storedBelow(memory, "ballots"));
    assertTrue(voting.recount().agrees(), voting.recount().differences().toString());
  }

  @Test
  void afterTheWindowClosesTheLastBallotStays() {
    String code = voting.issueCodes("oudorp", 1).get(0);
    voting.castWithCode("oudorp", List.of(oudorp.get(0)), code, "1.2.3.4");
    clock.advance(Duration.ofDays(30));

    assertThrows(
        PhaseClosedException.class,
        () -> voting.castWithCode("oudorp", List.of(oudorp.get(4)), code, "1.2.3.4"));

    assertEquals(1, votes(voting.tally("oudorp"), oudorp.get(0)));
    assertEquals(0, votes(voting.tally("oudorp"), oudorp.get(4)));
  }

  @Test
  void manyChangesAtTheSameMomentLeaveOneBallotPerVoterAndTheRecountAgrees() throws Exception {
    int voters = 400;
    int triesEach = 4;
    List<String> codes = voting.issueCodes("oudorp", voters);
    AtomicInteger answered = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(64);
    List<Future<?>> running = new ArrayList<>();
    for (int attempt = 0; attempt < triesEach; attempt++) {
      for (int v = 0; v < voters; v++) {
        String code = codes.get(v);
        List<String> points = List.of(oudorp.get((v + attempt) % 5));
        String client = "10.1." + (v / 200) + "." + (v % 200);
        running.add(
            pool.submit(
                () -> {
                  try {
                    voting.castWithCode("oudorp", points, code, client);
                    answered.incrementAndGet();
                  } catch (RuntimeException e) {
                    failed.incrementAndGet();
                  }
                }));
      }
    }
    for (Future<?> future : running) {
      future.get(2, TimeUnit.MINUTES);
    }
    pool.shutdown();

    assertEquals(0, failed.get(), "no try is refused: each one changes the ballot");
    assertEquals(voters * triesEach, answered.get());
    assertEquals(voters, VoteFixtures.storedBelow(memory, "voters"));
    assertEquals(
        voters, VoteFixtures.storedBelow(memory, "ballots"), "one ballot per voter, the last");
    assertEquals(voters, voting.tally("oudorp").ballots());
    int votes = voting.tally("oudorp").points().stream().mapToInt(TallySnapshot.Count::votes).sum();
    assertEquals(voters, votes, "one point per ballot, counted once");
    Recount recount = voting.recount();
    assertTrue(recount.agrees(), recount.differences().toString());
  }

  private static int votes(TallySnapshot tally, String id) {
    return tally.points().stream()
        .filter(count -> count.id().equals(id))
        .mapToInt(TallySnapshot.Count::votes)
        .sum();
  }
}
