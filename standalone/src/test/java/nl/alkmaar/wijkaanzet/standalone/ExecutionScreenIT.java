package nl.alkmaar.wijkaanzet.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.alkmaar.wijkaanzet.WijkAanZet;
import nl.alkmaar.wijkaanzet.WijkAanZetRuntime;
import nl.alkmaar.wijkaanzet.review.ReviewForm;
import nl.alkmaar.wijkaanzet.vote.VoteFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editors' execution screen and the public progress API on the real host. */
class ExecutionScreenIT {

  private static final String EDITOR = "redacteur1";
  private static final String WHY =
      "Dit past in de plannen voor de openbare ruimte van volgend jaar.";

  @TempDir Path data;

  @Test
  void anEditorMakesAMistakeThenPostsAnUpdateThatResidentsRead() throws Exception {
    ModeratorClient.addUser(data, EDITOR, "wijkaanzet-editor");
    ModeratorClient.addTo(data);
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
          .review(
              points.get(0),
              new ReviewForm("haalbaar", WHY, "1000", "kadernota", "", "Wijkteam"),
              "a");
      assertEquals(404, ModeratorClient.publicGet(host, "/api/progress?wijk=oudorp").statusCode());
    }
    try (StandaloneHost host = TestHosts.start(data, "2024-09-10T09:00:00Z")) {
      WijkAanZet.runtime().results().publish(EDITOR, Map.of(), null, true);
      ModeratorClient editor = ModeratorClient.logIn(host, EDITOR);
      HttpResponse<String> overview = editor.screen("/uitvoering/");
      assertEquals(200, overview.statusCode(), overview.body());
      assertTrue(overview.body().contains("Nog geen bericht"));
      String form = "/uitvoering/punt/" + points.get(0);
      String token = editor.formToken(form);
      String origin = host.baseUri().toString().replaceAll("/$", "");

      HttpResponse<String> wrong = post(editor, form, token, "", "32-13-2024", "kort", origin);
      assertEquals(400, wrong.statusCode());
      assertTrue(wrong.body().contains("href=\"#wz-veld-status\""));
      assertTrue(wrong.body().contains("href=\"#wz-veld-gepland\""));
      assertTrue(wrong.body().contains("Schrijf een bericht van minstens 10 tekens."));
      assertTrue(wrong.body().contains("value=\"32-13-2024\""), "what was typed stays");
      assertEquals(
          403,
          post(editor, form, token, "gepland", "", "Een goed bericht.", "http://evil.example")
              .statusCode());

      HttpResponse<String> saved =
          post(
              editor,
              form,
              token,
              "gepland",
              "15-10-2024",
              "De bankjes zijn besteld en komen in oktober.",
              origin);
      assertEquals(303, saved.statusCode(), saved.body());
      assertTrue(
          editor
              .screen(saved.headers().firstValue("Location").orElseThrow())
              .body()
              .contains("Het bericht over WAZ-OUDO-0000 is opgeslagen."));

      HttpResponse<String> api = ModeratorClient.publicGet(host, "/api/progress?wijk=oudorp");
      assertEquals(200, api.statusCode(), api.body());
      JsonNode point = ModeratorClient.json(api).get("points").get(0);
      assertEquals("gepland", point.get("status").asText());
      assertEquals("2024-10-15", point.get("planned").asText());
      assertEquals(
          "De bankjes zijn besteld en komen in oktober.",
          point.get("updates").get(0).get("text").asText());
      assertFalse(api.body().contains(EDITOR), "no author in public");
      JsonNode all = ModeratorClient.json(ModeratorClient.publicGet(host, "/api/progress"));
      assertEquals(
          9, all.get("wijken").size(), "every wijk of the results, also without a chosen point");
      for (JsonNode wijk : all.get("wijken")) {
        boolean oudorp = wijk.get("wijk").asText().equals("oudorp");
        assertEquals(oudorp ? 1 : 0, wijk.get("gepland").asInt(), wijk.toString());
        assertEquals(oudorp ? 1 : 0, wijk.get("chosen").asInt(), wijk.toString());
      }

      HttpResponse<String> page = ModeratorClient.publicGet(host, "/wijk/oudorp");
      assertTrue(
          page.body().contains("Zo gaat het in Oudorp"), "the progress component on the wijk page");
      assertTrue(page.body().contains("De bankjes zijn besteld en komen in oktober."));
      assertEquals(
          403,
          ModeratorClient.logIn(host).screen("/uitvoering/").statusCode(),
          "moderators do not");
    }
  }

  private static HttpResponse<String> post(
      ModeratorClient client,
      String path,
      String token,
      String status,
      String planned,
      String text,
      String origin)
      throws Exception {
    return client.submitForm(
        path,
        List.of(
            ScreensSession.field("token", token),
            ScreensSession.field("status", status),
            ScreensSession.field("gepland", planned),
            ScreensSession.field("tekst", text)),
        "Origin",
        origin);
  }
}
