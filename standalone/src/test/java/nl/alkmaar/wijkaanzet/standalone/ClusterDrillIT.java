package nl.alkmaar.wijkaanzet.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
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

  private ClusterNodes cluster;
  private URI a;
  private URI b;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  void twoNodes(@TempDir Path folder) throws Exception {
    cluster = new ClusterNodes();
    Path dataA = folder.resolve("a");
    Files.createDirectories(dataA);
    ModeratorClient.addTo(dataA);
    Path users = dataA.resolve("users.properties");
    // The first node creates the tables; the second joins once they are there.
    a = cluster.start("a", dataA, users, "2024-04-20T12:00:00Z", "--zonder-demo");
    b = cluster.start("b", folder.resolve("b"), users, "2024-04-20T12:00:00Z", "--zonder-demo");
  }

  @AfterAll
  void stop() throws Exception {
    if (cluster != null) {
      cluster.close();
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
