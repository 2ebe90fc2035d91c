package nl.alkmaar.wijkaanzet.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.alkmaar.wijkaanzet.WijkAanZet;
import nl.alkmaar.wijkaanzet.vote.VoteFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The e-mail method on the real host: a ballot with an address in the wijk waits for the link in
 * the mail (read from the host's mail folder); the link casts it once; a second request for the
 * same address gets the same answer, and its link finds the vote already cast.
 */
class EmailBallotIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern LINK = Pattern.compile("/stemmen/bevestigen\\?t=([A-Za-z0-9_-]+)");

  @TempDir Path data;
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void theLinkInTheMailCastsTheBallotOnce() throws Exception {
    try (StandaloneHost host = TestHosts.start(data, "2024-05-14T10:00:00Z")) {
      List<String> points = VoteFixtures.publish(WijkAanZet.runtime(), "oudorp", 3);
      Map<String, Object> ballot = new LinkedHashMap<>();
      ballot.put("wijk", "oudorp");
      ballot.put("points", List.of(points.get(0), points.get(2)));
      ballot.put("email", "Bewoner@Example.nl");
      ballot.put("postcode", "1815 ab");
      ballot.put("huisnummer", "21");

      HttpResponse<String> asked = post(host, "/api/ballots", ballot);
      assertEquals(202, asked.statusCode(), asked.body());
      assertEquals(
          0, WijkAanZet.runtime().voting().tally("oudorp").ballots(), "not before the link");
      String token = token(new MailFolder(data).await("Bewoner@Example.nl", "Bevestig uw stem", 1));

      HttpResponse<String> confirmed =
          post(host, "/api/ballots/bevestigen", Map.of("token", token));
      assertEquals(201, confirmed.statusCode(), confirmed.body());
      assertEquals(2, JSON.readTree(confirmed.body()).get("points").size());
      assertEquals(1, WijkAanZet.runtime().voting().tally("oudorp").ballots());

      HttpResponse<String> reused = post(host, "/api/ballots/bevestigen", Map.of("token", token));
      assertEquals(400, reused.statusCode());
      assertEquals(
          "token", JSON.readTree(reused.body()).get("errors").get(0).get("field").asText());

      ballot.put("email", "bewoner@example.nl ");
      HttpResponse<String> again = post(host, "/api/ballots", ballot);
      assertEquals(202, again.statusCode(), "the same answer: nothing said about the address");
      assertEquals(asked.body(), again.body());
      String second =
          token(new MailFolder(data).await("bewoner@example.nl", "Bevestig uw stem", 1));
      HttpResponse<String> twice = post(host, "/api/ballots/bevestigen", Map.of("token", second));
      assertEquals(409, twice.statusCode());
      assertEquals(1, WijkAanZet.runtime().voting().tally("oudorp").ballots());
    }
  }

  @Test
  void anAddressOutsideTheWijkOrABadFieldSendsNoMail() throws Exception {
    try (StandaloneHost host = TestHosts.start(data, "2024-05-14T10:00:00Z")) {
      List<String> points = VoteFixtures.publish(WijkAanZet.runtime(), "oudorp", 1);
      Map<String, Object> ballot = new LinkedHashMap<>();
      ballot.put("wijk", "oudorp");
      ballot.put("points", points);
      ballot.put("email", "iemand@example.nl");
      ballot.put("postcode", "1811AA");
      ballot.put("huisnummer", "5");

      HttpResponse<String> elsewhere = post(host, "/api/ballots", ballot);
      assertEquals(400, elsewhere.statusCode());
      JsonNode error = JSON.readTree(elsewhere.body()).get("errors").get(0);
      assertEquals("postcode", error.get("field").asText());
      assertTrue(error.get("message").asText().contains("niet in Oudorp"), error.toString());

      ballot.put("email", "geen-adres");
      ballot.put("postcode", "18");
      ballot.put("huisnummer", "x");
      JsonNode errors = JSON.readTree(post(host, "/api/ballots", ballot).body()).get("errors");
      assertEquals(3, errors.size(), errors.toString());
      assertEquals(List.of(), new MailFolder(data).to("iemand@example.nl"));
      HttpResponse<String> forged =
          post(
              host,
              "/api/ballots/bevestigen",
              Map.of("token", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"));
      assertEquals(400, forged.statusCode());
      assertFalse(forged.body().contains("AAAA"));
    }
  }

  private static String token(List<MimeMessage> mails) throws Exception {
    assertEquals(1, mails.size());
    String text = MailText.of(mails.get(0));
    assertFalse(text.contains("Punt 0"), "no title the resident chose is repeated in the mail");
    Matcher link = LINK.matcher(text);
    assertTrue(link.find(), text);
    return link.group(1);
  }

  private HttpResponse<String> post(StandaloneHost host, String path, Object body)
      throws Exception {
    return ModeratorClient.publicPostJson(host, path, body);
  }
}
