package nl.alkmaar.wijkaanzet.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Moderators publish and withdraw points over the API; everyone else is kept out. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModerationApiIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private StandaloneHost host;
  private Path data;

  @BeforeAll
  void start(@TempDir Path data) {
    this.data = data;
    ModeratorClient.addTo(data);
    ModeratorClient.addUser(data, "bus1", "wijkaanzet-staff");
    host = TestHosts.start(data, "2024-04-10T12:00:00Z");
  }

  @AfterAll
  void stop() {
    host.close();
  }

  /** A browser with its own cookies, logged in through the host's form login. */
  private HttpClient loggedIn(String name) throws Exception {
    return ModeratorClient.logIn(host, name).http();
  }

  private HttpResponse<String> send(HttpClient http, String method, String path, Object body)
      throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(host.baseUri().resolve(path));
    if (body == null) {
      request.GET();
    } else {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private String submit(String wijk, String title) throws Exception {
    Map<String, Object> point = SubmissionClient.complete();
    point.put("wijk", wijk);
    point.put("title", title);
    return JSON.readTree(send(HttpClient.newHttpClient(), "POST", "/api/ideas", point).body())
        .get("id")
        .asText();
  }

  @Test
  void aModeratorPublishesFromTheQueueAndThePointBecomesPublic() throws Exception {
    String id = submit("de-mare", "Zebrapad bij de basisschool");
    HttpClient moderator = loggedIn("moderator1");

    JsonNode queue =
        JSON.readTree(send(moderator, "GET", "/api/moderation/ideas?wijk=de-mare", null).body());
    JsonNode point = null;
    for (JsonNode item : queue) {
      if (item.get("id").asText().equals(id)) {
        point = item;
      }
    }
    assertTrue(point != null, "the new point is in the queue");
    assertEquals("INGEDIEND", point.get("status").asText());

    HttpResponse<String> published =
        send(
            moderator,
            "POST",
            "/api/moderation/ideas/" + id + "/publiceren",
            Map.of("version", point.get("version").asLong()));

    assertEquals(200, published.statusCode(), published.body());
    assertEquals("GEPUBLICEERD", JSON.readTree(published.body()).get("status").asText());
    assertEquals(
        200, send(HttpClient.newHttpClient(), "GET", "/api/ideas/" + id, null).statusCode());
  }

  @Test
  void anActionOnAStaleVersionOrAnIllegalOneChangesNothing() throws Exception {
    String id = submit("zuid", "Meer groen op het Victorieplein");
    HttpClient moderator = loggedIn("moderator1");
    send(moderator, "POST", "/api/moderation/ideas/" + id + "/publiceren", Map.of("version", 0));

    HttpResponse<String> stale =
        send(
            moderator,
            "POST",
            "/api/moderation/ideas/" + id + "/terugtrekken",
            Map.of("version", 0));
    HttpResponse<String> again =
        send(
            moderator, "POST", "/api/moderation/ideas/" + id + "/publiceren", Map.of("version", 1));

    assertEquals(409, stale.statusCode());
    assertTrue(
        JSON.readTree(stale.body())
            .get("detail")
            .asText()
            .startsWith("Iemand anders heeft dit punt net veranderd."));
    assertEquals(409, again.statusCode());
    assertEquals(
        "U kunt een punt met de status 'gepubliceerd' niet publiceren.",
        JSON.readTree(again.body()).get("detail").asText());
    JsonNode current =
        JSON.readTree(send(moderator, "GET", "/api/moderation/ideas/" + id, null).body());
    assertEquals("GEPUBLICEERD", current.get("status").asText());
    assertEquals(1, current.get("version").asLong());

    HttpResponse<String> withdrawn =
        send(
            moderator,
            "POST",
            "/api/moderation/ideas/" + id + "/terugtrekken",
            Map.of("version", 1));
    assertEquals("TERUGGETROKKEN", JSON.readTree(withdrawn.body()).get("status").asText());
    assertEquals(
        404, send(HttpClient.newHttpClient(), "GET", "/api/ideas/" + id, null).statusCode());
  }

  @Test
  void withoutLoginItIs401AndForStaffItIs403() throws Exception {
    String id = submit("west", "Prullenbak bij de bushalte");

    HttpResponse<String> anonymous =
        send(
            HttpClient.newHttpClient(),
            "POST",
            "/api/moderation/ideas/" + id + "/publiceren",
            Map.of("version", 0));
    HttpResponse<String> staff =
        send(
            loggedIn("bus1"),
            "POST",
            "/api/moderation/ideas/" + id + "/publiceren",
            Map.of("version", 0));
    HttpResponse<String> staffQueue =
        send(loggedIn("bus1"), "GET", "/api/moderation/ideas?wijk=west", null);

    assertEquals(401, anonymous.statusCode());
    assertEquals(403, staff.statusCode());
    assertEquals(403, staffQueue.statusCode());
    assertEquals(
        404,
        send(HttpClient.newHttpClient(), "GET", "/api/ideas/" + id, null).statusCode(),
        "still unpublished");
  }

  @Test
  void rejectingWithAReasonTellsTheSubmitterByMail() throws Exception {
    String id = submit("overdie", "Gratis parkeren in de hele stad");
    HttpClient moderator = loggedIn("moderator1");

    HttpResponse<String> rejected =
        send(
            moderator,
            "POST",
            "/api/moderation/ideas/" + id + "/afwijzen",
            Map.of(
                "version", 0,
                "reason", "niet-gemeente",
                "explanation", "Parkeertarieven stelt de gemeenteraad vast, niet deze campagne."));

    assertEquals(200, rejected.statusCode(), rejected.body());
    assertEquals("AFGEWEZEN", JSON.readTree(rejected.body()).get("status").asText());
    String mail = new MailFolder(data).awaitContaining("niet op de website gezet");
    assertTrue(
        mail.contains("De gemeente gaat hier niet over."), "the reason is in the mail:\n" + mail);
    assertTrue(mail.contains("Parkeertarieven stelt de gemeenteraad vast"), mail);
  }

  @Test
  void aResidentWhoUsedTheEnglishFormIsToldInEnglish() throws Exception {
    Map<String, Object> point = SubmissionClient.complete();
    point.put("wijk", "oudorp");
    point.put("title", "Free parking everywhere please");
    point.put("language", "en");
    String id =
        JSON.readTree(send(HttpClient.newHttpClient(), "POST", "/api/ideas", point).body())
            .get("id")
            .asText();
    HttpClient moderator = loggedIn("moderator1");

    HttpResponse<String> rejected =
        send(
            moderator,
            "POST",
            "/api/moderation/ideas/" + id + "/afwijzen",
            Map.of("version", 0, "reason", "niet-gemeente"));

    assertEquals(200, rejected.statusCode(), rejected.body());
    String reference = JSON.readTree(rejected.body()).get("reference").asText();
    String subject = "Subject: Your suggestion will not be published (" + reference + ")";
    assertTrue(new MailFolder(data).awaitContaining(subject).contains(subject));
  }

  @Test
  void aRejectionNeedsAKnownReasonAndAnExplanationForAnders() throws Exception {
    String id = submit("centrum", "Iets anders");
    HttpClient moderator = loggedIn("moderator1");

    HttpResponse<String> unknown =
        send(
            moderator,
            "POST",
            "/api/moderation/ideas/" + id + "/afwijzen",
            Map.of("version", 0, "reason", "zomaar"));
    HttpResponse<String> anders =
        send(
            moderator,
            "POST",
            "/api/moderation/ideas/" + id + "/afwijzen",
            Map.of("version", 0, "reason", "anders"));

    assertEquals(400, unknown.statusCode());
    assertEquals(
        "Kies een reden uit de lijst.",
        JSON.readTree(unknown.body()).get("errors").get(0).get("message").asText());
    assertEquals(400, anders.statusCode());
    assertEquals(
        "explanation", JSON.readTree(anders.body()).get("errors").get(0).get("field").asText());
    assertEquals(
        "INGEDIEND",
        JSON.readTree(send(moderator, "GET", "/api/moderation/ideas/" + id, null).body())
            .get("status")
            .asText(),
        "nothing changed");
  }
}
