package nl.alkmaar.wijkaanzet.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole host on Derby and Jetty (port 0), called over HTTP as a browser or widget would. */
class StandaloneHostIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();

  @TempDir Path data;
  private StandaloneHost host;

  private StandaloneHost start(String clock, Optional<Path> config) {
    return StandaloneHost.start(
        new StandaloneOptions(
            0, data, Optional.of(Instant.parse(clock)), config, Optional.empty()));
  }

  @BeforeEach
  void startHost() {
    host = start("2024-04-10T12:00:00Z", Optional.empty());
  }

  @AfterEach
  void stopHost() {
    if (host != null) {
      host.close();
    }
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(host.baseUri().resolve(path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static void assertNoStackTrace(String body) {
    assertFalse(body.contains("Exception"), body);
    assertFalse(body.contains("\tat "), body);
    assertFalse(body.contains("at org."), body);
  }

  @Test
  void theCampaignPageHighlightsThePhaseOfTheClock() throws Exception {
    HttpResponse<String> page = get("/");

    assertEquals(200, page.statusCode());
    assertEquals(
        "text/html;charset=utf-8",
        page.headers().firstValue("content-type").orElseThrow().toLowerCase());
    String html = page.body();
    assertTrue(html.contains("<html lang=\"nl\">"));
    assertTrue(
        html.contains(
            "class=\"wz-timeline__phase wz-timeline__phase--current\" data-phase=\"meedenken\" aria-current=\"step\""),
        html);
    assertEquals(
        1, html.split("aria-current=\"step\"", -1).length - 1, "exactly one current phase");
    assertEquals(9, html.split("class=\"wz-wijken__item\"", -1).length - 1, "nine wijken");
    assertTrue(html.contains("Daalmeer/Koedijk"));
    assertTrue(html.contains("9.555 inwoners"));
  }

  @Test
  void theEnglishPageUsesTheEnglishBundle() throws Exception {
    String html = get("/en/").body();

    assertTrue(html.contains("<html lang=\"en\">"));
    assertTrue(html.contains("Happening now"));
    assertTrue(html.contains("9,555 residents"));
  }

  @Test
  void theApiDescribesTheCampaignAndItsWijken() throws Exception {
    HttpResponse<String> campaign = get("/api/campaign");
    JsonNode json = JSON.readTree(campaign.body());

    assertEquals(200, campaign.statusCode());
    assertEquals(
        "application/json",
        campaign.headers().firstValue("content-type").orElseThrow().split(";")[0]);
    assertEquals("meedenken", json.get("currentPhase").asText());
    assertEquals("2024-04-10", json.get("today").asText());
    assertEquals(7, json.get("phases").size());
    assertEquals("2024-04-01", json.get("phases").get(1).get("start").asText());
    assertEquals("current", json.get("phases").get(1).get("status").asText());
    assertEquals(3, json.get("rules").get("choicesPerBallot").asInt());
    assertEquals(6, json.get("categories").size());

    JsonNode wijken = JSON.readTree(get("/api/wijken").body());
    assertEquals(9, wijken.size());
    assertEquals(
        List.of("centrum", "WK036108", "9555"),
        List.of(
            wijken.get(0).get("id").asText(),
            wijken.get(0).get("cbsCode").asText(),
            wijken.get(0).get("residents").asText()));
  }

  @Test
  void anUnsupportedMethodIsAProblemJson() throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(host.baseUri().resolve("/api/campaign")).DELETE().build(),
            HttpResponse.BodyHandlers.ofString());

    assertEquals(405, response.statusCode());
    assertEquals(
        "application/problem+json",
        response.headers().firstValue("content-type").orElseThrow().split(";")[0]);
    assertEquals("Dit kan hier niet", JSON.readTree(response.body()).get("title").asText());
  }

  @Test
  void anUnknownApiAddressIsAProblemJson404() throws Exception {
    HttpResponse<String> response = get("/api/bestaat-niet");

    assertEquals(404, response.statusCode());
    assertEquals(
        "application/problem+json",
        response.headers().firstValue("content-type").orElseThrow().split(";")[0]);
    assertEquals("Niet gevonden", JSON.readTree(response.body()).get("title").asText());
  }

  @Test
  void anUnknownAddressGetsAFriendlyDutchPage() throws Exception {
    HttpResponse<String> response = get("/bestaat-niet");

    assertEquals(404, response.statusCode());
    assertTrue(response.body().contains("<html lang=\"nl\">"));
    assertTrue(response.body().contains("Pagina niet gevonden"));
    assertNoStackTrace(response.body());
  }

  @Test
  void requestsJettyRefusesItselfGetAPlainDutchPage() throws Exception {
    // Jetty closes the connection after a 400; a fresh client keeps the next request off it.
    HttpResponse<String> badPath = get("/%2e%2e/%2e%2e/etc/passwd");
    HttpResponse<String> post =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(host.baseUri().resolve("/"))
                    .POST(HttpRequest.BodyPublishers.ofString("x"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertEquals(400, badPath.statusCode());
    assertTrue(badPath.body().contains("lang=\"nl\""), badPath.body());
    assertNoStackTrace(badPath.body());
    assertEquals(405, post.statusCode());
    assertNoStackTrace(post.body());
  }

  @Test
  void theThemeIsServedButTemplatesAreNot() throws Exception {
    HttpResponse<String> template = get("/.resources/wijkaanzet/templates/pages/campaign.ftl");
    HttpResponse<String> climbing =
        get("/.resources/wijkaanzet/webresources/../templates/pages/campaign.yaml");

    assertEquals(404, template.statusCode());
    assertTrue(
        climbing.statusCode() == 404 || climbing.statusCode() == 400,
        "status " + climbing.statusCode());
  }

  @Test
  void securityHeadersAreOnEveryAnswer() throws Exception {
    for (String path :
        List.of(
            "/",
            "/api/campaign",
            "/bestaat-niet",
            "/medewerker/idee-invoeren",
            "/api/moderation/x")) {
      HttpResponse<String> response = get(path);
      assertEquals(
          "nosniff", response.headers().firstValue("x-content-type-options").orElse(""), path);
      assertTrue(
          response
              .headers()
              .firstValue("content-security-policy")
              .orElse("")
              .contains("default-src 'self'"),
          path);
    }
  }

  @Test
  void healthAnswersWhenReady() throws Exception {
    HttpResponse<String> health = get("/health");

    assertEquals(200, health.statusCode());
    assertEquals("ok", JSON.readTree(health.body()).get("status").asText());
  }

  @Test
  void dataSurvivesARestartAndTheClockMovesThePhase() throws Exception {
    host.close();
    assertFalse(
        Files.exists(data.resolve("repository/.lock")), "the repository was closed cleanly");
    host = start("2024-05-20T12:00:00Z", Optional.empty());

    assertTrue(get("/").body().contains("data-phase=\"meebeslissen\" aria-current=\"step\""));
    assertTrue(Files.isDirectory(data.resolve("repository/workspaces/wijkaanzet")));
  }

  @Test
  void anEditedConfigurationReplacesTheStoredOneOnTheNextStart() throws Exception {
    host.close();
    host = null;
    Path config = data.resolve("campaign.yaml");
    try (var in =
        StandaloneHostIT.class.getResourceAsStream(
            "/nl/alkmaar/wijkaanzet/campaign/alkmaar-2024.yaml")) {
      Files.writeString(
          config,
          new String(in.readAllBytes())
              .replace("title: Wij(k) aan zet!", "title: Wij(k) aan zet! 2025"));
    }
    host = start("2024-04-10T12:00:00Z", Optional.of(config));

    assertEquals(
        "Wij(k) aan zet! 2025", JSON.readTree(get("/api/campaign").body()).get("title").asText());
  }

  @Test
  void aBadConfigurationStopsTheStartBeforeTheDataIsTouched(@TempDir Path other) throws Exception {
    Path config = other.resolve("fout.yaml");
    Files.writeString(config, "id: x\ntitle: x\n");
    Path untouched = other.resolve("data");

    var error =
        org.junit.jupiter.api.Assertions.assertThrows(
            nl.alkmaar.wijkaanzet.campaign.ConfigException.class,
            () ->
                StandaloneHost.start(
                    new StandaloneOptions(
                        0, untouched, Optional.empty(), Optional.of(config), Optional.empty())));

    assertTrue(error.getMessage().contains(config + ": veld 'phases'"), error.getMessage());
    assertFalse(Files.exists(untouched));
  }

  @Test
  void aSecondHostOnTheSameDataFolderIsRefusedWithAClearMessage() {
    var error =
        org.junit.jupiter.api.Assertions.assertThrows(
            StartupException.class,
            () ->
                StandaloneHost.start(
                    new StandaloneOptions(
                        0, data, Optional.empty(), Optional.empty(), Optional.empty())));

    assertTrue(
        error.getMessage().contains("Draait er al een andere Wij(k) aan zet! met deze map?"),
        error.getMessage());
  }
}
