package nl.alkmaar.wijkaanzet.standalone.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import nl.alkmaar.wijkaanzet.HostRole;
import nl.alkmaar.wijkaanzet.RuntimeAssembly;
import nl.alkmaar.wijkaanzet.WijkAanZetRuntime;
import nl.alkmaar.wijkaanzet.campaign.CampaignFiles;
import nl.alkmaar.wijkaanzet.jcr.RepositoryJcrSessions;
import nl.alkmaar.wijkaanzet.notify.FileMailSender;
import nl.alkmaar.wijkaanzet.notify.MailTemplates;
import nl.alkmaar.wijkaanzet.sql.Database;
import nl.alkmaar.wijkaanzet.standalone.repository.ClusterSettings;
import nl.alkmaar.wijkaanzet.standalone.repository.EmbeddedRepository;
import nl.alkmaar.wijkaanzet.user.ContainerCurrentUser;
import nl.alkmaar.wijkaanzet.vote.AddressBook;
import nl.alkmaar.wijkaanzet.vote.CodeInbox;
import nl.alkmaar.wijkaanzet.vote.VoteFixtures;
import nl.alkmaar.wijkaanzet.vote.Voting;
import nl.alkmaar.wijkaanzet.vote.VotingSettings;
import nl.alkmaar.wijkaanzet.web.WebProtection;

/**
 * Durable ballots per second on two nodes of one Jackrabbit cluster on a real PostgreSQL (embedded,
 * from Maven), the naive way (one save per ballot) against the vote engine (each node's batching
 * writer), half the ballots sent to each node; then how long a ballot saved on node A takes to show
 * in node B's tallies, and a point published on A in B's list of published points.
 *
 * <p>Both nodes run in this one process (each its own repository, as separate hosts have). Run with
 * {@code bench/cluster-ballots.sh}; prints a Markdown table.
 */
public final class ClusterBallotBenchmark {

  private static final LocalDate MAY = LocalDate.of(2024, 5, 14);
  private static final int LAG_SAMPLES = 40;

  public static void main(String[] args) throws Exception {
    int ballots = args.length > 0 ? Integer.parseInt(args[0]) : 6000;
    List<String> rows = new ArrayList<>();
    rows.add("| path (two nodes) | senders | ballots | durable ballots/s | p50 ms | p99 ms |");
    rows.add("|---|---|---|---|---|---|");
    List<String> lags = new ArrayList<>();
    lags.add("| seen on node B after node A saved | samples | p50 ms | p99 ms | max ms |");
    lags.add("|---|---|---|---|---|");
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
      // A second argument "engine" leaves the naive path out, for comparing changes quickly.
      if (!(args.length > 1 && args[1].equals("engine"))) {
        rows.addAll(naive(postgres, ballots));
      }
      engine(postgres, ballots, rows, lags, false);
      engine(postgres, ballots, rows, lags, true);
    }
    System.out.println();
    rows.forEach(System.out::println);
    System.out.println();
    lags.forEach(System.out::println);
    System.exit(0); // the repositories' pools leave threads behind
  }

  /** One save per ballot in the sender's thread, on both nodes. */
  private static List<String> naive(EmbeddedPostgres postgres, int ballots) throws Exception {
    try (TwoNodes nodes = new TwoNodes(postgres, "naive")) {
      AtomicInteger next = new AtomicInteger();
      IntConsumer save =
          i -> {
            int n = next.incrementAndGet();
            BallotBenchmark.saveAlone(nodes.sessions(n % 2), n);
          };
      List<String> rows = new ArrayList<>();
      rows.add(BallotBenchmark.closedLoop("naive: one save per ballot", 16, ballots / 3, save));
      rows.add(BallotBenchmark.openLoop("naive: one save per ballot", 1000, ballots / 2, save));
      return rows;
    }
  }

  /**
   * The vote engine on both nodes, saving into the repository or (with {@code journal}) into the
   * ballot journal in the same PostgreSQL first.
   */
  private static void engine(
      EmbeddedPostgres postgres, int ballots, List<String> rows, List<String> lags, boolean journal)
      throws Exception {
    String path = journal ? "engine + ballot journal" : "engine: batched, per node";
    try (TwoNodes nodes = new TwoNodes(postgres, journal ? "journal" : "engine")) {
      Clock clock = Clock.fixed(VoteFixtures.VOTING, ZoneOffset.UTC);
      byte[] secret = new byte[32];
      new SecureRandom().nextBytes(secret);
      WijkAanZetRuntime a = nodes.runtime(0, clock, secret, journal);
      WijkAanZetRuntime b = nodes.runtime(1, clock, secret, journal);
      try {
        Voting[] voting = {a.voting(), b.voting()};
        List<String> points = VoteFixtures.publish(a, "oudorp", 5);
        waitUntil(() -> voting[1].choosable("oudorp").size() == 5);
        List<String> codes = voting[0].issueCodes("oudorp", ballots * 2 + LAG_SAMPLES);
        // Node B reads what A saved once it has synchronised with the journal (every 500 ms).
        Thread.sleep(2_000);
        AtomicInteger next = new AtomicInteger();
        IntConsumer cast =
            i -> {
              int n = next.getAndIncrement();
              voting[n % 2].castWithCode(
                  "oudorp",
                  List.of(points.get(n % 5), points.get((n + 1) % 5)),
                  codes.get(n),
                  "10.0." + (n / 250 % 250) + "." + (n % 250));
            };
        rows.add(BallotBenchmark.closedLoop(path, 256, ballots, cast));
        rows.add(BallotBenchmark.openLoop(path, 1000, ballots, cast));
        if (journal) {
          long loaded = System.nanoTime();
          waitUntil(() -> nodes.behindInRepository() == 0);
          lags.add(
              String.format(
                  Locale.ROOT,
                  "| (journal) the last of %d ballots copied into the repository | 1 | %.1f | | |",
                  ballots * 2,
                  (System.nanoTime() - loaded) / 1e6));
        }

        long[] ballotLag = new long[LAG_SAMPLES];
        for (int i = 0; i < LAG_SAMPLES; i++) {
          int before = voting[1].tally("oudorp").ballots();
          voting[0].castWithCode("oudorp", List.of(points.get(0)), codes.get(next.get() + i), "x");
          long saved = System.nanoTime();
          waitUntil(() -> voting[1].tally("oudorp").ballots() > before);
          ballotLag[i] = System.nanoTime() - saved;
        }
        lags.add(lagRow("a ballot, in the tallies (" + path + ")", ballotLag));

        long[] pointLag = new long[LAG_SAMPLES];
        for (int i = 0; i < LAG_SAMPLES; i++) {
          String id = VoteFixtures.publishOne(a, "centrum", 100 + i, "Punt " + i, false);
          long published = System.nanoTime();
          waitUntil(
              () ->
                  b.ideas().published("alkmaar-2024", "centrum").stream()
                      .anyMatch(idea -> idea.id().equals(id)));
          pointLag[i] = System.nanoTime() - published;
        }
        if (!journal) {
          lags.add(lagRow("a published point, in the list", pointLag));
        }
      } finally {
        a.stop();
        b.stop();
      }
    }
  }

  private static void waitUntil(BooleanSupplier condition) {
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("not seen on the other node within 30 s");
      }
      LockSupport.parkNanos(200_000);
    }
  }

  private static String lagRow(String what, long[] lags) {
    long[] sorted = lags.clone();
    Arrays.sort(sorted);
    return String.format(
        Locale.ROOT,
        "| %s | %d | %.1f | %.1f | %.1f |",
        what,
        sorted.length,
        sorted[sorted.length / 2] / 1e6,
        sorted[(int) (sorted.length * 0.99)] / 1e6,
        sorted[sorted.length - 1] / 1e6);
  }

  /** Two cluster nodes on a database of their own, each with its own repository home. */
  private static final class TwoNodes implements AutoCloseable {
    private final Path home;
    private final String url;
    private final List<EmbeddedRepository> repositories = new ArrayList<>();

    TwoNodes(EmbeddedPostgres postgres, String database) throws Exception {
      try (Connection connection = postgres.getPostgresDatabase().getConnection();
          Statement statement = connection.createStatement()) {
        statement.execute("CREATE DATABASE " + database);
      }
      home = Files.createTempDirectory("bench-cluster-" + database);
      url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database;
      for (String node : List.of("a", "b")) {
        repositories.add(
            EmbeddedRepository.onCluster(
                home.resolve(node), new ClusterSettings(url, "postgres", "", Optional.of(node))));
      }
    }

    RepositoryJcrSessions sessions(int node) {
      return new RepositoryJcrSessions(repositories.get(node)::login);
    }

    Database database() {
      return new Database(url, "postgres", "");
    }

    /** Ballots and voters the journal took that are not in the repository yet. */
    long behindInRepository() {
      try (Connection connection = java.sql.DriverManager.getConnection(url, "postgres", "");
          Statement statement = connection.createStatement();
          java.sql.ResultSet rows =
              statement.executeQuery(
                  "SELECT (SELECT count(*) FROM wijkaanzet_ballots WHERE NOT in_repository)"
                      + " + (SELECT count(*) FROM wijkaanzet_voters WHERE NOT in_repository)")) {
        rows.next();
        return rows.getLong(1);
      } catch (java.sql.SQLException e) {
        throw new IllegalStateException(e);
      }
    }

    WijkAanZetRuntime runtime(int node, Clock clock, byte[] secret, boolean journal) {
      return RuntimeAssembly.create(
          HostRole.STANDALONE,
          clock,
          sessions(node),
          new ContainerCurrentUser(),
          CampaignFiles.bundled(),
          node == 0,
          WebProtection.create("/api", java.util.Set.of(), clock),
          new FileMailSender(home.resolve("mail")),
          Optional.empty(),
          new MailTemplates(),
          new VotingSettings(
              secret,
              CodeInbox.NONE,
              AddressBook.empty(),
              journal ? Optional.of(database()) : Optional.empty()));
    }

    @Override
    public void close() {
      repositories.forEach(EmbeddedRepository::close);
    }
  }

  private ClusterBallotBenchmark() {}
}
