package nl.alkmaar.wijkaanzet.standalone.web;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Cuts off request bodies that arrive too slowly. Reading a body holds a worker thread, and the
 * idle timeout never fires for a client that sends one byte every few seconds, so a few hundred
 * such clients would hold every thread. Two limits, both answered with 408 ("Request Timeout"):
 *
 * <ul>
 *   <li>in every window of a few seconds the body must bring a minimum number of bytes (checked as
 *       data arrives, so a fast start does not buy a slow rest; a client that sends nothing at all
 *       meets the connector's idle timeout);
 *   <li>the whole body must have arrived within a deadline (a waiting read is woken to fail).
 * </ul>
 *
 * Requests without a body (GET, HEAD) are not touched.
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
    return super.handle(guarded, response, Callback.from(callback, guarded::cancel));
  }

  private static boolean hasBody(Request request) {
    String method = request.getMethod();
    return request.getLength() != 0 && !method.equals("GET") && !method.equals("HEAD");
  }

  private record Limits(long windowMillis, long minimumBytesPerSecond, long deadlineMillis) {}

  /** The request whose body reads fail once it comes too slowly or too late. */
  private static final class GuardedRequest extends Request.Wrapper {
    private final Limits limits;
    private final Scheduler.Task expiry;
    private long windowStarted = System.nanoTime();
    private long windowBytes;
    private final AtomicReference<Runnable> waiting = new AtomicReference<>();
    private volatile Content.Chunk failure;

    GuardedRequest(Request request, Limits limits) {
      super(request);
      this.limits = limits;
      expiry =
          request
              .getComponents()
              .getScheduler()
              .schedule(
                  () -> fail("request body took too long"),
                  limits.deadlineMillis(),
                  TimeUnit.MILLISECONDS);
    }

    void cancel() {
      expiry.cancel();
    }

    private void fail(String reason) {
      failure =
          Content.Chunk.from(new BadMessageException(HttpStatus.REQUEST_TIMEOUT_408, reason), true);
      Runnable reader = waiting.getAndSet(null);
      if (reader != null) {
        getComponents().getExecutor().execute(reader);
      }
    }

    @Override
    public Content.Chunk read() {
      Content.Chunk failed = failure;
      if (failed != null) {
        return failed;
      }
      Content.Chunk chunk = super.read();
      if (chunk != null && !Content.Chunk.isFailure(chunk)) {
        if (!chunk.isLast() && windowTooSlow()) {
          chunk.release();
          fail("request body too slow");
          return failure;
        }
        windowBytes += chunk.remaining();
      }
      return chunk;
    }

    /** Counts the chunk in the current window; at the window's end, whether it brought enough. */
    private boolean windowTooSlow() {
      long elapsedMillis = (System.nanoTime() - windowStarted) / 1_000_000;
      if (elapsedMillis < limits.windowMillis()) {
        return false;
      }
      boolean tooSlow = windowBytes * 1000 < limits.minimumBytesPerSecond() * elapsedMillis;
      windowStarted = System.nanoTime();
      windowBytes = 0;
      return tooSlow;
    }

    @Override
    public void demand(Runnable reader) {
      if (failure != null) {
        reader.run();
        return;
      }
      waiting.set(reader);
      super.demand(
          () -> {
            if (waiting.compareAndSet(reader, null)) {
              reader.run();
            }
          });
    }
  }
}
