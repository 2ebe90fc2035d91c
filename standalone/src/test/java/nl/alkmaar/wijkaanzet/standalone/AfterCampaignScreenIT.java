package nl.alkmaar.wijkaanzet.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/**
 * The screen for after the campaign on the real host: editors only, nothing without the tick or
 * from another site, and then the register goes while the public results stay.
 */
class AfterCampaignScreenIT {

  private static final String EDITOR = "redacteur1";
  private static final String WHY =
      "Dit past in de plannen voor de openbare ruimte van volgend jaar.";

  @TempDir Path data;

  @Test
  void anEditorDeletesTheRegisterAfterTheResults() throws Exception {
    ModeratorClient.addUser(data, EDITOR, "wijkaanzet-editor");
    ModeratorClient.addTo(data);
    try (StandaloneHost host = TestHosts.start(data, "2024-05-14T10:00:00Z")) {
      WijkAanZetRuntime runtime = WijkAanZet.runtime();
      List<String> points = VoteFixtures.publish(runtime, "oudorp", List.of("Bankjes"));
      runtime
          .voting()
          .castWithCode(
              "oudorp", points, runtime.voting().issueCodes("oudorp", 3).get(0), "10.0.0.1");
      runtime
          .feasibility()
          .review(
              points.get(0), new ReviewForm("haalbaar", WHY, "1000", "kadernota", "", "W"), "a");
      ModeratorClient editor = ModeratorClient.logIn(host, EDITOR);
      HttpResponse<String> during = editor.screen("/gegevens/");
      assertEquals(200, during.statusCode(), during.body());
      assertTrue(during.body().contains("Dit kan pas als de uitslag is gepubliceerd"));
      assertFalse(during.body().contains("Verwijder het stemregister"), "no button yet");
      assertEquals(403, ModeratorClient.logIn(host).screen("/gegevens/").statusCode());
    }
    try (StandaloneHost host = TestHosts.start(data, "2024-07-10T09:00:00Z")) {
      WijkAanZet.runtime().results().publish(EDITOR, Map.of(), null, true);
      ModeratorClient editor = ModeratorClient.logIn(host, EDITOR);
      String origin = host.baseUri().toString().replaceAll("/$", "");
      String token = editor.formToken("/gegevens/");

      HttpResponse<String> unticked = post(editor, "/gegevens/stemregister", token, "", origin);
      assertEquals(400, unticked.statusCode());
      assertTrue(unticked.body().contains("href=\"#wz-veld-register-zeker\""));
      assertEquals(3, WijkAanZet.runtime().voting().register().codes(), "nothing deleted");
      assertEquals(
          403,
          post(editor, "/gegevens/stemregister", token, "ja", "http://evil.example").statusCode());
      assertEquals(3, WijkAanZet.runtime().voting().register().codes());

      HttpResponse<String> done = post(editor, "/gegevens/stemregister", token, "ja", origin);
      assertEquals(303, done.statusCode(), done.body());
      String after = editor.screen(done.headers().firstValue("Location").orElseThrow()).body();
      assertTrue(after.contains("Het stemregister is verwijderd."), after);
      assertEquals(0, WijkAanZet.runtime().voting().register().total());
      HttpResponse<String> results = ModeratorClient.publicGet(host, "/api/results?wijk=oudorp");
      assertEquals(200, results.statusCode());
      assertEquals(1, ModeratorClient.json(results).get("ballots").asInt(), results.body());
    }
  }

  private static HttpResponse<String> post(
      ModeratorClient client, String path, String token, String tick, String origin)
      throws Exception {
    return client.submitForm(
        path,
        List.of(ScreensSession.field("token", token), ScreensSession.field("register-zeker", tick)),
        "Origin",
        origin);
  }
}
