package nl.alkmaar.wijkaanzet.notify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends what the outbox holds, on one background thread: every {@code pollInterval}, and at once
 * after {@link #wakeUp()}. A failed attempt is counted and tried again later as the {@link
 * RetryPolicy} says; a permanent failure or the last allowed attempt gives the message up.
 *
 * <p>Delivery is at least once. A message is marked sent in a save of its own right after the mail
 * server accepted it. If the process dies between those two steps the message is still pending
 * after a restart and is sent a second time, with the same {@code Message-ID} (made from the outbox
 * id), so that a mail server or client can tell it is the same mail. That is the only window for a
 * duplicate; the alternative, marking before sending, would lose mails instead. Hosts that share
 * the outbox (a cluster, Magnolia's author and publics) take turns by a {@link MailLease}: only its
 * holder sends, it renews the lease before each message, and when its host dies another takes it
 * over once it runs out (the message in flight may then go twice, with the same Message-ID).
 *
 * <p>Logs one line per event with the message id and kind only, never addresses or names.
 */
public final class OutboxDispatcher implements AutoCloseable {

  public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofSeconds(5);
  public static final int DEFAULT_BATCH_SIZE = 20;
  private static final Logger LOG = LoggerFactory.getLogger(OutboxDispatcher.class);

  private final Outbox outbox;
  private final MailSender sender;
  private final RetryPolicy retries;
  private final Clock clock;
  private final Duration pollInterval;
  private final int batchSize;
  private final Object lock = new Object();
  private ScheduledExecutorService executor;
  private volatile MailLease lease = MailLease.ALONE;

  public OutboxDispatcher(
      Outbox outbox,
      MailSender sender,
      RetryPolicy retries,
      Clock clock,
      Duration pollInterval,
      int batchSize) {
    this.outbox = outbox;
    this.sender = sender;
    this.retries = retries;
    this.clock = clock;
    this.pollInterval = pollInterval;
    this.batchSize = batchSize;
  }

  public OutboxDispatcher(Outbox outbox, MailSender sender, Clock clock) {
    this(outbox, sender, RetryPolicy.DEFAULT, clock, DEFAULT_POLL_INTERVAL, DEFAULT_BATCH_SIZE);
  }

  /**
   * Sends only while this host holds {@code shared} (hosts that share the outbox); call before
   * start.
   */
  public OutboxDispatcher takingTurns(MailLease shared) {
    this.lease = shared;
    return this;
  }

  /** Starts polling on a daemon thread, so a host that forgets to close does not hang on exit. */
  public OutboxDispatcher start() {
    synchronized (lock) {
      if (executor != null) {
        throw new IllegalStateException("dispatcher already started");
      }
      executor =
          Executors.newSingleThreadScheduledExecutor(
              task -> {
                Thread thread = new Thread(task, "wijkaanzet-mail");
                thread.setDaemon(true);
                return thread;
              });
      executor.scheduleWithFixedDelay(
          this::runQuietly, 0, pollInterval.toMillis(), TimeUnit.MILLISECONDS);
    }
    LOG.info("mail dispatcher started, polling every {} s", pollInterval.toSeconds());
    return this;
  }

  /** Sends due messages now rather than at the next poll; call it after the enqueue was saved. */
  public void wakeUp() {
    synchronized (lock) {
      if (executor == null || executor.isShutdown()) {
        return;
      }
      try {
        executor.execute(this::runQuietly);
      } catch (RejectedExecutionException closing) {
        // closing down: the next start picks the message up
      }
    }
  }

  /**
   * One round: sends every message that is due now (at most one batch). Returns how many were
   * tried. Tests call this directly instead of starting the thread.
   */
  public synchronized int runOnce() {
    if (!lease.hold()) {
      return 0;
    }
    List<OutboxMessage> due = outbox.due(clock.instant(), batchSize);
    int tried = 0;
    for (OutboxMessage message : due) {
      // Renewed before each message: a host that lost its turn (a long pause) stops at once.
      if (tried > 0 && !lease.hold()) {
        return tried;
      }
      deliver(message);
      tried++;
    }
    return tried;
  }

  private void runQuietly() {
    try {
      // A full batch may mean more are waiting: go on until the outbox has nothing due.
      while (runOnce() == batchSize && !Thread.currentThread().isInterrupted()) {
        // next batch
      }
    } catch (RuntimeException e) {
      // An escaping exception would cancel the schedule; the next poll tries again.
      LOG.warn(
          "mail round failed, trying again in {} s: {}", pollInterval.toSeconds(), e.toString());
    }
  }

  private void deliver(OutboxMessage message) {
    int attempt = message.attempts() + 1;
    try {
      sender.send(message);
    } catch (MailFailure failure) {
      failed(message, attempt, failure.getMessage(), failure.retryable());
      return;
    } catch (RuntimeException e) {
      failed(message, attempt, "sender error: " + e.getClass().getSimpleName(), true);
      return;
    }
    outbox.markSent(message.id(), clock.instant());
    LOG.info("mail {} ({}) sent, attempt {}", message.id(), message.kind(), attempt);
  }

  private void failed(OutboxMessage message, int attempt, String error, boolean retryable) {
    Instant now = clock.instant();
    Optional<Instant> next =
        retryable ? retries.nextAttempt(attempt, now) : Optional.<Instant>empty();
    if (next.isPresent()) {
      outbox.markFailed(message.id(), error, next.get());
      LOG.warn(
          "mail {} ({}) attempt {} failed, next at {}: {}",
          message.id(),
          message.kind(),
          attempt,
          next.get(),
          MailFailure.safe(error));
    } else {
      outbox.giveUp(message.id(), error, now);
      LOG.warn(
          "mail {} ({}) given up after attempt {}: {}",
          message.id(),
          message.kind(),
          attempt,
          MailFailure.safe(error));
    }
  }

  /** Stops polling; a round in progress may finish its current message first. */
  @Override
  public void close() {
    ScheduledExecutorService stopping;
    synchronized (lock) {
      stopping = executor;
      if (stopping == null || stopping.isShutdown()) {
        return;
      }
      stopping.shutdown();
    }
    try {
      if (!stopping.awaitTermination(30, TimeUnit.SECONDS)) {
        stopping.shutdownNow();
        LOG.warn("mail dispatcher did not stop in 30 s; interrupted");
      }
    } catch (InterruptedException e) {
      stopping.shutdownNow();
      Thread.currentThread().interrupt();
    }
    lease.release();
    LOG.info("mail dispatcher stopped");
  }
}
