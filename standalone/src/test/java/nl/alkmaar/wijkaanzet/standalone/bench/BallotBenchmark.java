package nl.alkmaar.wijkaanzet.standalone.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;
import nl.alkmaar.wijkaanzet.RuntimeAssembly;
import nl.alkmaar.wijkaanzet.WijkAanZetRuntime;
import nl.alkmaar.wijkaanzet.campaign.CampaignFiles;
import nl.alkmaar.wijkaanzet.jcr.RepositoryJcrSessions;
import nl.alkmaar.wijkaanzet.notify.FileMailSender;
import nl.alkmaar.wijkaanzet.standalone.repository.EmbeddedRepository;
import nl.alkmaar.wijkaanzet.user.ContainerCurrentUser;
import nl.alkmaar.wijkaanzet.vote.Ballot;
import nl.alkmaar.wijkaanzet.vote.CastBallot;
import nl.alkmaar.wijkaanzet.vote.JcrBallotBox;
import nl.alkmaar.wijkaanzet.vote.VoteFixtures;
import nl.alkmaar.wijkaanzet.vote.VoteMethod;
import nl.alkmaar.wijkaanzet.vote.Voting;
import nl.alkmaar.wijkaanzet.web.WebProtection;

/**
 * Durable ballots per second on the standalone host's store (Jackrabbit 2 on Derby, on disk), the
 * naive way (each request thread saves its own ballot in its own session) against the vote engine
 * (the whole {@code Voting.castWithCode} path: rules, code look-up, HMAC, one batching writer). For
 * each: throughput with many senders at once, and latency at 1,000 ballots/s offered (an open loop:
 * a ballot is due every millisecond whether or not the earlier ones are done).
 *
 * <p>Run with {@code bench/ballots.sh}; prints a Markdown table.
 */
public final class BallotBenchmark {

  private static final LocalDate MAY = LocalDate.of(2024, 5, 14);

  public static void main(String[] args) throws Exception {
    int ballots = args.length > 0 ? Integer.parseInt(args[0]) : 6000;
    List<String> rows = new ArrayList<>();
    rows.add("| path | senders | ballots | durable ballots/s | p50 ms | p99 ms |");
    rows.add("|---|---|---|---|---|---|");
    // A second argument runs one path only ("naive" or "engine"), for comparing changes quickly.
    String only = args.length > 1 ? args[1] : "";
    if (!only.equals("engine")) {
      rows.addAll(naive(ballots));
    }
    if (!only.equals("naive")) {
      rows.addAll(engine(ballots));
    }
    System.out.println();
    rows.forEach(System.out::println);
  }

  /** One save per ballot, in the request thread, as a first version would do it. */
  private static List<String> naive(int ballots) throws Exception {
    Path home = Files.createTempDirectory("bench-naive");
    try (EmbeddedRepository repository = EmbeddedRepository.onDerby(home)) {
      RepositoryJcrSessions sessions = new RepositoryJcrSessions(repository::login);
      AtomicInteger next = new AtomicInteger();
      IntConsumer save = i -> saveAlone(sessions, next.incrementAndGet());
      List<String> rows = new ArrayList<>();
      rows.add(closedLoop("naive: one save per ballot", 8, ballots / 3, save));
      rows.add(openLoop("naive: one save per ballot", 1000, ballots / 2, save));
      return rows;
    }
  }

  /**
   * Ballot number {@code n} the naive way: a box of its own, so its own session and save (a box's
   * writer session is one thread's).
   */
  static void saveAlone(RepositoryJcrSessions sessions, int n) {
    try (JcrBallotBox box = new JcrBallotBox(sessions, "alkmaar-2024")) {
      box.saveAll(
          List.of(
              new CastBallot(
                  String.format("%032x", n),
                  new Ballot(
                      String.format("n%011d", n),
                      "oudorp",
                      List.of("waz-oudo-0001"),
                      VoteMethod.CODE,
                      null,
                      MAY))));
    }
  }

  private static List<String> engine(int ballots) throws Exception {
    Path home = Files.createTempDirectory("bench-engine");
    try (EmbeddedRepository repository = EmbeddedRepository.onDerby(home)) {
      Clock clock = Clock.fixed(VoteFixtures.VOTING, ZoneOffset.UTC);
      WijkAanZetRuntime runtime =
          RuntimeAssembly.create(
              clock,
              new RepositoryJcrSessions(repository::login),
              new ContainerCurrentUser(),
              CampaignFiles.bundled(),
              true,
              WebProtection.create("/api", java.util.Set.of(), clock),
              new FileMailSender(home.resolve("mail")));
      try (Voting voting = runtime.voting()) {
        List<String> points = VoteFixtures.publish(runtime, "oudorp", 5);
        List<String> codes = voting.issueCodes("oudorp", ballots * 2);
        AtomicInteger next = new AtomicInteger();
        IntConsumer cast =
            i -> {
              int n = next.getAndIncrement();
              voting.castWithCode(
                  "oudorp",
                  List.of(points.get(n % 5), points.get((n + 1) % 5)),
                  codes.get(n),
                  "10.0." + (n / 250 % 250) + "." + (n % 250));
            };
        List<String> rows = new ArrayList<>();
        rows.add(closedLoop("engine: Voting.castWithCode, batched", 256, ballots, cast));
        rows.add(openLoop("engine: Voting.castWithCode, batched", 1000, ballots, cast));
        return rows;
      }
    }
  }

  /** {@code senders} threads each send the next ballot as soon as theirs is saved. */
  static String closedLoop(String name, int senders, int count, IntConsumer send) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(senders);
    long[] latencies = new long[count];
    long start = System.nanoTime();
    List<Future<?>> done = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int index = i;
      done.add(
          pool.submit(
              () -> {
                long begin = System.nanoTime();
                send.accept(index);
                latencies[index] = System.nanoTime() - begin;
              }));
    }
    for (Future<?> future : done) {
      future.get();
    }
    long elapsed = System.nanoTime() - start;
    pool.shutdown();
    return row(name, senders + " at once", count, count / (elapsed / 1e9), latencies);
  }

  /** A ballot is due every {@code 1/rate} s; latency counts from when it was due. */
  static String openLoop(String name, int rate, int count, IntConsumer send) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(512);
    long[] latencies = new long[count];
    long interval = 1_000_000_000L / rate;
    long start = System.nanoTime();
    List<Future<?>> done = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      long due = start + i * interval;
      // Sleeping, not spinning: a spinning sender would take one of the machine's two cores.
      for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
        LockSupport.parkNanos(wait);
      }
      int index = i;
      done.add(
          pool.submit(
              () -> {
                send.accept(index);
                latencies[index] = System.nanoTime() - due;
              }));
    }
    for (Future<?> future : done) {
      future.get(5, TimeUnit.MINUTES);
    }
    long elapsed = System.nanoTime() - start;
    pool.shutdown();
    return row(name, rate + "/s offered", count, count / (elapsed / 1e9), latencies);
  }

  static String row(String name, String senders, int count, double perSecond, long[] latencies) {
    long[] sorted = latencies.clone();
    Arrays.sort(sorted);
    return String.format(
        Locale.ROOT,
        "| %s | %s | %d | %.0f | %.1f | %.1f |",
        name,
        senders,
        count,
        perSecond,
        sorted[sorted.length / 2] / 1e6,
        sorted[(int) (sorted.length * 0.99)] / 1e6);
  }

  private BallotBenchmark() {}
}
