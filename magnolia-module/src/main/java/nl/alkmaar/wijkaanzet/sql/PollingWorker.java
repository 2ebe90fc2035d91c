package nl.alkmaar.wijkaanzet.sql;

import java.sql.SQLException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A thread that does a round of database work on a kept connection, again at once while a round
 * finds a full load of work, else after a pause (or when woken). A failing round is logged at most
 * once a minute and tried again after a second, so a database that is away neither floods the log
 * nor stops the work for good. Never interrupted: its rounds may be writing to a repository, whose
 * files an interrupt would close.
 */
public final class PollingWorker implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(PollingWorker.class);

  /** One round; answers whether it found a full load (run the next round at once). */
  @FunctionalInterface
  public interface Round {
    boolean run(KeptConnection connection) throws SQLException;
  }

  private final Database database;
  private final long pauseMillis;
  private final Round round;
  private final String failure;
  private final Semaphore wake = new Semaphore(0);
  private final Thread thread;
  private volatile boolean running = true;

  /**
   * @param failure what the log says when a round fails
   */
  public PollingWorker(
      String name, Database database, long pauseMillis, Round round, String failure) {
    this.database = database;
    this.pauseMillis = pauseMillis;
    this.round = round;
    this.failure = failure;
    this.thread = new Thread(this::run, name);
    thread.setDaemon(true);
  }

  public PollingWorker start() {
    thread.start();
    return this;
  }

  /** There is work: the next round runs now instead of after the pause. */
  public void wakeUp() {
    if (wake.availablePermits() == 0) {
      wake.release();
    }
  }

  private void run() {
    long quietUntil = 0;
    try (KeptConnection connection = new KeptConnection(database)) {
      while (running) {
        boolean full;
        try {
          full = round.run(connection);
        } catch (SQLException | RuntimeException e) {
          full = false;
          if (System.nanoTime() - quietUntil > 0) {
            LOG.warn("{}; trying again", failure, e);
            quietUntil = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
          }
          pause(1_000);
        }
        if (!full) {
          pause(pauseMillis);
        }
      }
    }
  }

  private void pause(long millis) {
    try {
      wake.tryAcquire(millis, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      running = false;
    }
  }

  /** Stops after the round in hand (a repository save may take a while: waits up to a minute). */
  @Override
  public void close() {
    running = false;
    wake.release();
    try {
      thread.join(60_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
