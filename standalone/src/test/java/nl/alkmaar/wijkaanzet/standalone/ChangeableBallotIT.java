package nl.alkmaar.wijkaanzet.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.alkmaar.wijkaanzet.WijkAanZet;
import nl.alkmaar.wijkaanzet.campaign.CampaignFiles;
import nl.alkmaar.wijkaanzet.vote.VoteFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A campaign file with {@code ballotsChangeable: true} on the real host: the same code votes again
 * until voting closes, the answer says the ballot was changed, and only the last one counts.
 */
class ChangeableBallotIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();

  @TempDir Path data;

  @Test
  void theSameCodeChangesTheBallotAndTheWijkPageSaysSo() throws Exception {
    Path config = data.resolve("campagne.yaml");
    try (InputStream bundled = CampaignFiles.class.getResourceAsStream(CampaignFiles.BUNDLED)) {
      String yaml = new String(bundled.readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(yaml.contains("ballotsChangeable: false"), "the bundled file names the setting");
      Files.writeString(
          config, yaml.replace("ballotsChangeable: false", "ballotsChangeable: true"));
    }
    StandaloneOptions options =
        new StandaloneOptions(
            0,
            data,
            Optional.of(Instant.parse("2024-05-14T10:00:00Z")),
            Optional.of(config),
            Optional.empty(),
            Set.of(),
            TestHosts.GENEROUS_BURST,
            Optional.empty());
    try (StandaloneHost host = StandaloneHost.start(options)) {
      List<String> oudorp = VoteFixtures.publish(WijkAanZet.runtime(), "oudorp", 3);
      String code = WijkAanZet.runtime().voting().issueCodes("oudorp", 1).get(0);

      HttpResponse<String> first = post(host, oudorp.subList(0, 2), code);
      HttpResponse<String> second = post(host, oudorp.subList(2, 3), code);

      assertEquals(201, first.statusCode(), first.body());
      assertEquals(201, second.statusCode(), second.body());
      JsonNode before = JSON.readTree(first.body());
      JsonNode after = JSON.readTree(second.body());
      assertEquals(false, before.get("changed").asBoolean());
      assertEquals(true, after.get("changed").asBoolean());
      assertEquals(before.get("receipt").asText(), after.get("receipt").asText());
      JsonNode tally =
          JSON.readTree(
              http.send(
                      HttpRequest.newBuilder(host.baseUri().resolve("/api/tallies?wijk=oudorp"))
                          .build(),
                      HttpResponse.BodyHandlers.ofString())
                  .body());
      assertEquals(1, tally.get("ballots").asInt());
      for (JsonNode point : tally.get("points")) {
        int expected = point.get("id").asText().equals(oudorp.get(2)) ? 1 : 0;
        assertEquals(expected, point.get("votes").asInt(), point.toString());
      }
      String page =
          http.send(
                  HttpRequest.newBuilder(host.baseUri().resolve("/wijk/oudorp")).build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      assertTrue(page.contains("Stemt u nog een keer, dan telt alleen uw laatste stem."), page);
    }
  }

  private HttpResponse<String> post(StandaloneHost host, List<String> points, String code)
      throws Exception {
    String body = JSON.writeValueAsString(Map.of("wijk", "oudorp", "points", points, "code", code));
    return http.send(
        HttpRequest.newBuilder(host.baseUri().resolve("/api/ballots"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
