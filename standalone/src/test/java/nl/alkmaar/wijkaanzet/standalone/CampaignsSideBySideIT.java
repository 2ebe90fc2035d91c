package nl.alkmaar.wijkaanzet.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.alkmaar.wijkaanzet.WijkAanZet;
import nl.alkmaar.wijkaanzet.WijkAanZetRuntime;
import nl.alkmaar.wijkaanzet.campaign.NextEdition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The wijk campaign and the village track on one host (--config twice): each takes its own points
 * through the API ({@code ?campagne=}) and its own pages ({@code /<id>/…}); a moderator switches
 * between them on the screens; neither sees the other's points.
 */
class CampaignsSideBySideIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String VILLAGES = "dorpen-2024";

  @TempDir Path data;
  @TempDir Path files;
  private final HttpClient http = HttpClient.newHttpClient();

  /** The bundled campaign as the main file, and a village track with two dorpen beside it. */
  private StandaloneOptions twoCampaigns() throws Exception {
    String yaml = NextEdition.bundledYaml();
    Path main = files.resolve("alkmaar-2024.yaml");
    Files.writeString(main, yaml);
    String wijken = yaml.substring(yaml.indexOf("wijken:"), yaml.indexOf("categories:"));
    Path villages = files.resolve("dorpen.yaml");
    Files.writeString(
        villages,
        yaml.replace("id: alkmaar-2024", "id: " + VILLAGES)
            .replace("title: Wij(k) aan zet!", "title: Dorpsagenda")
            .replace(
                wijken,
                "wijken:\n  - {id: schermerhorn, name: Schermerhorn}\n"
                    + "  - {id: grootschermer, name: Grootschermer}\n\n"));
    return new StandaloneOptions(
            0,
            data,
            Optional.of(Instant.parse("2024-04-10T10:00:00Z")),
            Optional.of(main),
            Optional.empty(),
            Set.of(),
            TestHosts.GENEROUS_BURST,
            Optional.empty())
        .withBeside(List.of(villages));
  }

  @Test
  void eachCampaignTakesItsOwnPointsPagesAndModeration() throws Exception {
    ModeratorClient.addTo(data);
    try (StandaloneHost host = StandaloneHost.start(twoCampaigns())) {
      JsonNode villages =
          ModeratorClient.json(
              ModeratorClient.publicGet(host, "/api/campaign?campagne=" + VILLAGES));
      assertEquals("Dorpsagenda", villages.get("title").asText());
      assertEquals(
          "alkmaar-2024",
          ModeratorClient.json(ModeratorClient.publicGet(host, "/api/campaign"))
              .get("id")
              .asText());

      Map<String, Object> idea = SubmissionClient.complete();
      idea.put("wijk", "schermerhorn");
      idea.put("title", "Een bankje bij de molen");
      HttpResponse<String> refused = post(host, "/api/ideas", idea);
      assertEquals(400, refused.statusCode(), "no Schermerhorn in the wijk campaign");
      HttpResponse<String> typo = post(host, "/api/ideas?campagne=dorpen-2042", idea);
      assertEquals(404, typo.statusCode(), "a campaign that does not exist takes nothing");
      assertTrue(typo.body().contains("Deze campagne kennen we niet"), typo.body());
      HttpResponse<String> sent = post(host, "/api/ideas?campagne=" + VILLAGES, idea);
      assertEquals(201, sent.statusCode(), sent.body());
      assertTrue(
          sent.headers().firstValue("Location").orElse("").endsWith("?campagne=" + VILLAGES),
          "its address names its campaign");
      String id = JSON.readTree(sent.body()).get("id").asText();

      ModeratorClient moderator = ModeratorClient.logIn(host);
      HttpResponse<String> main = moderator.screen("/moderatie/");
      assertTrue(main.body().contains("Oudorp"), "the wijk campaign first");
      assertTrue(main.body().contains("name=\"campagne\""), "a chooser with two campaigns");
      HttpResponse<String> switched = moderator.screen("/moderatie/?campagne=" + VILLAGES);
      assertTrue(switched.body().contains("Schermerhorn"), switched.body());
      assertFalse(switched.body().contains("Oudorp"));
      assertTrue(
          moderator.screen("/moderatie/").body().contains("Schermerhorn"),
          "the choice is kept for the session");

      HttpResponse<String> point =
          moderator.screen("/api/moderation/ideas/" + id + "?campagne=" + VILLAGES);
      assertEquals(200, point.statusCode(), point.body());
      long version = JSON.readTree(point.body()).get("version").asLong();
      assertEquals(
          404,
          moderator.screen("/api/moderation/ideas/" + id).statusCode(),
          "not a point of the wijk campaign");
      HttpResponse<String> published =
          moderator
              .http()
              .send(
                  HttpRequest.newBuilder(
                          host.baseUri()
                              .resolve(
                                  "/api/moderation/ideas/"
                                      + id
                                      + "/publiceren?campagne="
                                      + VILLAGES))
                      .header("Content-Type", "application/json")
                      .POST(HttpRequest.BodyPublishers.ofString("{\"version\": " + version + "}"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertEquals(200, published.statusCode(), published.body());

      JsonNode list =
          ModeratorClient.json(
              ModeratorClient.publicGet(host, "/api/ideas?wijk=schermerhorn&campagne=" + VILLAGES));
      assertEquals(1, list.size());
      assertEquals("Een bankje bij de molen", list.get(0).get("title").asText());
      assertEquals(
          400, ModeratorClient.publicGet(host, "/api/ideas?wijk=schermerhorn").statusCode());

      HttpResponse<String> page =
          ModeratorClient.publicGet(host, "/" + VILLAGES + "/wijk/schermerhorn");
      assertEquals(200, page.statusCode());
      assertTrue(page.body().contains("Een bankje bij de molen"), "its published point");
      assertTrue(
          page.body().contains("/api/ideas?campagne=" + VILLAGES),
          "its form posts to its own campaign");
      assertEquals(404, ModeratorClient.publicGet(host, "/wijk/schermerhorn").statusCode());
      HttpResponse<String> home = ModeratorClient.publicGet(host, "/" + VILLAGES + "/");
      assertTrue(
          home.body().contains("href=\"/" + VILLAGES + "/wijk/grootschermer\""),
          "links stay in the village track");

      // A follower of a dorp stops with one click: the address names the village track.
      WijkAanZetRuntime village = WijkAanZet.runtimes().find(VILLAGES).orElseThrow();
      HttpResponse<String> asked =
          post(
              host,
              "/api/follow?campagne=" + VILLAGES,
              Map.of("wijk", "schermerhorn", "email", "buur@example.nl"));
      assertEquals(202, asked.statusCode(), asked.body());
      String mail =
          MailText.of(
              new MailFolder(data)
                  .await("buur@example.nl", "Bevestig dat u berichten wilt", 1)
                  .get(0));
      String confirm =
          mail.substring(mail.indexOf("bevestig=") + "bevestig=".length()).split("\\s")[0];
      assertEquals(
          200,
          post(host, "/api/follow/bevestigen?campagne=" + VILLAGES, Map.of("t", confirm))
              .statusCode());
      String oneClick = village.following().recipients("schermerhorn").get(0).oneClick();
      assertTrue(oneClick.endsWith("&campagne=" + VILLAGES), oneClick);
      HttpResponse<String> stopped =
          http.send(
              HttpRequest.newBuilder(
                      host.baseUri().resolve(oneClick.substring(oneClick.indexOf("/api/"))))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(200, stopped.statusCode(), stopped.body());
      assertEquals(Map.of(), village.following().counts());
    }
  }

  private HttpResponse<String> post(StandaloneHost host, String path, Object body)
      throws Exception {
    return ModeratorClient.publicPostJson(host, path, body);
  }
}
