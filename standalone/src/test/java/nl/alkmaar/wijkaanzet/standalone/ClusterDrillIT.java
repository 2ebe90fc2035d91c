package nl.alkmaar.wijkaanzet.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two standalone hosts in their own processes on one Jackrabbit cluster on PostgreSQL (a real
 * PostgreSQL from Maven, started here), with the cluster configuration README gives Magnolia
 * operators (docs/magnolia/jackrabbit-wijkaanzet-cluster.xml). Drill 1 of issue 14: a resident
 * submits on A, a moderator publishes on B, and A's wijk page shows the point within 2 seconds.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClusterDrillIT {

  private static final Pattern READY = Pattern.compile("draait op (http://localhost:\\d+/)");
  private static final String JAR = "target/wijkaanzet-standalone.jar";
  private static final String SECRET =
      java.util.Base64.getEncoder()
          .encodeToString("clusterdrill-stemgeheim-32-bytes".getBytes(StandardCharsets.UTF_8));

  private EmbeddedPostgres postgres;
  private final List<Process> nodes = new ArrayList<>();
  private URI a;
  private URI b;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  void twoNodes(@TempDir Path folder) throws Exception {
    postgres = EmbeddedPostgres.builder().start();
    String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
    Path dataA = folder.resolve("a");
    Files.createDirectories(dataA);
    ModeratorClient.addTo(dataA);
    Path users = dataA.resolve("users.properties");
    // The first node creates the tables; the second joins once they are there.
    a = start(url, "a", dataA, users);
    b = start(url, "b", folder.resolve("b"), users);
  }

  private URI start(String url, String nodeId, Path data, Path users) throws Exception {
    ProcessBuilder builder =
        new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-jar",
            JAR,
            "--port",
            "0",
            "--data",
            data.toString(),
            "--users",
            users.toString(),
            "--cluster",
            url,
            "--node-id",
            nodeId,
            "--zonder-demo",
            "--clock",
            "2024-04-20T12:00:00Z");
    builder.environment().put("WIJKAANZET_DB_USER", "postgres");
    builder.environment().put("WIJKAANZET_DB_PASSWORD", "");
    // Every node the same voter secret, or a voter's key would differ per node.
    builder.environment().put("WIJKAANZET_VOTER_SECRET", SECRET);
    // One node of the cluster sends the shared outbox.
    builder.environment().put("WIJKAANZET_MAIL_DISPATCHER", String.valueOf(nodeId.equals("a")));
    builder.redirectErrorStream(true);
    Process process = builder.start();
    nodes.add(process);
    CompletableFuture<URI> ready = new CompletableFuture<>();
    StringBuilder log = new StringBuilder();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader lines =
                  new BufferedReader(
                      new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                  synchronized (log) {
                    log.append(line).append('\n');
                  }
                  Matcher matcher = READY.matcher(line);
                  if (matcher.find()) {
                    ready.complete(URI.create(matcher.group(1)));
                  }
                }
              } catch (IOException e) {
                ready.completeExceptionally(e);
              }
              ready.completeExceptionally(new IllegalStateException("node " + nodeId + " ended"));
            },
            "node-" + nodeId);
    reader.setDaemon(true);
    reader.start();
    try {
      return ready.get(90, TimeUnit.SECONDS);
    } catch (Exception e) {
      synchronized (log) {
        throw new AssertionError("node " + nodeId + " did not start:\n" + log, e);
      }
    }
  }

  @AfterAll
  void stop() throws Exception {
    for (Process node : nodes) {
      node.destroy();
    }
    for (Process node : nodes) {
      if (!node.waitFor(20, TimeUnit.SECONDS)) {
        node.destroyForcibly();
      }
    }
    if (postgres != null) {
      postgres.close();
    }
  }

  private String get(URI base, String path) throws Exception {
    return http.send(
            HttpRequest.newBuilder(base.resolve(path)).build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }

  @Test
  void aPointSentOnAAndPublishedOnBShowsOnAsWijkPageWithinTwoSeconds() throws Exception {
    Map<String, Object> fields = SubmissionClient.complete();
    fields.put("wijk", "oudorp");
    fields.put("title", "Een bankje bij de Oudorper molen");
    HttpResponse<String> sent =
        http.send(
            HttpRequest.newBuilder(a.resolve("/api/ideas"))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        ModeratorClient.JSON.writeValueAsString(fields)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(201, sent.statusCode(), sent.body());
    String id = ModeratorClient.json(sent).get("id").asText();

    ModeratorClient moderator = ModeratorClient.logIn(b, ModeratorClient.NAME);
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    HttpResponse<String> published = null;
    while (System.nanoTime() < deadline) {
      // B knows the point once the cluster has synchronised.
      published = moderator.act(id, "publiceren", Map.of("version", 0));
      if (published.statusCode() == 200) {
        break;
      }
      Thread.sleep(100);
    }
    assertEquals(200, published.statusCode(), published.body());
    long publishedAt = System.nanoTime();

    boolean shown = false;
    while (!shown && System.nanoTime() - publishedAt < Duration.ofSeconds(2).toNanos()) {
      shown = get(a, "/wijk/oudorp").contains("Een bankje bij de Oudorper molen");
      if (!shown) {
        Thread.sleep(50);
      }
    }
    assertTrue(shown, "A's wijk page shows the point B published within 2 s");
    assertTrue(get(a, "/api/ideas?wijk=oudorp").contains(id), "and A's list API");
    assertTrue(get(b, "/wijk/oudorp").contains("Een bankje bij de Oudorper molen"), "and B's page");
  }

  @Test
  void bothNodesReportTheirRepositoryHealthy() throws Exception {
    assertTrue(get(a, "/health").contains("ok"));
    assertTrue(get(b, "/health").contains("ok"));
  }
}
