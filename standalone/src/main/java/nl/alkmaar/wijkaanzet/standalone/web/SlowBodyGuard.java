package nl.alkmaar.wijkaanzet.standalone.web;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Cuts off request bodies that arrive too slowly, or not at all. Reading a body holds a worker
 * thread, and the idle timeout restarts with every byte (and takes 30 s even for a body that never
 * comes), so a few hundred such clients would hold every thread. A timer looks at each body every
 * {@code window}: if fewer bytes came than the minimum rate asks, or the deadline passed, the
 * request fails with 408 ("Request Timeout") through Jetty's own failure path, which wakes a
 * waiting read. Once the whole body is read the timer stops, so the handling itself is never cut
 * short. Requests without a body (GET, HEAD) are not touched.
 */
public final class SlowBodyGuard extends Handler.Wrapper {

  private final Limits limits;

  /**
   * @param window the time over which the rate is measured, again and again
   * @param minimumBytesPerSecond rate the body must keep in every window
   * @param deadline time within which the whole body must have arrived
   */
  public SlowBodyGuard(
      Handler handler, Duration window, long minimumBytesPerSecond, Duration deadline) {
    super(handler);
    this.limits = new Limits(window.toMillis(), minimumBytesPerSecond, deadline.toMillis());
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    if (!hasBody(request)) {
      return super.handle(request, response, callback);
    }
    GuardedRequest guarded = new GuardedRequest(request, limits);
    return super.handle(guarded, response, Callback.from(callback, guarded::stop));
  }

  private static boolean hasBody(Request request) {
    String method = request.getMethod();
    return request.getLength() != 0 && !method.equals("GET") && !method.equals("HEAD");
  }

  private record Limits(long windowMillis, long minimumBytesPerSecond, long deadlineMillis) {}

  /** The request whose body is watched until it has been read. */
  private static final class GuardedRequest extends Request.Wrapper {
    private final Limits limits;
    private final long started = System.nanoTime();
    private final AtomicLong windowBytes = new AtomicLong();
    private volatile Scheduler.Task check;
    private volatile boolean done;

    GuardedRequest(Request request, Limits limits) {
      super(request);
      this.limits = limits;
      schedule();
    }

    private void schedule() {
      if (!done) {
        check =
            getComponents()
                .getScheduler()
                .schedule(this::check, limits.windowMillis(), TimeUnit.MILLISECONDS);
      }
    }

    private void check() {
      if (done) {
        return;
      }
      long elapsedMillis = (System.nanoTime() - started) / 1_000_000;
      long minimum = limits.minimumBytesPerSecond() * limits.windowMillis() / 1000;
      if (windowBytes.getAndSet(0) < minimum) {
        fail("request body too slow");
      } else if (elapsedMillis >= limits.deadlineMillis()) {
        fail("request body took too long");
      } else {
        schedule();
      }
    }

    private void fail(String reason) {
      stop();
      fail(new BadMessageException(HttpStatus.REQUEST_TIMEOUT_408, reason));
    }

    void stop() {
      done = true;
      Scheduler.Task task = check;
      if (task != null) {
        task.cancel();
      }
    }

    @Override
    public Content.Chunk read() {
      Content.Chunk chunk = super.read();
      if (chunk != null && !Content.Chunk.isFailure(chunk)) {
        windowBytes.addAndGet(chunk.remaining());
        if (chunk.isLast()) {
          stop();
        }
      }
      return chunk;
    }
  }
}
