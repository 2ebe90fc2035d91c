package nl.alkmaar.wijkaanzet.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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
    // Behind "a proxy" on this machine, so a test can speak for another visitor's address.
    cluster = new ClusterNodes().with("WIJKAANZET_TRUSTED_PROXIES", "127.0.0.1");
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

  /**
   * A load balancer without sticky sessions: the form rendered by A, sent with a mistake to A, its
   * page after the redirect read from B (with the input and the error), sent again to B with A's
   * token, and the confirmation read from A.
   */
  @Test
  void aFormGoesBackAndForthBetweenTheHostsWithoutLosingWhatWasTyped() throws Exception {
    HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    String formPage =
        browser
            .send(
                HttpRequest.newBuilder(a.resolve("/wijk/zuid")).build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    Matcher token = Pattern.compile("name=\"token\" value=\"([^\"]+)\"").matcher(formPage);
    assertTrue(token.find(), "A's form carries a token");
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("token", token.group(1));
    fields.put("returnTo", "/wijk/zuid");
    fields.put("wijk", "zuid");
    fields.put("title", "Bankje bij de vijver");
    fields.put("description", "te kort");
    fields.put("name", "Femke de Vries");
    fields.put("email", "femke@example.org");

    HttpResponse<String> mistake = postForm(browser, a, fields);
    assertEquals(303, mistake.statusCode(), mistake.body());
    String back = mistake.headers().firstValue("location").orElseThrow();
    String onB =
        browser
            .send(
                HttpRequest.newBuilder(b.resolve(back.substring(0, back.indexOf('#')))).build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    assertTrue(onB.contains("value=\"Bankje bij de vijver\""), "B shows what was typed on A");
    assertTrue(onB.contains("Schrijf iets meer: minstens 20 tekens."), "and the mistake");

    fields.put("description", "Een bankje in de schaduw bij de vijver, om even uit te rusten.");
    fields.put("category", "leefbaarheid");
    fields.put("location", "Vijver in het Rekerpark");
    fields.put("consent", "ja");
    HttpResponse<String> sent = postForm(browser, b, fields);
    assertEquals(303, sent.statusCode(), "B takes the token A issued: " + sent.body());
    String confirmation = sent.headers().firstValue("location").orElseThrow();
    assertTrue(confirmation.endsWith("#wz-bevestiging"), confirmation);
    String onA =
        browser
            .send(
                HttpRequest.newBuilder(
                        a.resolve(confirmation.substring(0, confirmation.indexOf('#'))))
                    .build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    assertTrue(onA.contains("id=\"wz-bevestiging\""), "A shows B's confirmation");
    assertTrue(onA.contains("Bankje bij de vijver"), onA);
  }

  /** Without an Origin: behind one balancer both hosts are one origin, here two ports. */
  private static HttpResponse<String> postForm(
      HttpClient browser, URI host, Map<String, String> fields) throws Exception {
    String body =
        fields.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return browser.send(
        HttpRequest.newBuilder(host.resolve("/api/ideas"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /**
   * A load balancer without sticky sessions, for staff: logged in on A, the next requests land on B
   * and then A again, and a logout on B ends the login on A too.
   */
  @Test
  void aModeratorLoggedInOnOneHostWorksOnTheOtherAndLogsOutOnBoth() throws Exception {
    HttpClient moderator = ModeratorClient.logIn(a, ModeratorClient.NAME).http();

    for (URI host : List.of(b, a, b)) {
      HttpResponse<String> screen =
          moderator.send(
              HttpRequest.newBuilder(host.resolve("/moderatie/")).build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(200, screen.statusCode(), host + " knows the login: " + screen.headers());
    }
    try (java.sql.Connection db =
            java.sql.DriverManager.getConnection(cluster.url(), "postgres", "");
        java.sql.ResultSet rows =
            db.createStatement().executeQuery("SELECT map FROM wijkaanzet_staff_sessions")) {
      int sessions = 0;
      while (rows.next()) {
        sessions++;
        String stored = new String(rows.getBytes(1), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertTrue(stored.contains(ModeratorClient.NAME), "the login is stored by name");
        assertTrue(!stored.contains(ModeratorClient.PASSWORD), "never with the password");
      }
      assertTrue(sessions >= 1, "the session is in the shared table");
    }
    HttpResponse<String> logout =
        moderator.send(
            HttpRequest.newBuilder(b.resolve("/uitloggen"))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertTrue(logout.statusCode() < 400, "logged out on B: " + logout.statusCode());
    HttpResponse<String> after =
        moderator.send(
            HttpRequest.newBuilder(a.resolve("/moderatie/")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(302, after.statusCode(), "A sends to the login page after B's logout");
  }

  /**
   * One visitor's submissions count on every host together: the burst of 10 taken turn about on A
   * and B, the eleventh is refused on either (and another visitor is not).
   */
  @Test
  void aVisitorsSubmissionLimitHoldsAcrossTheHosts() throws Exception {
    String visitor = "203.0.113.9";
    List<Integer> answers = new java.util.ArrayList<>();
    for (int i = 0; i < 11; i++) {
      answers.add(postFrom(visitor, i % 2 == 0 ? a : b).statusCode());
    }

    assertEquals(10, answers.stream().filter(status -> status != 429).count(), answers.toString());
    assertEquals(429, answers.get(10), answers.toString());
    HttpResponse<String> onA = postFrom(visitor, a);
    assertEquals(429, onA.statusCode(), "also on A");
    assertTrue(onA.headers().firstValue("Retry-After").isPresent());
    assertTrue(postFrom("203.0.113.10", b).statusCode() != 429, "another visitor sends");
  }

  /** An empty point as JSON: refused for what it lacks (400), unless over the limit (429). */
  private HttpResponse<String> postFrom(String visitor, URI host) throws Exception {
    return http.send(
        HttpRequest.newBuilder(host.resolve("/api/ideas"))
            .header("Content-Type", "application/json")
            .header("X-Forwarded-For", visitor)
            .POST(HttpRequest.BodyPublishers.ofString("{}"))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void bothNodesReportTheirRepositoryHealthy() throws Exception {
    assertTrue(get(a, "/health").contains("ok"));
    assertTrue(get(b, "/health").contains("ok"));
  }
}
