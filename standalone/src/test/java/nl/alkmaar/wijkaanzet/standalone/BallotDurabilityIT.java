package nl.alkmaar.wijkaanzet.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import nl.alkmaar.wijkaanzet.WijkAanZet;
import nl.alkmaar.wijkaanzet.standalone.vote.VoteCodesCommand;
import nl.alkmaar.wijkaanzet.vote.JcrBallotBox;
import nl.alkmaar.wijkaanzet.vote.Recount;
import nl.alkmaar.wijkaanzet.vote.VoteFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A host in its own JVM takes ballots from 16 senders and is killed with SIGKILL in the middle:
 * every ballot it acknowledged (201) is there after the restart, and the tallies match a recount.
 */
class BallotDurabilityIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String VOTING = "2024-05-14T10:00:00Z";

  @TempDir Path data;

  @Test
  void everyAcknowledgedBallotSurvivesAHardKill() throws Exception {
    List<String> points;
    try (StandaloneHost host = TestHosts.start(data, VOTING)) {
      points = VoteFixtures.publish(WijkAanZet.runtime(), "oudorp", 3);
    }
    List<String> codes =
        VoteCodesCommand.run(
                new String[] {"--data", data.toString(), "--wijk", "oudorp", "--aantal", "3000"},
                Map.of())
            .lines()
            .skip(1)
            .map(line -> line.split(",")[1])
            .toList();

    Process child = startChild();
    Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    AtomicInteger sent = new AtomicInteger();
    try {
      URI base = baseUri(child);
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
      ExecutorService senders = Executors.newFixedThreadPool(16);
      for (String code : codes) {
        senders.submit(
            () -> {
              sent.incrementAndGet();
              try {
                HttpResponse<String> response =
                    http.send(
                        HttpRequest.newBuilder(base.resolve("/api/ballots"))
                            .header("Content-Type", "application/json")
                            .POST(
                                HttpRequest.BodyPublishers.ofString(
                                    JSON.writeValueAsString(
                                        Map.of(
                                            "wijk",
                                            "oudorp",
                                            "points",
                                            List.of(points.get(code.charAt(0) % 3)),
                                            "code",
                                            code))))
                            .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 201) {
                  acknowledged.add(JSON.readTree(response.body()).get("receipt").asText());
                }
              } catch (Exception killed) {
                // the host is gone: this ballot was never acknowledged
              }
              return null;
            });
      }
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (acknowledged.size() < 500 && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
      child.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no clean close
      assertTrue(child.waitFor(30, TimeUnit.SECONDS));
      senders.shutdownNow();
      assertTrue(senders.awaitTermination(60, TimeUnit.SECONDS));
    } finally {
      child.destroyForcibly();
    }
    assertTrue(acknowledged.size() >= 500, "acknowledged before the kill: " + acknowledged.size());
    assertTrue(acknowledged.size() < codes.size(), "the kill came in the middle");

    try (StandaloneHost restarted = TestHosts.start(data, VOTING)) {
      Set<String> stored = new HashSet<>();
      new JcrBallotBox(WijkAanZet.runtime().sessions(), "alkmaar-2024")
          .forEachBallot(ballot -> stored.add(ballot.receipt()));
      List<String> lost = new ArrayList<>(acknowledged);
      lost.removeAll(stored);
      assertEquals(List.of(), lost, "acknowledged but lost");
      assertEquals(stored.size(), WijkAanZet.runtime().voting().tally("oudorp").ballots());
      Recount recount = WijkAanZet.runtime().voting().recount();
      assertTrue(recount.agrees(), recount.differences().toString());
    }
  }

  private Process startChild() throws Exception {
    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx256m",
            "-cp",
            System.getProperty("java.class.path"),
            Main.class.getName(),
            "--data",
            data.toString(),
            "--port",
            "0",
            "--clock",
            VOTING,
            "--zonder-demo");
    return new ProcessBuilder(command)
        .redirectError(data.resolve("child-err.txt").toFile())
        .start();
  }

  /** The address the child prints once it is ready. */
  private static URI baseUri(Process child) throws Exception {
    BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
    String line;
    while ((line = out.readLine()) != null) {
      int at = line.indexOf("http://");
      if (line.startsWith("Wij(k) aan zet! draait op") && at >= 0) {
        return URI.create(line.substring(at).strip());
      }
    }
    throw new AssertionError("the child ended without starting");
  }
}
