package nl.alkmaar.wijkaanzet.idea.photo;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * A fixed number of photo decodes at once. Decoding is the most expensive thing a visitor can make
 * the server do; ten photos arriving together must not take every core and the heap, so the rest
 * wait their turn for a short while and are then turned away ({@link PhotosBusyException}).
 */
public final class DecodeSlots {

  private final Semaphore permits;
  private final Duration wait;

  public DecodeSlots(int slots, Duration wait) {
    this.permits = new Semaphore(slots, true);
    this.wait = wait;
  }

  /**
   * Waits for a turn.
   *
   * @throws PhotosBusyException when none came free in time
   */
  public Slot take() {
    try {
      if (!permits.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new PhotosBusyException();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PhotosBusyException();
    }
    return new Slot();
  }

  /** A taken turn; closing it lets the next photo in. */
  public final class Slot implements AutoCloseable {
    private boolean released;

    @Override
    public void close() {
      if (!released) {
        released = true;
        permits.release();
      }
    }
  }
}
