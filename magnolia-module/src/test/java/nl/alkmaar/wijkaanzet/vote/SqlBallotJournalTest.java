package nl.alkmaar.wijkaanzet.vote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import javax.jcr.Session;
import nl.alkmaar.wijkaanzet.jcr.MemoryRepository;
import nl.alkmaar.wijkaanzet.jcr.RepositoryFailure;
import nl.alkmaar.wijkaanzet.jcr.Workspaces;
import nl.alkmaar.wijkaanzet.sql.Database;
import nl.alkmaar.wijkaanzet.sql.EmbeddedDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The cluster's ballot journal on real PostgreSQL (embedded binaries) with a real Jackrabbit behind
 * it. Two journals on one database and one repository stand for two hosts of a cluster.
 */
class SqlBallotJournalTest {

  private static final LocalDate MAY = LocalDate.of(2024, 5, 14);
  private static final AtomicInteger CAMPAIGNS = new AtomicInteger();

  @RegisterExtension static final EmbeddedDatabase POSTGRES = new EmbeddedDatabase();

  @RegisterExtension final MemoryRepository memory = new MemoryRepository();

  /** Each test its own campaign, so tests share the database without seeing each other. */
  private final String campaign = "journal-" + CAMPAIGNS.incrementAndGet();

  private SqlBallotJournal open() {
    return SqlBallotJournal.open(
        POSTGRES.database(), campaign, new JcrBallotBox(memory.sessions(), campaign));
  }

  private static String voter(int n) {
    return String.format("%02x", n % 256) + "v".repeat(28) + String.format("%02d", n % 100);
  }

  private static Ballot ballot(String id, String wijk, String... ideas) {
    return new Ballot(id, wijk, List.of(ideas), VoteMethod.CODE, null, MAY);
  }

  private static void await(BooleanSupplier condition, String what) throws InterruptedException {
    long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) {
        throw new AssertionError("not within 10 s: " + what);
      }
      Thread.sleep(20);
    }
  }

  @Test
  void aBallotIsTakenByTheJournalAndCopiedIntoTheRepository() throws Exception {
    Ballot ballot = ballot("abcdefgh2345", "oudorp", "waz-1", "waz-2");
    try (SqlBallotJournal journal = open()) {
      SavedBallots saved = journal.saveAll(List.of(new CastBallot(voter(1), ballot)));

      assertEquals(Set.of(), saved.refused());
      assertTrue(journal.registered(voter(1)));
      assertFalse(journal.registered(voter(2)));
      List<Ballot> read = new ArrayList<>();
      journal.forEachBallot(read::add);
      assertEquals(List.of(ballot), read);
      await(() -> journal.behind() == 0, "the mover copies the ballot and its voter");
    }
    JcrBallotBox box = new JcrBallotBox(memory.sessions(), campaign);
    List<Ballot> inRepository = new ArrayList<>();
    box.forEachBallot(inRepository::add);
    assertEquals(List.of(ballot), inRepository);
    assertTrue(box.registered(voter(1)));
    Session session = memory.login(Workspaces.VOTES);
    try {
      assertEquals(
          "oudorp",
          session
              .getNode("/" + campaign + "/voters/01/" + voter(1))
              .getProperty("wz:wijk")
              .getString());
    } finally {
      session.logout();
    }
  }

  @Test
  void aSecondBallotOfAVoterIsRefusedAndNothingOfItKept() {
    try (SqlBallotJournal journal = open()) {
      journal.saveAll(List.of(new CastBallot(voter(1), ballot("aaaaaaaaaaaa", "oudorp", "waz-1"))));

      SavedBallots second =
          journal.saveAll(
              List.of(
                  new CastBallot(voter(1), ballot("bbbbbbbbbbbb", "oudorp", "waz-2")),
                  new CastBallot(voter(2), ballot("cccccccccccc", "oudorp", "waz-2"))));

      assertEquals(Set.of(voter(1)), second.refused());
      List<String> ids = new ArrayList<>();
      journal.forEachBallot(b -> ids.add(b.id()));
      assertEquals(List.of("aaaaaaaaaaaa", "cccccccccccc"), ids);
      assertEquals(2, journal.register().voters());
    }
  }

  @Test
  void twoHostsSendingTheSameVotersAtOnceStoreEachOnce() throws Exception {
    int voters = 400;
    try (SqlBallotJournal a = open();
        SqlBallotJournal b = open()) {
      ExecutorService pool = Executors.newFixedThreadPool(2);
      CountDownLatch go = new CountDownLatch(1);
      List<Future<SavedBallots>> saves = new ArrayList<>();
      for (SqlBallotJournal host : List.of(a, b)) {
        String prefix = host == a ? "a" : "b";
        saves.add(
            pool.submit(
                () -> {
                  go.await();
                  List<SavedBallots> all = new ArrayList<>();
                  for (int from = 0; from < voters; from += 50) {
                    List<CastBallot> batch = new ArrayList<>();
                    for (int n = from; n < from + 50; n++) {
                      batch.add(
                          new CastBallot(
                              voter(n),
                              ballot(prefix + String.format("%011d", n), "oudorp", "waz-1")));
                    }
                    all.add(host.saveAll(batch));
                  }
                  Set<String> refused = new java.util.HashSet<>();
                  all.forEach(saved -> refused.addAll(saved.refused()));
                  return new SavedBallots(refused, Map.of());
                }));
      }
      go.countDown();
      int refused = saves.get(0).get().refused().size() + saves.get(1).get().refused().size();
      pool.shutdown();

      assertEquals(voters, refused, "each voter refused on exactly one of the two hosts");
      List<Ballot> stored = new ArrayList<>();
      a.forEachBallot(stored::add);
      assertEquals(voters, stored.size());
      await(() -> a.behind() == 0, "both movers copy everything");
    }
    List<Ballot> inRepository = new ArrayList<>();
    new JcrBallotBox(memory.sessions(), campaign).forEachBallot(inRepository::add);
    assertEquals(voters, inRepository.size());
    assertEquals(voters, new JcrBallotBox(memory.sessions(), campaign).register().voters());
  }

  @Test
  void aHostFollowsTheBallotsAnotherHostCommitsAndTheirChanges() throws Exception {
    try (SqlBallotJournal a = open();
        SqlBallotJournal b = open()) {
      a.saveAll(List.of(new CastBallot(voter(1), ballot("before000001", "oudorp", "waz-1"))));
      Map<String, Ballot> seen = new ConcurrentHashMap<>();
      Optional<AutoCloseable> following = a.followOthers(each -> seen.put(each.id(), each));

      b.saveAll(List.of(new CastBallot(voter(2), ballot("other0000002", "oudorp", "waz-1"))));
      Ballot changed = ballot("other0000002", "oudorp", "waz-3");
      SavedBallots change = b.saveAll(List.of(new CastBallot(voter(2), changed, true)));

      assertEquals(Set.of(voter(2)), change.replaced().keySet());
      assertEquals(List.of("waz-1"), change.replaced().get(voter(2)).ideas());
      await(() -> changed.equals(seen.get("other0000002")), "the change reaches host a");
      assertFalse(seen.containsKey("before000001"), "what was there before, the caller counts");
      following.orElseThrow().close();
      await(() -> a.behind() == 0, "the change is copied");
    }
    List<Ballot> inRepository = new ArrayList<>();
    new JcrBallotBox(memory.sessions(), campaign).forEachBallot(inRepository::add);
    Map<String, List<String>> ideas = new HashMap<>();
    inRepository.forEach(each -> ideas.put(each.id(), each.ideas()));
    assertEquals(Map.of("before000001", List.of("waz-1"), "other0000002", List.of("waz-3")), ideas);
  }

  @Test
  void aChangedBallotInAnotherWijkIsRefusedAsInTheRepository() {
    try (SqlBallotJournal journal = open()) {
      journal.saveAll(
          List.of(new CastBallot(voter(1), ballot("samevoter001", "oudorp", "waz-1"), true)));

      SavedBallots moved =
          journal.saveAll(
              List.of(new CastBallot(voter(1), ballot("samevoter001", "overdie", "waz-9"), true)));

      assertEquals(Set.of(voter(1)), moved.refused());
    }
  }

  @Test
  void aBallotWhoseIdIsTakenIsRefusedAloneNotItsBatch() {
    try (SqlBallotJournal journal = open()) {
      journal.saveAll(List.of(new CastBallot(voter(1), ballot("sameid000001", "oudorp", "waz-1"))));
      journal.forgetRegister(); // after the campaign: the voter is gone, the ballot stays

      SavedBallots saved =
          journal.saveAll(
              List.of(
                  new CastBallot(voter(1), ballot("sameid000001", "oudorp", "waz-2")),
                  new CastBallot(voter(2), ballot("otherid00002", "oudorp", "waz-2"))));

      assertEquals(Set.of(voter(1)), saved.refused());
      assertFalse(journal.registered(voter(1)), "no voter left without a ballot");
      assertTrue(journal.registered(voter(2)));
      List<String> ideas = new ArrayList<>();
      journal.forEachBallot(each -> ideas.add(each.id() + "=" + each.ideas()));
      assertEquals(List.of("sameid000001=[waz-1]", "otherid00002=[waz-2]"), ideas);
    }
  }

  @Test
  void aHostWithoutTheJournalTakesNoBallotsPastIt() {
    try (SqlBallotJournal journal = open()) {
      journal.saveAll(List.of(new CastBallot(voter(1), ballot("journal00001", "oudorp", "waz-1"))));
    }
    JcrBallotBox withoutJournal = new JcrBallotBox(memory.sessions(), campaign);

    assertThrows(
        RepositoryFailure.class,
        () ->
            withoutJournal.saveAll(
                List.of(new CastBallot(voter(2), ballot("pastjournal2", "oudorp", "waz-1")))));
    assertFalse(withoutJournal.registered(voter(2)));
    withoutJournal.close();
  }

  @Test
  void aBoxKeptBeforeTheJournalIsTakenIn() {
    JcrBallotBox box = new JcrBallotBox(memory.sessions(), campaign);
    Ballot earlier = ballot("earlier00001", "oudorp", "waz-1");
    box.saveAll(List.of(new CastBallot(voter(1), earlier)));
    box.close();

    try (SqlBallotJournal journal = open()) {
      List<Ballot> read = new ArrayList<>();
      journal.forEachBallot(read::add);
      assertEquals(List.of(earlier), read);
      assertEquals(
          Set.of(voter(1)),
          journal
              .saveAll(List.of(new CastBallot(voter(1), ballot("again0000001", "oudorp", "waz-2"))))
              .refused());
      assertEquals(0, journal.behind(), "what came from the repository is not copied back");
    }
  }

  @Test
  void forgettingTheRegisterDeletesTheVotersInBothPlacesAndKeepsTheBallots() throws Exception {
    try (SqlBallotJournal journal = open()) {
      journal.saveAll(
          List.of(
              new CastBallot(voter(1), ballot("forget000001", "oudorp", "waz-1")),
              new CastBallot(voter(2), ballot("forget000002", "oudorp", "waz-1"))));
      await(() -> journal.behind() == 0, "copied");

      assertEquals(2, journal.forgetRegister().voters());

      assertEquals(0, journal.register().voters());
      assertFalse(journal.registered(voter(1)));
      assertEquals(0, new JcrBallotBox(memory.sessions(), campaign).register().voters());
      AtomicInteger ballots = new AtomicInteger();
      journal.forEachBallot(each -> ballots.incrementAndGet());
      assertEquals(2, ballots.get());
    }
  }

  @Test
  void anUnreachableDatabaseIsARepositoryFailureNotAnAnswer() {
    Database away = new Database("jdbc:postgresql://127.0.0.1:1/nothing", "postgres", "");

    assertThrows(RepositoryFailure.class, () -> SqlBallotJournal.voters(away, campaign));
    assertThrows(
        RepositoryFailure.class,
        () -> SqlBallotJournal.open(away, campaign, new JcrBallotBox(memory.sessions(), campaign)));
  }
}
