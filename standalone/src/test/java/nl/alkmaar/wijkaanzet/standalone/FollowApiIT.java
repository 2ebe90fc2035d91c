package nl.alkmaar.wijkaanzet.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import nl.alkmaar.wijkaanzet.WijkAanZet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Following a wijk through the API on the real host: the same 202 for every address, the link from
 * the mail folder confirms, field errors per field, no post from another site, and a script that
 * asks too often is slowed down. No answer names an address.
 */
class FollowApiIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern LINK = Pattern.compile("/volgen\\?bevestig=([A-Za-z0-9._-]+)");

  @TempDir Path data;
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void askConfirmWithTheMailsLinkAndBadInput() throws Exception {
    try (StandaloneHost host = TestHosts.start(data, "2024-05-14T10:00:00Z")) {
      HttpResponse<String> asked =
          post(host, "/api/follow", Map.of("wijk", "oudorp", "email", "buur@example.nl"));
      assertEquals(202, asked.statusCode(), asked.body());
      assertFalse(asked.body().contains("buur"), "the answer names no address");
      HttpResponse<String> again =
          post(host, "/api/follow", Map.of("wijk", "oudorp", "email", "BUUR@example.nl"));
      assertEquals(asked.body(), again.body(), "the same answer for an address asked before");

      List<MimeMessage> mails =
          new MailFolder(data).await("buur@example.nl", "Bevestig dat u berichten wilt", 1);
      Matcher link = LINK.matcher(MailText.of(mails.get(0)));
      assertTrue(link.find());
      assertEquals(0, WijkAanZet.runtime().following().counts().size(), "not before the link");

      HttpResponse<String> confirmed =
          post(host, "/api/follow/bevestigen", Map.of("t", link.group(1)));
      assertEquals(200, confirmed.statusCode(), confirmed.body());
      assertEquals("confirmed", JSON.readTree(confirmed.body()).get("status").asText());
      assertEquals(Map.of("oudorp", 1), WijkAanZet.runtime().following().counts());

      // The one-click stop a mail provider posts (RFC 8058): no cookie, no Origin, no form token.
      String stop =
          WijkAanZet.runtime()
              .following()
              .recipients("oudorp")
              .get(0)
              .oneClick()
              .replaceAll("^.*\\?t=", "");
      HttpResponse<String> oneClick =
          http.send(
              HttpRequest.newBuilder(host.baseUri().resolve("/api/follow/stoppen?t=" + stop))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(200, oneClick.statusCode(), oneClick.body());
      assertEquals(Map.of(), WijkAanZet.runtime().following().counts(), "stopped in one click");

      HttpResponse<String> forged =
          post(host, "/api/follow/bevestigen", Map.of("t", link.group(1) + "x"));
      assertEquals(410, forged.statusCode());
      assertEquals("unknown", JSON.readTree(forged.body()).get("status").asText());
      assertEquals(404, post(host, "/api/follow/anders", Map.of()).statusCode());

      HttpResponse<String> bad =
          post(host, "/api/follow", Map.of("wijk", "atlantis", "email", "geen adres"));
      assertEquals(400, bad.statusCode());
      assertTrue(bad.headers().firstValue("Content-Type").orElse("").contains("problem+json"));
      Set<String> fields =
          StreamSupport.stream(JSON.readTree(bad.body()).get("errors").spliterator(), false)
              .map(error -> error.get("field").asText())
              .collect(Collectors.toSet());
      assertEquals(Set.of("wijk", "email"), fields);
    }
  }

  @Test
  void anotherSitesPostAndAFloodAreRefused() throws Exception {
    try (StandaloneHost host =
        TestHosts.start(
            data, "2024-05-14T10:00:00Z", 10, java.util.Optional.empty(), java.util.Set.of())) {
      HttpResponse<String> crossSite =
          http.send(
              HttpRequest.newBuilder(host.baseUri().resolve("/api/follow"))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .header("Origin", "https://kwaadwillend.example")
                  .POST(HttpRequest.BodyPublishers.ofString("wijk=oudorp&email=a%40b.nl"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(403, crossSite.statusCode());

      int refused = 0;
      for (int i = 0; i < 15; i++) {
        HttpResponse<String> answer =
            post(host, "/api/follow", Map.of("wijk", "oudorp", "email", "iemand" + i + "@x.nl"));
        if (answer.statusCode() == 429) {
          refused++;
          JsonNode problem = JSON.readTree(answer.body());
          assertTrue(problem.get("detail").asText().startsWith("U heeft zich net"), answer.body());
          assertTrue(answer.headers().firstValue("Retry-After").isPresent());
        }
      }
      assertEquals(5, refused, "ten at once from one address, then slowed down");
    }
  }

  private HttpResponse<String> post(StandaloneHost host, String path, Object body)
      throws Exception {
    return ModeratorClient.publicPostJson(host, path, body);
  }
}
