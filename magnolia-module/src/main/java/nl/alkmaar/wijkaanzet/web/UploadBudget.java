package nl.alkmaar.wijkaanzet.web;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * How many bytes of uploads may be held in memory at once, in all. A post with a photo is read into
 * memory (up to {@link MultipartReader#MAX_REQUEST_BYTES}) until the photo is checked; two hundred
 * such posts at once from many addresses would hold gigabytes. A post reserves its declared size
 * (or the most a post may be) before its body is read, waits briefly when the budget is spent, and
 * is turned away with 503 after that.
 */
public final class UploadBudget {

  static final long DEFAULT_BYTES = 128L * 1024 * 1024;
  static final Duration DEFAULT_WAIT = Duration.ofSeconds(10);

  private final int capacityKb;
  private final Semaphore kilobytes;
  private final Duration wait;

  public UploadBudget(long bytes, Duration wait) {
    this.capacityKb = (int) (bytes / 1024);
    this.kilobytes = new Semaphore(capacityKb, true);
    this.wait = wait;
  }

  /**
   * Reserves room for a body of {@code declaredLength} bytes (-1: unknown); empty when the budget
   * stays spent for the whole wait.
   */
  public Reservation reserve(long declaredLength) {
    long bytes =
        declaredLength < 0 || declaredLength > MultipartReader.MAX_REQUEST_BYTES
            ? MultipartReader.MAX_REQUEST_BYTES
            : declaredLength;
    int kb = (int) Math.min(capacityKb, Math.max(1, (bytes + 1023) / 1024));
    try {
      if (kilobytes.tryAcquire(kb, wait.toMillis(), TimeUnit.MILLISECONDS)) {
        return new Reservation(kb);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return null;
  }

  /** Room taken; closing it gives the room back. */
  public final class Reservation implements AutoCloseable {
    private final int kb;
    private boolean released;

    private Reservation(int kb) {
      this.kb = kb;
    }

    @Override
    public void close() {
      if (!released) {
        released = true;
        kilobytes.release(kb);
      }
    }
  }
}
