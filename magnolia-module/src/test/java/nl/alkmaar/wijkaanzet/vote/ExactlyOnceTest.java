package nl.alkmaar.wijkaanzet.vote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import nl.alkmaar.wijkaanzet.WijkAanZetRuntime;
import nl.alkmaar.wijkaanzet.campaign.CampaignFiles;
import nl.alkmaar.wijkaanzet.jcr.MemoryRepository;
import nl.alkmaar.wijkaanzet.notify.MailFixtures.ManualClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * 10,000 concurrent ballots from 8,000 voters on a real Jackrabbit, 2,000 of them sent twice at the
 * same moment: exactly 8,000 are stored, every voter once, and the live tallies equal a recount.
 */
class ExactlyOnceTest {

  private static final int VOTERS = 8_000;
  private static final int TWICE = 2_000;

  @RegisterExtension final MemoryRepository memory = new MemoryRepository();

  @Test
  void tenThousandRequestsFromEightThousandVotersStoreEightThousandBallots() throws Exception {
    WijkAanZetRuntime runtime =
        memory.runtime(CampaignFiles.bundled(), new ManualClock(VoteFixtures.VOTING));
    Voting voting = runtime.voting();
    List<String> oudorp = VoteFixtures.publish(runtime, "oudorp", 6);
    List<String> centrum = VoteFixtures.publish(runtime, "centrum", 6);
    List<Runnable> requests = new ArrayList<>();
    AtomicInteger stored = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    Random random = new Random(11);
    List<String[]> codes = new ArrayList<>();
    voting
        .issueCodes("oudorp", VOTERS / 2)
        .forEach(code -> codes.add(new String[] {"oudorp", code}));
    voting
        .issueCodes("centrum", VOTERS / 2)
        .forEach(code -> codes.add(new String[] {"centrum", code}));
    Collections.shuffle(codes, random);
    for (int i = 0; i < VOTERS; i++) {
      String wijk = codes.get(i)[0];
      String code = codes.get(i)[1];
      List<String> points = pick(wijk.equals("oudorp") ? oudorp : centrum, random);
      String client = "10.0." + (i / 250) + "." + (i % 250);
      Runnable cast =
          () -> {
            try {
              voting.castWithCode(wijk, points, code, client);
              stored.incrementAndGet();
            } catch (AlreadyVotedException e) {
              refused.incrementAndGet();
            } catch (RuntimeException e) {
              failed.incrementAndGet();
            }
          };
      if (i < TWICE) {
        // Both copies wait for each other and go at the same moment.
        CyclicBarrier together = new CyclicBarrier(2);
        Runnable atOnce =
            () -> {
              try {
                together.await(30, TimeUnit.SECONDS);
              } catch (Exception e) {
                failed.incrementAndGet();
                return;
              }
              cast.run();
            };
        requests.add(atOnce);
        requests.add(atOnce);
      } else {
        requests.add(cast);
      }
    }

    ExecutorService pool = Executors.newFixedThreadPool(64);
    List<Future<?>> running = new ArrayList<>();
    for (Runnable request : requests) {
      running.add(pool.submit(request));
    }
    for (Future<?> future : running) {
      future.get(2, TimeUnit.MINUTES);
    }
    pool.shutdown();

    assertEquals(VOTERS + TWICE, requests.size());
    assertEquals(0, failed.get());
    assertEquals(VOTERS, stored.get());
    assertEquals(TWICE, refused.get());
    assertEquals(VOTERS, VoteFixtures.storedBelow(memory, "voters"), "every voter registered once");
    assertEquals(VOTERS, VoteFixtures.storedBelow(memory, "ballots"), "one ballot each");
    assertEquals(VOTERS, voting.tally("oudorp").ballots() + voting.tally("centrum").ballots());
    Recount recount = voting.recount();
    assertTrue(recount.agrees(), recount.differences().toString());
    assertEquals(VOTERS, recount.ballots());
  }

  private static List<String> pick(List<String> points, Random random) {
    List<String> shuffled = new ArrayList<>(points);
    Collections.shuffle(shuffled, random);
    return shuffled.subList(0, 1 + random.nextInt(3));
  }
}
