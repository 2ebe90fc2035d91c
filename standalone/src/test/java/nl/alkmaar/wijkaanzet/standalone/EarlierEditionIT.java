package nl.alkmaar.wijkaanzet.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.alkmaar.wijkaanzet.WijkAanZet;
import nl.alkmaar.wijkaanzet.WijkAanZetRuntime;
import nl.alkmaar.wijkaanzet.campaign.NextEdition;
import nl.alkmaar.wijkaanzet.execution.ProgressForm;
import nl.alkmaar.wijkaanzet.review.ReviewForm;
import nl.alkmaar.wijkaanzet.vote.VoteFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The host that ran the 2024 edition runs the 2025 edition from a new campaign file on the same
 * data: the API without {@code ?campagne=} is 2025, with {@code ?campagne=alkmaar-2024} last year's
 * results and progress as they were published; an unknown id is 404.
 */
class EarlierEditionIT {

  private static final String WHY =
      "Dit past in de plannen voor de openbare ruimte van volgend jaar.";

  @TempDir Path data;
  @TempDir Path files;

  @Test
  void lastYearStaysReadableBesideThisYear() throws Exception {
    ModeratorClient.addUser(data, "redacteur1", "wijkaanzet-editor");
    List<String> points;
    try (StandaloneHost host = TestHosts.start(data, "2024-05-14T10:00:00Z")) {
      WijkAanZetRuntime runtime = WijkAanZet.runtime();
      points = VoteFixtures.publish(runtime, "oudorp", List.of("Bankjes bij de vijver"));
      runtime
          .voting()
          .castWithCode(
              "oudorp", points, runtime.voting().issueCodes("oudorp", 1).get(0), "10.0.0.1");
      runtime
          .feasibility()
          .review(points.get(0), new ReviewForm("haalbaar", WHY, "900", "kadernota", "", "W"), "a");
    }
    try (StandaloneHost host = TestHosts.start(data, "2024-09-10T09:00:00Z")) {
      WijkAanZet.runtime().results().publish("redacteur1", Map.of(), null, true);
      WijkAanZet.runtime()
          .execution()
          .update(
              points.get(0),
              new ProgressForm("gepland", "15-10-2024", "De bankjes zijn besteld."),
              "redacteur1",
              -1);
    }
    try (StandaloneHost host = StandaloneHost.start(nextYear())) {
      assertEquals(404, ModeratorClient.publicGet(host, "/api/results").statusCode());
      JsonNode campaign = ModeratorClient.json(ModeratorClient.publicGet(host, "/api/campaign"));
      assertEquals("alkmaar-2025", campaign.get("id").asText());
      assertEquals("alkmaar-2024", campaign.get("editions").get(0).asText());

      HttpResponse<String> earlier =
          ModeratorClient.publicGet(host, "/api/results?campagne=alkmaar-2024&wijk=oudorp");
      assertEquals(200, earlier.statusCode(), earlier.body());
      JsonNode chosen = ModeratorClient.json(earlier).get("points").get(0);
      assertEquals("Bankjes bij de vijver", chosen.get("title").asText(), earlier.body());
      JsonNode progress =
          ModeratorClient.json(
              ModeratorClient.publicGet(host, "/api/progress?campagne=alkmaar-2024&wijk=oudorp"));
      assertEquals(
          "De bankjes zijn besteld.",
          progress.get("points").get(0).get("updates").get(0).get("text").asText());
      JsonNode last =
          ModeratorClient.json(
              ModeratorClient.publicGet(host, "/api/campaign?campagne=alkmaar-2024"));
      assertEquals("alkmaar-2024", last.get("id").asText());
      assertEquals("alkmaar-2025", last.get("editions").get(0).asText());

      // Last year's personal data can still be deleted after the host moved on.
      ModeratorClient editor = ModeratorClient.logIn(host, "redacteur1");
      HttpResponse<String> screen = editor.screen("/gegevens/?campagne=alkmaar-2024");
      assertEquals(200, screen.statusCode(), screen.body());
      assertTrue(screen.body().contains("Wat nu bewaard wordt van alkmaar-2024"), screen.body());
      assertTrue(screen.body().contains("<option value=\"alkmaar-2025\""), "the chooser");
      assertTrue(screen.body().contains("Verwijder het stemregister"), "2024 has its results");
      assertEquals(404, editor.screen("/gegevens/?campagne=alkmaar-1999").statusCode());

      HttpResponse<String> intoLastYear =
          java.net.http.HttpClient.newHttpClient()
              .send(
                  java.net.http.HttpRequest.newBuilder(
                          host.baseUri().resolve("/api/follow?campagne=alkmaar-2024"))
                      .header("Content-Type", "application/json")
                      .POST(
                          java.net.http.HttpRequest.BodyPublishers.ofString(
                              "{\"wijk\":\"oudorp\",\"email\":\"a@b.nl\"}"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertEquals(404, intoLastYear.statusCode(), "an earlier edition takes no writes");

      for (String unknown : List.of("alkmaar-2023", "..%2Falkmaar-2024", "%00")) {
        HttpResponse<String> answer =
            ModeratorClient.publicGet(host, "/api/results?campagne=" + unknown);
        assertEquals(404, answer.statusCode(), unknown);
        assertTrue(answer.body().contains("Deze campagne kennen we niet"), answer.body());
      }
    }
  }

  /** The bundled campaign a year later under its own id, as the host's --config. */
  private nl.alkmaar.wijkaanzet.standalone.StandaloneOptions nextYear() throws Exception {
    Path file = NextEdition.file(files);
    return new StandaloneOptions(
        0,
        data,
        Optional.of(Instant.parse("2025-04-10T10:00:00Z")),
        Optional.of(file),
        Optional.empty(),
        Set.of(),
        TestHosts.GENEROUS_BURST,
        Optional.empty());
  }
}
