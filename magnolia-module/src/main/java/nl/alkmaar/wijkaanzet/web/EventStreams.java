package nl.alkmaar.wijkaanzet.web;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Server-Sent Events to many clients per topic (a wijk), without a thread per client: each client
 * is an {@link AsyncContext} with non-blocking writes. A client that cannot take an event now keeps
 * only the newest one (events are whole snapshots, so older ones are worth nothing), which bounds
 * the memory a slow client costs; a client whose connection fails is dropped. A comment line every
 * {@code heartbeat} keeps proxies from closing a quiet stream and finds dead clients.
 */
public final class EventStreams implements AutoCloseable {

  /** Small buffers: 10,000 clients × 1 kB instead of Jetty's default 32 kB each. */
  static final int BUFFER_BYTES = 1024;

  private final Map<String, Set<Client>> byTopic = new ConcurrentHashMap<>();
  private final AtomicInteger open = new AtomicInteger();
  private final ScheduledExecutorService heartbeats;

  public EventStreams(long heartbeatSeconds) {
    heartbeats =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "wijkaanzet-sse-heartbeat");
              thread.setDaemon(true);
              return thread;
            });
    heartbeats.scheduleAtFixedRate(
        this::heartbeat, heartbeatSeconds, heartbeatSeconds, TimeUnit.SECONDS);
  }

  /**
   * Starts a stream for {@code topic} and sends {@code current}, unless the client has it already
   * ({@code lastEventId}, from the browser's {@code Last-Event-ID} after a reconnect).
   *
   * @param retryMillis how long a browser waits before it reconnects after a drop
   */
  public void open(
      HttpServletRequest request,
      HttpServletResponse response,
      String topic,
      Event current,
      String lastEventId,
      long retryMillis)
      throws IOException {
    response.setBufferSize(BUFFER_BYTES);
    response.setStatus(200);
    response.setContentType("text/event-stream");
    response.setCharacterEncoding("UTF-8");
    response.setHeader("Cache-Control", "no-cache, no-transform");
    // nginx and similar proxies would otherwise hold events back to fill their buffer.
    response.setHeader("X-Accel-Buffering", "no");
    AsyncContext async = request.startAsync();
    async.setTimeout(0);
    Client client = new Client(topic, async, response.getOutputStream(), lastEventId);
    async.addListener(client);
    byTopic.computeIfAbsent(topic, key -> ConcurrentHashMap.newKeySet()).add(client);
    open.incrementAndGet();
    client.out.setWriteListener(client);
    client.send(("retry: " + retryMillis + "\n\n").getBytes(StandardCharsets.UTF_8));
    client.send(current);
  }

  /** Sends {@code event} to every client of {@code topic}. */
  public void publish(String topic, Event event) {
    Set<Client> clients = byTopic.get(topic);
    if (clients == null) {
      return;
    }
    for (Client client : clients) {
      client.send(event);
    }
  }

  /** How many streams are open, over all topics. */
  public int openStreams() {
    return open.get();
  }

  private void heartbeat() {
    byte[] comment = ":\n\n".getBytes(StandardCharsets.UTF_8);
    byTopic.values().forEach(clients -> clients.forEach(client -> client.send(comment)));
  }

  /** Ends every stream (the browsers reconnect to whatever serves next). */
  @Override
  public void close() {
    heartbeats.shutdownNow();
    byTopic.values().forEach(clients -> clients.forEach(Client::drop));
  }

  /** One event: its id (for {@code Last-Event-ID}), its name, and one line of data. */
  public record Event(String id, String name, String data) {

    byte[] bytes() {
      return ("id: " + id + "\nevent: " + name + "\ndata: " + data.replace("\n", " ") + "\n\n")
          .getBytes(StandardCharsets.UTF_8);
    }
  }

  private final class Client implements AsyncListener, WriteListener {
    private final String topic;
    private final AsyncContext async;
    private final ServletOutputStream out;
    private byte[] waiting;
    private boolean dropped;
    private String lastId;

    Client(String topic, AsyncContext async, ServletOutputStream out, String lastId) {
      this.topic = topic;
      this.async = async;
      this.out = out;
      this.lastId = lastId;
    }

    /** Sends {@code event} unless it is the one this client has already. */
    synchronized void send(Event event) {
      if (event.id().equals(lastId)) {
        return;
      }
      lastId = event.id();
      send(event.bytes());
    }

    /** Writes now if the connection can take it; otherwise keeps it as the one waiting event. */
    synchronized void send(byte[] bytes) {
      if (dropped) {
        return;
      }
      if (waiting != null && bytes.length < 8 && bytes[0] == ':') {
        return; // a heartbeat behind a waiting event adds nothing
      }
      waiting = bytes;
      flushWaiting();
    }

    private void flushWaiting() {
      try {
        while (waiting != null && out.isReady()) {
          byte[] next = waiting;
          waiting = null;
          out.write(next);
          if (out.isReady()) {
            out.flush();
          }
        }
      } catch (IOException | IllegalStateException e) {
        drop();
      }
    }

    @Override
    public synchronized void onWritePossible() {
      flushWaiting();
    }

    @Override
    public void onError(Throwable failure) {
      drop();
    }

    @Override
    public void onError(AsyncEvent event) {
      drop();
    }

    @Override
    public void onTimeout(AsyncEvent event) {
      drop();
    }

    @Override
    public void onComplete(AsyncEvent event) {
      forget();
    }

    @Override
    public void onStartAsync(AsyncEvent event) {
      // the stream was started once and is not restarted
    }

    synchronized void drop() {
      if (dropped) {
        return;
      }
      dropped = true;
      forget();
      try {
        async.complete();
      } catch (IllegalStateException alreadyDone) {
        // the container ended it first
      }
    }

    private void forget() {
      Set<Client> clients = byTopic.get(topic);
      if (clients != null && clients.remove(this)) {
        open.decrementAndGet();
      }
    }
  }
}
