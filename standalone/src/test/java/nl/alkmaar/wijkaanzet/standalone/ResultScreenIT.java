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

/**
 * The editors' results screen and the public results API on the real host: nothing public before
 * publication, a tie the editor must decide, points without a verdict to confirm, then the API.
 */
class ResultScreenIT {

  private static final String EDITOR = "redacteur1";
  private static final String WHY =
      "Dit past in de plannen voor de openbare ruimte van volgend jaar.";

  @TempDir Path data;

  @Test
  void anEditorDecidesATieConfirmsMissingVerdictsAndPublishes() throws Exception {
    ModeratorClient.addUser(data, EDITOR, "wijkaanzet-editor");
    List<String> points;
    try (StandaloneHost host = TestHosts.start(data, "2024-05-14T10:00:00Z")) {
      WijkAanZetRuntime runtime = WijkAanZet.runtime();
      points = VoteFixtures.publish(runtime, "oudorp", 5);
      List<String> codes = runtime.voting().issueCodes("oudorp", 2);
      // 2, 2, 1, 1 votes and one point without votes: points 2 and 3 tie for the third place.
      runtime.voting().castWithCode("oudorp", points.subList(0, 3), codes.get(0), "10.0.0.1");
      runtime
          .voting()
          .castWithCode(
              "oudorp",
              List.of(points.get(0), points.get(1), points.get(3)),
              codes.get(1),
              "10.0.0.2");
      for (int i = 0; i < 4; i++) {
        runtime
            .feasibility()
            .review(
                points.get(i),
                new ReviewForm("haalbaar", WHY, "1000", "kadernota", "", "Wijkteam"),
                "ambtenaar1");
      }
    }
    try (StandaloneHost host = TestHosts.start(data, "2024-07-01T09:00:00Z")) {
      assertEquals(404, ModeratorClient.publicGet(host, "/api/results?wijk=oudorp").statusCode());
      assertEquals(404, ModeratorClient.publicGet(host, "/api/results").statusCode());
      assertEquals(400, ModeratorClient.publicGet(host, "/api/results?wijk=atlantis").statusCode());
      ModeratorClient editor = ModeratorClient.logIn(host, EDITOR);
      HttpResponse<String> screen = editor.screen("/uitslag/");
      assertEquals(200, screen.statusCode(), screen.body());
      assertTrue(screen.body().contains("Nog niet gepubliceerd."));
      assertTrue(
          screen.body().contains("Gelijk aantal stemmen in Oudorp: kies 1 punt"), screen.body());
      String token = editor.formToken("/uitslag/");
      String stand = field(screen.body(), "stand");
      String origin = host.baseUri().toString().replaceAll("/$", "");

      HttpResponse<String> tie = publish(editor, token, stand, origin, List.of());
      assertEquals(409, tie.statusCode());
      assertTrue(tie.body().contains("De uitslag is niet gepubliceerd"));
      assertTrue(
          tie.body()
              .contains("In Oudorp hebben 2 punten evenveel stemmen voor de laatste plaats."));
      assertEquals(404, ModeratorClient.publicGet(host, "/api/results?wijk=oudorp").statusCode());

      HttpResponse<String> unconfirmed =
          publish(
              editor,
              token,
              stand,
              origin,
              List.of(ScreensSession.field("gelijk-oudorp", points.get(3))));
      assertEquals(400, unconfirmed.statusCode());
      assertTrue(unconfirmed.body().contains("1 punt heeft nog geen oordeel"), unconfirmed.body());
      assertTrue(unconfirmed.body().contains("Punten zonder oordeel"));
      assertTrue(
          unconfirmed.body().contains("value=\"" + points.get(3) + "\" checked"),
          "the choice stays");
      assertEquals(404, ModeratorClient.publicGet(host, "/api/results").statusCode());

      HttpResponse<String> done =
          publish(
              editor,
              token,
              stand,
              origin,
              List.of(
                  ScreensSession.field("gelijk-oudorp", points.get(3)),
                  ScreensSession.field("toch", "ja")));
      assertEquals(303, done.statusCode(), done.body());
      assertTrue(
          editor
              .screen("/uitslag/?gepubliceerd=ja")
              .body()
              .contains("De uitslag is gepubliceerd."));

      HttpResponse<String> api = ModeratorClient.publicGet(host, "/api/results?wijk=oudorp");
      assertEquals(200, api.statusCode(), api.body());
      JsonNode oudorp = ModeratorClient.json(api);
      assertEquals(2, oudorp.get("ballots").asInt());
      JsonNode ranked = oudorp.get("points");
      assertEquals(5, ranked.size());
      assertEquals(points.get(0), ranked.get(0).get("id").asText());
      assertTrue(ranked.get(0).get("chosen").asBoolean());
      assertEquals("Haalbaar", ranked.get(0).get("verdictLabel").asText());
      assertEquals(WHY, ranked.get(0).get("motivation").asText());
      assertEquals(3, ranked.get(2).get("rank").asInt());
      assertEquals(3, ranked.get(3).get("rank").asInt());
      assertEquals(points.get(3), chosenAtThird(ranked));
      assertFalse(api.body().contains("ambtenaar1"), "no reviewer in public");
      assertFalse(api.body().contains(EDITOR), "no editor in public");
      assertFalse(api.body().contains("Inwoner"), "no submitter in public");
      JsonNode all = ModeratorClient.json(ModeratorClient.publicGet(host, "/api/results"));
      JsonNode oudorpRow = find(all.get("wijken"), "oudorp");
      assertEquals(3, oudorpRow.get("chosen").size());
      assertTrue(oudorpRow.get("turnoutPercent").isNumber());
    }
  }

  @Test
  void onlyEditorsPublishAndOnlyFromTheirOwnScreen() throws Exception {
    ModeratorClient.addUser(data, "beoordelaar1", "wijkaanzet-reviewer");
    ModeratorClient.addUser(data, EDITOR, "wijkaanzet-editor");
    ModeratorClient.addTo(data);
    try (StandaloneHost host = TestHosts.start(data, "2024-07-01T09:00:00Z")) {
      ModeratorClient editor = ModeratorClient.logIn(host, EDITOR);
      HttpResponse<String> screen = editor.screen("/uitslag/");
      String token = editor.formToken("/uitslag/");
      String stand = field(screen.body(), "stand");
      String origin = host.baseUri().toString().replaceAll("/$", "");
      List<Map.Entry<String, String>> confirm = List.of(ScreensSession.field("toch", "ja"));
      assertEquals(403, publish(editor, "", stand, origin, confirm).statusCode(), "no token");
      assertEquals(403, publish(editor, token, stand, "http://evil.example", confirm).statusCode());
      assertEquals(404, ModeratorClient.publicGet(host, "/api/results").statusCode());
      HttpResponse<String> garbled =
          editor
              .http()
              .send(
                  java.net.http.HttpRequest.newBuilder(
                          host.baseUri().resolve("/uitslag/publiceren"))
                      .header("Content-Type", "application/x-www-form-urlencoded")
                      .header("Origin", origin)
                      .POST(java.net.http.HttpRequest.BodyPublishers.ofString("%zz=&toch=%ff%fe"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertEquals(400, garbled.statusCode(), "a page that says so, not a 500");
      assertTrue(garbled.body().contains("Onleesbaar formulier"));
      assertEquals(404, ModeratorClient.publicGet(host, "/api/results").statusCode());
      assertEquals(
          303, publish(editor, token, stand, origin, confirm).statusCode(), "and now it works");
      assertEquals(200, ModeratorClient.publicGet(host, "/api/results").statusCode());

      assertEquals(403, ModeratorClient.logIn(host).screen("/uitslag/").statusCode());
      assertEquals(
          403, ModeratorClient.logIn(host, "beoordelaar1").screen("/uitslag/").statusCode());
    }
  }

  private static String chosenAtThird(JsonNode ranked) {
    for (JsonNode point : ranked) {
      if (point.get("rank").asInt() == 3 && point.get("chosen").asBoolean()) {
        return point.get("id").asText();
      }
    }
    return null;
  }

  private static JsonNode find(JsonNode wijken, String id) {
    for (JsonNode wijk : wijken) {
      if (wijk.get("wijk").asText().equals(id)) {
        return wijk;
      }
    }
    throw new AssertionError("no " + id + " in " + wijken);
  }

  /** The value of a hidden field of the page. */
  private static String field(String page, String name) {
    java.util.regex.Matcher value =
        java.util.regex.Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(page);
    assertTrue(value.find(), "no field " + name);
    return value.group(1);
  }

  private static HttpResponse<String> publish(
      ModeratorClient client,
      String token,
      String stand,
      String origin,
      List<Map.Entry<String, String>> fields)
      throws Exception {
    List<Map.Entry<String, String>> all = new java.util.ArrayList<>();
    all.add(ScreensSession.field("token", token));
    all.add(ScreensSession.field("stand", stand));
    all.addAll(fields);
    return client.submitForm("/uitslag/publiceren", all, "Origin", origin);
  }
}
