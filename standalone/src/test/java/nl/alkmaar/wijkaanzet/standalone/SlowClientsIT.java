package nl.alkmaar.wijkaanzet.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Clients that try to use up the host's threads and cores without logging in: bodies sent one byte
 * a second, and a stream of logins with wrong passwords from one address.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlowClientsIT {

  private StandaloneHost host;

  @BeforeAll
  void start(@TempDir Path data) {
    ModeratorClient.addTo(data);
    host = TestHosts.start(data, "2024-04-10T12:00:00Z");
  }

  @AfterAll
  void stop() {
    host.close();
  }

  /** What came back on a connection that trickles its body, and after how many milliseconds. */
  private record Trickled(String answer, long millis) {}

  private Trickled trickle(String path, String type) throws Exception {
    try (Socket socket = new Socket("localhost", host.baseUri().getPort())) {
      socket.setSoTimeout(500);
      OutputStream out = socket.getOutputStream();
      InputStream in = socket.getInputStream();
      out.write(
          ("POST "
                  + path
                  + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: "
                  + type
                  + "\r\nContent-Length: 2000\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      long started = System.nanoTime();
      StringBuilder answer = new StringBuilder();
      while (System.nanoTime() - started < 40_000_000_000L) {
        try {
          out.write('a');
          out.flush();
        } catch (IOException closed) {
          break;
        }
        try {
          int read = in.read();
          if (read < 0) {
            break;
          }
          answer.append((char) read);
          answer.append(new String(in.readNBytes(in.available()), StandardCharsets.ISO_8859_1));
          break;
        } catch (SocketTimeoutException stillWaiting) {
          Thread.sleep(500);
        }
      }
      return new Trickled(answer.toString(), (System.nanoTime() - started) / 1_000_000);
    }
  }

  @Test
  void aBodySentOneByteASecondIsCutOff() throws Exception {
    Trickled idea = trickle("/api/ideas", "application/json");
    Trickled login = trickle("/j_security_check", "application/x-www-form-urlencoded");

    // The rate is checked per 5 s window: answered well before the 40 s this test waits.
    assertTrue(idea.answer().startsWith("HTTP/1.1 408"), idea.answer());
    assertTrue(idea.millis() < 15_000, "cut off after " + idea.millis() + " ms");
    assertTrue(login.millis() < 15_000, "login cut off after " + login.millis() + " ms");
    assertTrue(login.answer().isEmpty() || login.answer().startsWith("HTTP/1.1 4"), login.answer());
  }

  @Test
  void aBodyThatNeverComesIsCutOffLongBeforeTheIdleTimeout() throws Exception {
    try (Socket socket = new Socket("localhost", host.baseUri().getPort())) {
      socket.setSoTimeout(20_000);
      socket
          .getOutputStream()
          .write(
              ("POST /api/ideas HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json"
                      + "\r\nContent-Length: 1000\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));
      long started = System.nanoTime();
      byte[] answer = socket.getInputStream().readNBytes(12);
      long millis = (System.nanoTime() - started) / 1_000_000;

      assertEquals("HTTP/1.1 408", new String(answer, StandardCharsets.US_ASCII));
      assertTrue(millis < 12_000, "answered after " + millis + " ms (idle timeout: 30 s)");
    }
  }

  @Test
  void oneAddressHoldingHundredsOfBodiesCannotKeepOthersOut() throws Exception {
    List<Socket> held = new ArrayList<>();
    try {
      for (int i = 0; i < 150; i++) {
        Socket socket = new Socket("127.0.0.1", host.baseUri().getPort());
        socket
            .getOutputStream()
            .write(
                ("POST /j_security_check HTTP/1.1\r\nHost: localhost\r\nContent-Type:"
                        + " application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
        held.add(socket);
      }
      try (Socket other =
          new Socket(
              "127.0.0.1", host.baseUri().getPort(), InetAddress.getByName("127.0.0.2"), 0)) {
        other.setSoTimeout(5_000);
        long started = System.nanoTime();
        other
            .getOutputStream()
            .write(
                "GET /health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
        String answer =
            new String(other.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertEquals("HTTP/1.1 200", answer);
        assertTrue(millis < 2_000, "another visitor waited " + millis + " ms");
      }
      long refused = held.stream().filter(SlowClientsIT::closedByServer).count();
      assertTrue(refused >= 150 - 64, "connections over the limit closed: " + refused);
    } finally {
      for (Socket socket : held) {
        socket.close();
      }
    }
  }

  private static boolean closedByServer(Socket socket) {
    try {
      socket.setSoTimeout(200);
      return socket.getInputStream().read() < 0;
    } catch (IOException e) {
      return !(e instanceof SocketTimeoutException);
    }
  }

  @Test
  void headersSentOneByteEveryTwoSecondsLoseTheirConnection() throws Exception {
    try (Socket socket = new Socket("localhost", host.baseUri().getPort())) {
      socket.setSoTimeout(100);
      OutputStream out = socket.getOutputStream();
      out.write("GET / HTTP/1.1\r\nHost: localhost\r\n".getBytes(StandardCharsets.US_ASCII));
      long started = System.nanoTime();
      boolean closed = false;
      while (!closed && System.nanoTime() - started < 60_000_000_000L) {
        try {
          out.write('X');
          out.flush();
          closed = socket.getInputStream().read() < 0;
        } catch (SocketTimeoutException stillOpen) {
          Thread.sleep(1_900);
        } catch (IOException reset) {
          closed = true;
        }
      }
      long millis = (System.nanoTime() - started) / 1_000_000;

      // The idle timeout (30 s) never fires on a drip; the watchdog looks every 20 s.
      assertTrue(closed && millis < 45_000, "closed " + closed + " after " + millis + " ms");
    }
  }

  private long failedLoginMillis(HttpClient browser, String password) throws Exception {
    long started = System.nanoTime();
    HttpResponse<String> answer =
        browser.send(
            HttpRequest.newBuilder(host.baseUri().resolve("/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "j_username=moderator1&j_password=" + password))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(
        "/inloggen?fout=1", RawRequests.location(answer), "the same answer as a wrong password");
    return (System.nanoTime() - started) / 1_000_000;
  }

  @Test
  void beyondTheFailuresOneAddressMayHaveLoginsAreRefusedFastEvenWithTheRightPassword()
      throws Exception {
    HttpClient browser = RawRequests.browser();
    List<Long> guesses = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      guesses.add(failedLoginMillis(browser, "fout-" + i));
    }

    long refused = failedLoginMillis(browser, "moderatie-alkmaar-2024");

    long typical = guesses.stream().sorted().toList().get(guesses.size() / 2);
    assertTrue(
        refused * 3 < typical,
        "refused in " + refused + " ms, a checked guess took " + typical + " ms");
  }
}
