package nl.alkmaar.wijkaanzet.idea.photo;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.imageio.ImageReader;

/**
 * Stops a decode that takes longer than a limit ({@link ImageReader#abort()}, which the JDK's
 * readers check as they go), as a last line behind the checks made from the header: whatever a file
 * finds to make the decoder work hard, a decode slot is free again in bounded time. One daemon
 * thread for all decodes; it only waits.
 */
final class DecodeWatchdog {

  private static final ScheduledExecutorService TIMER =
      Executors.newSingleThreadScheduledExecutor(
          task -> {
            Thread thread = new Thread(task, "wijkaanzet-photo-watchdog");
            thread.setDaemon(true);
            return thread;
          });

  private final AtomicBoolean aborted = new AtomicBoolean();
  private final ScheduledFuture<?> timer;

  private DecodeWatchdog(ImageReader reader, Duration limit) {
    timer =
        TIMER.schedule(
            () -> {
              aborted.set(true);
              reader.abort();
            },
            limit.toMillis(),
            TimeUnit.MILLISECONDS);
  }

  static DecodeWatchdog watch(ImageReader reader, Duration limit) {
    return new DecodeWatchdog(reader, limit);
  }

  /** Stops watching; answers whether the decode was stopped for taking too long. */
  boolean stop() {
    timer.cancel(false);
    return aborted.get();
  }
}
