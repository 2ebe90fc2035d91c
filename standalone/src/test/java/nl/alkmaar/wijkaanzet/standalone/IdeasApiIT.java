package nl.alkmaar.wijkaanzet.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.alkmaar.wijkaanzet.WijkAanZet;
import nl.alkmaar.wijkaanzet.idea.AuditEntry;
import nl.alkmaar.wijkaanzet.idea.IdeaStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The submission API over HTTP against the real host: happy paths, every validation error,
 * protections, escaping, look-alikes, statistics and the privacy rule. The form without JavaScript
 * is in {@link SubmissionFormIT}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdeasApiIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private StandaloneHost host;
  private final HttpClient http = HttpClient.newHttpClient();
  private SubmissionClient client;

  @BeforeAll
  void start(@TempDir Path data) {
    host =
        TestHosts.start(
            data,
            "2024-04-10T12:00:00Z",
            TestHosts.GENEROUS_BURST,
            Optional.empty(),
            Set.of("https://www.alkmaar.nl"));
    client = new SubmissionClient(host);
  }

  @AfterAll
  void stop() {
    host.close();
  }

  @Test
  void aCompleteSubmissionIsStoredAsIngediendWithAReference() throws Exception {
    HttpResponse<String> response = client.postJson(SubmissionClient.complete());
    JsonNode json = JSON.readTree(response.body());

    assertEquals(201, response.statusCode());
    assertTrue(json.get("reference").asText().matches("WAZ-[0-9A-Z]{4}-[0-9A-Z]{4}"));
    assertEquals("INGEDIEND", json.get("status").asText());
    assertEquals(
        "/api/ideas/" + json.get("id").asText(),
        response.headers().firstValue("location").orElseThrow());
    assertEquals(
        404,
        client.get("/api/ideas/" + json.get("id").asText()).statusCode(),
        "not public before moderation");
    var stored =
        WijkAanZet.runtime().ideas().find("alkmaar-2024", json.get("id").asText()).orElseThrow();
    assertEquals(IdeaStatus.INGEDIEND, stored.status());
    assertEquals(
        List.of("ingediend"),
        WijkAanZet.runtime().ideas().history("alkmaar-2024", stored.id()).stream()
            .map(AuditEntry::action)
            .toList());
  }

  @Test
  void everyInvalidFieldIsNamedInDutch() throws Exception {
    Map<String, Object> body = SubmissionClient.complete();
    body.put("wijk", "noord");
    body.put("title", "");
    body.put("description", "kort");
    body.put("category", "sport");
    body.put("location", "x".repeat(201));
    body.remove("name");
    body.put("email", "geen adres");
    body.put("ageGroup", "oud");
    body.put("consent", false);

    HttpResponse<String> response = client.postJson(body);
    JsonNode problem = JSON.readTree(response.body());

    assertEquals(400, response.statusCode());
    assertEquals(
        "application/problem+json",
        response.headers().firstValue("content-type").orElseThrow().split(";")[0]);
    List<String> fields = new ArrayList<>();
    problem
        .get("errors")
        .forEach(
            error -> {
              fields.add(error.get("field").asText());
              assertFalse(error.get("message").asText().isBlank());
            });
    assertEquals(
        List.of(
            "wijk",
            "title",
            "description",
            "category",
            "location",
            "name",
            "email",
            "ageGroup",
            "consent"),
        fields);
  }

  @Test
  void wrongContentTypeOversizeAndBrokenJsonAreRefused() throws Exception {
    HttpResponse<String> text =
        http.send(
            HttpRequest.newBuilder(host.baseUri().resolve("/api/ideas"))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("hallo"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    Map<String, Object> huge = SubmissionClient.complete();
    huge.put("description", "a".repeat(70_000));
    HttpResponse<String> broken =
        http.send(
            HttpRequest.newBuilder(host.baseUri().resolve("/api/ideas"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"title\": "))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertEquals(415, text.statusCode());
    // Again and again on the same connections: the refusal must reach a client still sending.
    for (int i = 0; i < 8; i++) {
      assertEquals(413, client.postJson(huge).statusCode());
    }
    assertEquals(400, broken.statusCode());
    assertEquals("Onleesbare gegevens", JSON.readTree(broken.body()).get("title").asText());
  }

  @Test
  void anotherSiteCannotPostButATrustedOneCan() throws Exception {
    HttpResponse<String> evil =
        client.postJson(SubmissionClient.complete(), "Origin", "https://evil.example");
    HttpResponse<String> crossSite =
        client.postJson(SubmissionClient.complete(), "Sec-Fetch-Site", "cross-site");
    HttpResponse<String> trusted =
        client.postJson(SubmissionClient.complete(), "Origin", "https://www.alkmaar.nl");

    assertEquals(403, evil.statusCode());
    assertEquals(403, crossSite.statusCode());
    assertEquals(201, trusted.statusCode());
  }

  @Test
  void statisticsCountEveryChannelAndWijkWithoutPersonalData() throws Exception {
    Map<String, Object> body = SubmissionClient.complete();
    body.put("wijk", "vroonermeer");
    client.postJson(body);

    JsonNode statistics = JSON.readTree(client.get("/api/statistics").body());

    assertTrue(statistics.get("total").asInt() >= 1);
    assertTrue(statistics.get("byWijk").get("vroonermeer").asInt() >= 1);
    assertTrue(statistics.get("byChannel").get("online").asInt() >= 1);
    assertTrue(statistics.get("byAgeGroup").get("65-plus").asInt() >= 1);
    assertFalse(statistics.toString().contains(SubmissionClient.EMAIL));
  }

  @Test
  void theHoneypotLooksAcceptedButStoresNothing() throws Exception {
    Map<String, Object> bot = SubmissionClient.complete();
    bot.put("website", "http://spam.example");
    bot.put("title", "Goedkope pillen kopen hier");

    HttpResponse<String> response = client.postJson(bot);
    String id = JSON.readTree(response.body()).get("id").asText();

    assertEquals(201, response.statusCode());
    assertTrue(WijkAanZet.runtime().ideas().find("alkmaar-2024", id).isEmpty());
  }

  @Test
  void scriptInEveryTextFieldIsStoredAsTextAndShownEscaped() throws Exception {
    String attack = "<script>alert('x')</script><img src=x onerror=alert(1)>";
    Map<String, Object> body = SubmissionClient.complete();
    body.put("wijk", "overdie");
    body.put("title", "Let op " + attack);
    body.put("description", "Beschrijving met " + attack + " erin, lang genoeg.");
    body.put("location", attack);
    String id = JSON.readTree(client.postJson(body).body()).get("id").asText();
    SubmissionClient.publish(id);

    String page = client.get("/wijk/overdie").body();
    JsonNode api = JSON.readTree(client.get("/api/ideas/" + id).body());

    assertFalse(page.contains("<script>alert"), "no live script in the page");
    assertFalse(page.contains("<img src=x"), "no live image in the page");
    assertTrue(page.contains("Let op &lt;script&gt;"));
    assertEquals("Let op " + attack, api.get("title").asText(), "stored unchanged, as text");
  }

  @Test
  void publishedPointsAppearInTheListAndApiWithoutPersonalData() throws Exception {
    Map<String, Object> body = SubmissionClient.complete();
    body.put("wijk", "west");
    body.put("title", "Fietspad langs het kanaal verbreden");
    body.put(
        "description",
        "Het fietspad langs het Noordhollandsch Kanaal is te smal voor twee fietsers naast elkaar.");
    String id = JSON.readTree(client.postJson(body).body()).get("id").asText();
    SubmissionClient.publish(id);

    JsonNode listed = null;
    for (JsonNode item : JSON.readTree(client.get("/api/ideas?wijk=west").body())) {
      if (item.get("id").asText().equals(id)) {
        listed = item;
      }
    }
    assertTrue(listed != null, "the published point is listed");
    assertEquals("Fietspad langs het kanaal verbreden", listed.get("title").asText());
    assertFalse(listed.has("channel"));
    assertFalse(listed.has("ageGroup"));
    assertTrue(client.get("/wijk/west").body().contains("Fietspad langs het kanaal verbreden"));

    JsonNode similar =
        JSON.readTree(
            client
                .get(
                    "/api/ideas/similar?wijk=west&text="
                        + URLEncoder.encode(
                            "breder fietspad bij het kanaal", StandardCharsets.UTF_8))
                .body());
    assertEquals(id, similar.get(0).get("id").asText());
    assertTrue(similar.get(0).get("score").asDouble() > 0.25);
    assertEquals(400, client.get("/api/ideas?wijk=noord").statusCode());
  }

  @Test
  void noPublicPageOrApiAnswerContainsASubmittersNameOrEmail() throws Exception {
    for (String wijk : List.of("centrum", "west", "overdie", "zuid")) {
      Map<String, Object> body = SubmissionClient.complete();
      body.put("wijk", wijk);
      SubmissionClient.publish(JSON.readTree(client.postJson(body).body()).get("id").asText());
    }
    List<String> paths =
        new ArrayList<>(List.of("/", "/en/", "/meedoen", "/api/campaign", "/api/wijken"));
    for (String wijk : List.of("centrum", "west", "overdie", "zuid")) {
      paths.add("/wijk/" + wijk);
      paths.add("/en/wijk/" + wijk);
      paths.add("/api/ideas?wijk=" + wijk);
      paths.add("/api/ideas/similar?wijk=" + wijk + "&text=bankjes%20kerkplein");
    }
    for (JsonNode idea : JSON.readTree(client.get("/api/ideas?wijk=centrum").body())) {
      paths.add("/api/ideas/" + idea.get("id").asText());
    }
    for (String path : paths) {
      String body = client.get(path).body();
      assertFalse(body.contains(SubmissionClient.NAME), path + " shows the name");
      assertFalse(body.contains("Zonnebloem"), path + " shows the surname");
      assertFalse(body.contains(SubmissionClient.EMAIL), path + " shows the e-mail address");
    }
  }
}
