package nl.alkmaar.wijkaanzet.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import nl.alkmaar.wijkaanzet.WijkAanZet;
import nl.alkmaar.wijkaanzet.vote.TallySnapshot;
import nl.alkmaar.wijkaanzet.vote.VoteFixtures;
import nl.alkmaar.wijkaanzet.vote.api.TallyStreamServlet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The live bars' event stream on the real host (Jetty, async servlets). */
class LiveBarsIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path data;
  private StandaloneHost host;
  private List<String> points;

  @BeforeEach
  void voting() {
    host = TestHosts.start(data, "2024-05-14T10:00:00Z");
    points = VoteFixtures.publish(WijkAanZet.runtime(), "oudorp", 3);
  }

  @AfterEach
  void stop() {
    host.close();
  }

  @Test
  void aBallotReachesAnOpenStreamWithinASecond() throws Exception {
    try (Stream stream = new Stream(host, "oudorp", null)) {
      assertTrue(stream.head().contains("text/event-stream"), stream.head());
      Event first = stream.next(2000);
      assertEquals("tally", first.name());
      assertEquals(0, first.json().get("ballots").asInt());
      assertEquals(3, first.json().get("points").size());

      long cast = System.nanoTime();
      vote(points.get(1));
      Event update = stream.next(1000);
      long millis = (System.nanoTime() - cast) / 1_000_000;

      assertEquals(1, update.json().get("ballots").asInt());
      assertEquals(points.get(1), update.json().get("points").get(0).get("id").asText());
      assertNotEquals(first.id(), update.id());
      assertTrue(millis < 1000, "arrived after " + millis + " ms");
    }
  }

  @Test
  void aClientThatSawTheLatestWaitsAndOneThatMissedSomethingGetsItAtOnce() throws Exception {
    vote(points.get(0));
    String current;
    try (Stream stream = new Stream(host, "oudorp", null)) {
      current = stream.next(2000).id();
    }
    vote(points.get(2));
    TallySnapshot now = WijkAanZet.runtime().voting().tally("oudorp");

    try (Stream missed = new Stream(host, "oudorp", current)) {
      Event catchUp = missed.next(1000);
      assertEquals(2, catchUp.json().get("ballots").asInt(), "the ballot it missed");
    }
    String latest = now.version() + "-" + now.points().size();
    try (Stream upToDate = new Stream(host, "oudorp", latest)) {
      assertNull(upToDate.next(700), "nothing new, nothing sent");
      vote(points.get(1));
      assertEquals(3, upToDate.next(1000).json().get("ballots").asInt());
    }
  }

  @Test
  void aClientThatWentAwayIsDropped() throws Exception {
    TallyStreamServlet servlet = host.moduleServlet(TallyStreamServlet.class);
    Stream gone = new Stream(host, "oudorp", null);
    gone.next(2000);
    try (Stream staying = new Stream(host, "oudorp", null)) {
      staying.next(2000);
      assertEquals(2, servlet.openStreams());

      gone.close();
      long deadline = System.currentTimeMillis() + 10_000;
      while (servlet.openStreams() > 1 && System.currentTimeMillis() < deadline) {
        vote(points.get(0)); // each ballot is a write that finds the closed connection
        Thread.sleep(300);
      }

      assertEquals(1, servlet.openStreams());
      assertTrue(staying.next(1000) != null, "the other client still gets updates");
    }
  }

  private void vote(String point) {
    String code = WijkAanZet.runtime().voting().issueCodes("oudorp", 1).get(0);
    WijkAanZet.runtime().voting().castWithCode("oudorp", List.of(point), code, "127.0.0.1");
  }

  record Event(String id, String name, JsonNode json) {}

  /** A raw HTTP/1.1 client for one event stream (chunk-size lines are skipped). */
  static final class Stream implements AutoCloseable {
    private final Socket socket;
    private final BufferedReader in;
    private final String head;

    Stream(StandaloneHost host, String wijk, String lastEventId) throws IOException {
      socket = new Socket("127.0.0.1", host.baseUri().getPort());
      socket
          .getOutputStream()
          .write(
              ("GET /api/tallies/stream?wijk="
                      + wijk
                      + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\n"
                      + (lastEventId == null ? "" : "Last-Event-ID: " + lastEventId + "\r\n")
                      + "\r\n")
                  .getBytes(StandardCharsets.US_ASCII));
      in =
          new BufferedReader(
              new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
      StringBuilder headers = new StringBuilder();
      for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
        headers.append(line.toLowerCase()).append('\n');
      }
      head = headers.toString();
    }

    String head() {
      return head;
    }

    /** The next event, or null when none came within {@code millis}. */
    Event next(int millis) throws IOException {
      socket.setSoTimeout(millis);
      String id = null;
      String name = null;
      try {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          if (line.startsWith("id: ")) {
            id = line.substring(4);
          } else if (line.startsWith("event: ")) {
            name = line.substring(7);
          } else if (line.startsWith("data: ")) {
            return new Event(id, name, JSON.readTree(line.substring(6)));
          }
        }
      } catch (SocketTimeoutException quiet) {
        return null;
      }
      return null;
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }
  }
}
