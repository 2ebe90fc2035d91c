package nl.alkmaar.wijkaanzet.vote;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one writer of ballots (group commit). Request threads put a ballot in a bounded queue and
 * wait; the writer takes whatever has queued up (up to {@code maxBatch}), saves it in one durable
 * save, raises the tallies and only then answers every waiting request. One save per batch instead
 * of one per ballot is what lifts the box from a few hundred to thousands of ballots a second; a
 * single writer means no two saves ever race for the same registration or counter.
 */
public final class VoteEngine implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(VoteEngine.class);

  /** Whether the ballot went in, replaced the voter's earlier one, or its voter had voted. */
  public enum Outcome {
    STORED,
    CHANGED,
    ALREADY_VOTED
  }

  /** Batches smaller than this wait {@link #LINGER_NANOS} for more before they are saved. */
  private static final int LINGER_BELOW = 64;

  private static final long LINGER_NANOS = TimeUnit.MILLISECONDS.toNanos(2);

  /** A ballot waiting for its save, or (with {@code task}) work to run between two saves. */
  private record Pending(CastBallot ballot, CompletableFuture<Outcome> answer, Runnable task) {

    Pending(CastBallot ballot, CompletableFuture<Outcome> answer) {
      this(ballot, answer, null);
    }
  }

  /** Put in the queue by {@link #close()} to wake the writer; never written. */
  private static final Pending STOP = new Pending(null, new CompletableFuture<>());

  private final BallotBox box;
  private final Tallies tallies;
  private final int maxBatch;
  private final BlockingQueue<Pending> queue;
  private final Thread writer;
  private volatile boolean running = true;
  private Optional<AutoCloseable> others = Optional.empty();

  public VoteEngine(BallotBox box, Tallies tallies, int maxBatch, int queueCapacity) {
    this.box = box;
    this.tallies = tallies;
    this.maxBatch = maxBatch;
    this.queue = new ArrayBlockingQueue<>(queueCapacity);
    this.writer = new Thread(this::run, "wijkaanzet-ballot-writer");
    writer.setDaemon(true);
  }

  /**
   * Counts every ballot in the box and starts the writer. Ballots other cluster nodes save are
   * counted as the repository reports them (followed before the count, so none falls in between; a
   * ballot both counted and reported counts once).
   */
  public VoteEngine start() {
    others = box.followOthers(this::countSavedElsewhere);
    box.forEachBallot(tallies::add);
    writer.start();
    return this;
  }

  private void countSavedElsewhere(Ballot ballot) {
    if (tallies.add(ballot)) {
      tallies.changed(List.of(ballot.wijk()));
    }
  }

  /**
   * Queues a ballot; the answer completes once it is durably stored (or refused as a second one).
   *
   * @throws VotingBusyException when the queue is full
   */
  public CompletableFuture<Outcome> submit(CastBallot ballot) {
    if (!running) {
      throw new IllegalStateException("the ballot writer has stopped");
    }
    Pending pending = new Pending(ballot, new CompletableFuture<>());
    if (!queue.offer(pending)) {
      throw new VotingBusyException();
    }
    return pending.answer();
  }

  /**
   * Runs {@code task} on the writer between two saves, where the box and the tallies show the same
   * ballots (a recount); ballots wait meanwhile.
   */
  public <T> T betweenSaves(Supplier<T> task) {
    CompletableFuture<T> result = new CompletableFuture<>();
    Runnable run =
        () -> {
          try {
            result.complete(task.get());
          } catch (RuntimeException e) {
            result.completeExceptionally(e);
          }
        };
    try {
      if (!running || !queue.offer(new Pending(null, null, run), 5, TimeUnit.SECONDS)) {
        throw new VotingBusyException();
      }
      return result.get(5, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new VotingBusyException();
    } catch (java.util.concurrent.ExecutionException e) {
      throw e.getCause() instanceof RuntimeException runtime
          ? runtime
          : new IllegalStateException(e.getCause());
    } catch (java.util.concurrent.TimeoutException e) {
      throw new VotingBusyException();
    }
  }

  private void run() {
    try {
      writeUntilStopped();
    } catch (Error e) {
      // Out of memory or worse: stop taking ballots rather than leave senders waiting for nothing.
      running = false;
      LOG.error("the ballot writer stopped; no ballots are taken until the host restarts", e);
      List<Pending> left = new ArrayList<>();
      queue.drainTo(left);
      left.stream()
          .filter(pending -> pending.answer() != null)
          .forEach(pending -> pending.answer().completeExceptionally(e));
      throw e;
    } finally {
      box.close();
    }
  }

  private void writeUntilStopped() {
    List<Pending> batch = new ArrayList<>(maxBatch);
    while (running || !queue.isEmpty()) {
      try {
        Pending first = queue.poll(1, TimeUnit.SECONDS);
        if (first == null) {
          continue;
        }
        batch.add(first);
        queue.drainTo(batch, maxBatch - 1);
        if (batch.size() < LINGER_BELOW && running) {
          // Under load the senders of the last batch are just coming back: a moment's wait turns
          // a save of a few ballots into a save of many. When it is quiet it costs 2 ms.
          LockSupport.parkNanos(LINGER_NANOS);
          queue.drainTo(batch, maxBatch - batch.size());
        }
        batch.removeIf(pending -> pending == STOP);
        List<Pending> tasks = batch.stream().filter(pending -> pending.task() != null).toList();
        batch.removeIf(pending -> pending.task() != null);
        if (!batch.isEmpty()) {
          write(batch);
        }
        tasks.forEach(pending -> pending.task().run());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } finally {
        batch.clear();
      }
    }
  }

  private void write(List<Pending> batch) {
    List<Pending> first = oncePerVoter(batch);
    SavedBallots saved;
    try {
      saved = box.saveAll(first.stream().map(Pending::ballot).toList());
    } catch (RuntimeException | Error e) {
      LOG.error("saving {} ballots failed; each sender is told to try again", first.size(), e);
      first.forEach(pending -> pending.answer().completeExceptionally(e));
      if (e instanceof Error error) {
        throw error;
      }
      return;
    }
    Set<String> changed = new LinkedHashSet<>();
    for (Pending pending : first) {
      String voter = pending.ballot().voterKey();
      if (saved.refused().contains(voter) || saved.failed().contains(voter)) {
        continue;
      }
      Ballot earlier = saved.replaced().get(voter);
      if (earlier != null) {
        tallies.remove(earlier);
        changed.add(earlier.wijk());
      }
      tallies.add(pending.ballot().ballot());
      changed.add(pending.ballot().ballot().wijk());
    }
    tallies.changed(changed);
    for (Pending pending : first) {
      String voter = pending.ballot().voterKey();
      if (saved.failed().contains(voter)) {
        pending.answer().completeExceptionally(new VotingBusyException());
        continue;
      }
      pending
          .answer()
          .complete(
              saved.refused().contains(voter)
                  ? Outcome.ALREADY_VOTED
                  : saved.replaced().containsKey(voter) ? Outcome.CHANGED : Outcome.STORED);
    }
  }

  /**
   * A voter who sent twice at the same moment: where ballots are final the first in the queue goes
   * to the box and the others are told the voter voted; where they may be changed the last one
   * goes, and the earlier ones are answered as changed by it.
   */
  private static List<Pending> oncePerVoter(List<Pending> batch) {
    Map<String, Pending> chosen = new LinkedHashMap<>();
    for (Pending pending : batch) {
      String voter = pending.ballot().voterKey();
      Pending before = chosen.get(voter);
      if (before == null) {
        chosen.put(voter, pending);
      } else if (pending.ballot().replaces()) {
        before.answer().complete(Outcome.CHANGED);
        chosen.put(voter, pending);
      } else {
        pending.answer().complete(Outcome.ALREADY_VOTED);
      }
    }
    return new ArrayList<>(chosen.values());
  }

  /** Writes what is queued, then stops. */
  @Override
  public void close() {
    others.ifPresent(
        follower -> {
          try {
            follower.close();
          } catch (Exception e) {
            LOG.debug("the follower of other nodes' ballots was gone", e);
          }
        });
    running = false;
    queue.offer(STOP);
    try {
      writer.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
