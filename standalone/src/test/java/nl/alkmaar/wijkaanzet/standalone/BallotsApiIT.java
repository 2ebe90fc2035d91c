package nl.alkmaar.wijkaanzet.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.alkmaar.wijkaanzet.WijkAanZet;
import nl.alkmaar.wijkaanzet.standalone.vote.VoteCodesCommand;
import nl.alkmaar.wijkaanzet.vote.VoteFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code POST /api/ballots} and {@code GET /api/tallies} on the real host during the voting window,
 * with codes from the {@code stemcodes} command run beside it.
 */
class BallotsApiIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path data;
  private StandaloneHost host;
  private final HttpClient http = HttpClient.newHttpClient();
  private List<String> oudorp;
  private List<String> centrum;

  @BeforeEach
  void votingWithPublishedIdeas() {
    host = TestHosts.start(data, "2024-05-14T10:00:00Z");
    oudorp = VoteFixtures.publish(WijkAanZet.runtime(), "oudorp", 4);
    centrum = VoteFixtures.publish(WijkAanZet.runtime(), "centrum", 1);
  }

  @AfterEach
  void stop() {
    host.close();
  }

  @Test
  void aCodeFromTheCommandVotesOnceAndTheBarsCountIt() throws Exception {
    String csv =
        VoteCodesCommand.run(
            new String[] {"--data", data.toString(), "--wijk", "oudorp", "--aantal", "2"},
            Map.of());
    List<String> lines = csv.lines().toList();
    assertEquals("wijk,code", lines.get(0));
    assertEquals(3, lines.size());
    String code = lines.get(1).split(",")[1];

    HttpResponse<String> cast = post(ballot("oudorp", List.of(oudorp.get(0), oudorp.get(2)), code));

    assertEquals(201, cast.statusCode(), cast.body());
    JsonNode receipt = JSON.readTree(cast.body());
    assertTrue(receipt.get("receipt").asText().matches("[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}"));
    assertEquals(2, receipt.get("points").size());
    assertTrue(!cast.body().contains(code), "the code is not echoed");

    HttpResponse<String> again = post(ballot("oudorp", List.of(oudorp.get(1)), code));
    assertEquals(409, again.statusCode());
    assertEquals("Al gestemd", JSON.readTree(again.body()).get("title").asText());

    HttpResponse<String> tallies = get("/api/tallies?wijk=oudorp", null);
    assertEquals(200, tallies.statusCode());
    JsonNode tally = JSON.readTree(tallies.body());
    assertEquals("oudorp", tally.get("wijk").asText());
    assertEquals(1, tally.get("ballots").asInt());
    assertEquals(4, tally.get("points").size());
    assertEquals(1, tally.get("points").get(0).get("votes").asInt());
    assertEquals("*", tallies.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
    String etag = tallies.headers().firstValue("ETag").orElseThrow();
    assertEquals(304, get("/api/tallies?wijk=oudorp", etag).statusCode());

    assertEquals(
        201,
        post(ballot("oudorp", List.of(oudorp.get(3)), lines.get(2).split(",")[1])).statusCode());
    assertEquals(
        200, get("/api/tallies?wijk=oudorp", etag).statusCode(), "a new ballot, a new ETag");
  }

  @Test
  void badBallotsAreRefusedWithTheFieldAtFaultAndStoreNothing() throws Exception {
    String code = WijkAanZet.runtime().voting().issueCodes("oudorp", 1).get(0);

    assertFieldError(post(ballot("oudorp", oudorp, code)), 400, "points");
    assertFieldError(post(ballot("oudorp", List.of(), code)), 400, "points");
    assertFieldError(post(ballot("oudorp", List.of(centrum.get(0)), code)), 400, "points");
    assertFieldError(post(ballot("centrum", List.of(centrum.get(0)), code)), 400, "code");
    assertFieldError(post(ballot("oudorp", List.of(oudorp.get(0)), "ABCD-EFGH-JKMN")), 400, "code");
    assertFieldError(post(ballot("oudorp", List.of(oudorp.get(0)), null)), 400, "code");
    assertFieldError(post(ballot(null, List.of(oudorp.get(0)), code)), 400, "wijk");

    HttpResponse<String> form =
        http.send(
            HttpRequest.newBuilder(host.baseUri().resolve("/api/ballots"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("wijk=oudorp&code=" + code))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(303, form.statusCode(), "a form post without its token goes back to the page");
    assertTrue(
        form.headers().firstValue("Location").orElse("").matches("/\\?formulier=[^#]+#wz-stemmen"),
        form.headers().firstValue("Location").orElse(""));
    HttpResponse<String> text =
        http.send(
            HttpRequest.newBuilder(host.baseUri().resolve("/api/ballots"))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("oudorp " + code))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(415, text.statusCode());
    HttpResponse<String> crossSite =
        post(ballot("oudorp", List.of(oudorp.get(0)), code), "Origin", "https://evil.example");
    assertEquals(403, crossSite.statusCode());
    HttpResponse<String> nullOrigin =
        post(ballot("oudorp", List.of(oudorp.get(0)), code), "Origin", "null");
    assertEquals(403, nullOrigin.statusCode());

    JsonNode tally = JSON.readTree(get("/api/tallies?wijk=oudorp", null).body());
    assertEquals(0, tally.get("ballots").asInt());
    assertEquals(
        201, post(ballot("oudorp", List.of(oudorp.get(0)), code)).statusCode(), "still unused");
  }

  @Test
  void talliesNeedAWijkOfTheCampaign() throws Exception {
    assertEquals(400, get("/api/tallies", null).statusCode());
    assertEquals(400, get("/api/tallies?wijk=nergens", null).statusCode());
  }

  private static Map<String, Object> ballot(String wijk, List<String> points, String code) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("wijk", wijk);
    body.put("points", points);
    body.put("code", code);
    return body;
  }

  private void assertFieldError(HttpResponse<String> response, int status, String field)
      throws Exception {
    assertEquals(status, response.statusCode(), response.body());
    assertTrue(
        response
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/problem+json"));
    JsonNode errors = JSON.readTree(response.body()).get("errors");
    assertEquals(field, errors.get(0).get("field").asText(), response.body());
    assertTrue(!errors.get(0).get("message").asText().isBlank());
  }

  private HttpResponse<String> post(Object body, String... headers) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(host.baseUri().resolve("/api/ballots"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String path, String ifNoneMatch) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(host.baseUri().resolve(path));
    if (ifNoneMatch != null) {
      request.header("If-None-Match", ifNoneMatch);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
