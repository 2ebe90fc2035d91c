package nl.alkmaar.wijkaanzet.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import nl.alkmaar.wijkaanzet.WijkAanZet;
import nl.alkmaar.wijkaanzet.vote.VoteFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editors' voting screen (HTML forms): letter codes per wijk, the download, the recount. */
class VoteScreenIT {

  private static final String EDITOR = "redacteur1";

  @TempDir Path data;

  @Test
  void anEditorMistypesTheNumberThenDownloadsCodesThatVoteAndTheRecountAgrees() throws Exception {
    ModeratorClient.addUser(data, EDITOR, "wijkaanzet-editor");
    try (StandaloneHost host = TestHosts.start(data, "2024-05-14T10:00:00Z")) {
      List<String> points = VoteFixtures.publish(WijkAanZet.runtime(), "oudorp", 2);
      ModeratorClient editor = ModeratorClient.logIn(host, EDITOR);
      String origin = origin(host);

      HttpResponse<String> start = editor.screen("/stembeheer/");
      assertEquals(200, start.statusCode(), start.body());
      assertTrue(start.body().contains("<title>Stemmen beheren - Stemmen"), start.body());
      assertTrue(row(start.body(), "Oudorp", 0, 0), "no codes, no ballots yet");
      String token = editor.formToken("/stembeheer/");

      HttpResponse<String> typo = make(editor, token, "oudorp", "twee", origin);
      assertEquals(400, typo.statusCode());
      assertTrue(typo.body().contains("<title>Fout: Stemmen beheren"), "the title says so");
      assertTrue(
          typo.body().contains("Vul een heel getal in van 1 tot en met 200.000."), typo.body());
      assertTrue(typo.body().contains("href=\"#wz-veld-aantal\""), "the summary links the field");
      assertTrue(typo.body().contains("value=\"twee\""), "what was typed stays");
      assertTrue(typo.body().contains("<option value=\"oudorp\" selected>"), "and the wijk");
      assertEquals(Map.of(), WijkAanZet.runtime().voting().issuedCodes(), "nothing was made");
      HttpResponse<String> empty = make(editor, token, "", "", origin);
      assertEquals(400, empty.statusCode());
      assertTrue(empty.body().contains("Kies de wijk waarvoor u stemcodes maakt."), "both faults");
      assertTrue(empty.body().contains("href=\"#wz-veld-wijk\""), "each linked from the summary");
      assertTrue(empty.body().contains("href=\"#wz-veld-aantal\""));

      HttpResponse<String> csv = make(editor, token, "oudorp", " 3 ", origin);
      assertEquals(200, csv.statusCode(), csv.body());
      assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
      assertEquals("no-store", csv.headers().firstValue("Cache-Control").orElse(""));
      List<String> lines = csv.body().lines().toList();
      assertEquals(List.of("wijk,code"), lines.subList(0, 1));
      assertEquals(4, lines.size());
      String code = lines.get(2).split(",")[1];
      WijkAanZet.runtime().voting().castWithCode("oudorp", points, code, "127.0.0.1");

      HttpResponse<String> after = editor.screen("/stembeheer/");
      assertTrue(row(after.body(), "Oudorp", 3, 1), after.body());
      HttpResponse<String> recount = editor.screen("/stembeheer/?hertellen=ja");
      assertEquals(200, recount.statusCode());
      assertTrue(
          recount.body().contains("Opnieuw geteld: 1 stem. De tellingen kloppen."), recount.body());
      HttpResponse<String> unreadable = editor.screen("/stembeheer/?hertellen=%00%ff");
      assertEquals(400, unreadable.statusCode(), "not a fault of ours: no 500");
      assertTrue(unreadable.body().contains("Onleesbaar adres"));
    }
  }

  @Test
  void onlyAnEditorWithTheScreensOwnTokenMakesCodes() throws Exception {
    ModeratorClient.addUser(data, EDITOR, "wijkaanzet-editor");
    ModeratorClient.addTo(data);
    try (StandaloneHost host = TestHosts.start(data, "2024-05-14T10:00:00Z")) {
      ModeratorClient editor = ModeratorClient.logIn(host, EDITOR);
      String token = editor.formToken("/stembeheer/");

      assertEquals(403, make(editor, "", "oudorp", "3", origin(host)).statusCode());
      assertEquals(403, make(editor, token, "oudorp", "3", "http://evil.example").statusCode());
      ModeratorClient moderator = ModeratorClient.logIn(host);
      assertEquals(403, moderator.screen("/stembeheer/").statusCode());
      assertEquals(403, make(moderator, token, "oudorp", "3", origin(host)).statusCode());
      assertEquals(Map.of(), WijkAanZet.runtime().voting().issuedCodes());

      HttpResponse<String> stranger =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(host.baseUri().resolve("/stembeheer/")).build(),
                  HttpResponse.BodyHandlers.ofString());
      assertTrue(stranger.statusCode() == 302 || stranger.statusCode() == 303, "to the login");
      assertTrue(
          stranger
              .headers()
              .firstValue("Location")
              .orElse("")
              .endsWith("/inloggen?terug=%2Fstembeheer%2F"),
          "to the login page, and back here after it");
    }
  }

  private static HttpResponse<String> make(
      ModeratorClient client, String token, String wijk, String count, String origin)
      throws Exception {
    return client.submitForm(
        "/stembeheer/codes",
        List.of(
            ScreensSession.field("token", token),
            ScreensSession.field("wijk", wijk),
            ScreensSession.field("aantal", count)),
        "Origin",
        origin);
  }

  private static String origin(StandaloneHost host) {
    return host.baseUri().toString().replaceAll("/$", "");
  }

  /** Whether the table has the wijk's row with these numbers of codes and ballots. */
  private static boolean row(String page, String wijk, int codes, int ballots) {
    return Pattern.compile(
            "<th scope=\"row\">"
                + wijk
                + "</th>\\s*<td class=\"wz-table__number\">"
                + codes
                + "</td>\\s*<td class=\"wz-table__number\">"
                + ballots
                + "</td>")
        .matcher(page)
        .find();
  }
}
