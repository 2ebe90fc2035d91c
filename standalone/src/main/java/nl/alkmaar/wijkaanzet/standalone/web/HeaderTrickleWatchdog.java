package nl.alkmaar.wijkaanzet.standalone.web;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.internal.HttpConnection;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Closes connections that trickle request headers. Jetty reads headers without holding a thread,
 * but its idle timeout restarts with every byte, so one byte every 25 seconds would keep a
 * connection (a file descriptor) forever. Every {@code deadline} the watchdog looks at each
 * connection: bytes arrived, no request completed and none is being handled means headers are
 * dripping in, and the connection is closed. An upload in progress is a request being handled, so
 * it is left to the body limits ({@link SlowBodyGuard}).
 */
public final class HeaderTrickleWatchdog implements Connection.Listener {

  private final Duration deadline;
  private final Map<Connection, Scheduler.Task> watches = new ConcurrentHashMap<>();

  public HeaderTrickleWatchdog(Duration deadline) {
    this.deadline = deadline;
  }

  @Override
  public void onOpened(Connection connection) {
    if (connection instanceof HttpConnection http) {
      watch(http, http.getBytesIn(), http.getMessagesIn());
    }
  }

  @Override
  public void onClosed(Connection connection) {
    Scheduler.Task task = watches.remove(connection);
    if (task != null) {
      task.cancel();
    }
  }

  private void watch(HttpConnection http, long bytesBefore, long requestsBefore) {
    Scheduler scheduler = http.getConnector().getScheduler();
    watches.put(
        http,
        scheduler.schedule(
            () -> check(http, bytesBefore, requestsBefore),
            deadline.toMillis(),
            TimeUnit.MILLISECONDS));
  }

  private void check(HttpConnection http, long bytesBefore, long requestsBefore) {
    if (!watches.containsKey(http)) {
      return;
    }
    long bytes = http.getBytesIn();
    long requests = http.getMessagesIn();
    boolean handling = http.getHttpChannel().getRequest() != null;
    if (bytes > bytesBefore && requests == requestsBefore && !handling) {
      watches.remove(http);
      http.getEndPoint().close();
      return;
    }
    watch(http, bytes, requests);
  }
}
