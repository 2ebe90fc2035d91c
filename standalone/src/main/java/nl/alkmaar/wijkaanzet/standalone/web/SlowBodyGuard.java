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
 *   <li>after a short grace, the body must keep coming at a minimum average rate (checked as data
 *       arrives; a client that sends nothing at all meets the connector's idle timeout);
 *   <li>the whole body must have arrived within a deadline (a waiting read is woken to fail).
 * </ul>
 *
 * Requests without a body (GET, HEAD) are not touched.
 */
public final class SlowBodyGuard extends Handler.Wrapper {

  private final Limits limits;

  /**
   * @param grace time before the rate counts (a phone's first bytes may be slow)
   * @param minimumBytesPerSecond average rate the body must keep after the grace
   * @param deadline time within which the whole body must have arrived
   */
  public SlowBodyGuard(
      Handler handler, Duration grace, long minimumBytesPerSecond, Duration deadline) {
    super(handler);
    this.limits = new Limits(grace.toMillis(), minimumBytesPerSecond, deadline.toMillis());
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

  private record Limits(long graceMillis, long minimumBytesPerSecond, long deadlineMillis) {}

  /** The request whose body reads fail once it comes too slowly or too late. */
  private static final class GuardedRequest extends Request.Wrapper {
    private final Limits limits;
    private final long started = System.nanoTime();
    private final Scheduler.Task expiry;
    private final AtomicReference<Runnable> waiting = new AtomicReference<>();
    private volatile Content.Chunk failure;
    private long received;

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
        received += chunk.remaining();
        if (!chunk.isLast() && tooSlow()) {
          chunk.release();
          fail("request body too slow");
          return failure;
        }
      }
      return chunk;
    }

    private boolean tooSlow() {
      long elapsedMillis = (System.nanoTime() - started) / 1_000_000;
      return elapsedMillis > limits.graceMillis()
          && received * 1000 < limits.minimumBytesPerSecond() * elapsedMillis;
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
