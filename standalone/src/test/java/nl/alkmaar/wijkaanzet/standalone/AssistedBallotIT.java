package nl.alkmaar.wijkaanzet.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.alkmaar.wijkaanzet.WijkAanZet;
import nl.alkmaar.wijkaanzet.vote.VoteFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Staff record a ballot for a resident they checked in person (demo address table: 1815AA is in
 * Oudorp); without the staff role the same post is refused and nothing is stored.
 */
class AssistedBallotIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path data;

  @Test
  void staffRecordABallotInPersonAndNobodyElseCan() throws Exception {
    ModeratorClient.addUser(data, "bibliotheek1", "wijkaanzet-staff");
    ModeratorClient.addTo(data);
    try (StandaloneHost host = TestHosts.start(data, "2024-05-14T10:00:00Z")) {
      List<String> points = VoteFixtures.publish(WijkAanZet.runtime(), "oudorp", 2);
      Map<String, Object> ballot = new LinkedHashMap<>();
      ballot.put("points", List.of(points.get(1)));
      ballot.put("kanaal", "bibliotheek");
      ballot.put("postcode", "1815 AA");
      ballot.put("huisnummer", "7");
      ballot.put("geboortedatum", "12-11-1948");

      HttpResponse<String> stranger = post(host, HttpClient.newHttpClient(), ballot);
      assertEquals(403, stranger.statusCode(), stranger.body());
      assertTrue(stranger.body().contains("stemcode uit uw brief"), stranger.body());
      HttpResponse<String> moderator = post(host, ModeratorClient.logIn(host).http(), ballot);
      assertEquals(403, moderator.statusCode(), "a moderator is no desk");
      assertEquals(0, WijkAanZet.runtime().voting().tally("oudorp").ballots());

      HttpClient staff = ModeratorClient.logIn(host, "bibliotheek1").http();
      HttpResponse<String> recorded = post(host, staff, ballot);
      assertEquals(201, recorded.statusCode(), recorded.body());
      assertEquals("oudorp", JSON.readTree(recorded.body()).get("wijk").asText());
      assertFalse(recorded.body().contains("1948"), "no personal data in the answer");
      HttpResponse<String> again = post(host, staff, ballot);
      assertEquals(409, again.statusCode());
      assertEquals(1, WijkAanZet.runtime().voting().tally("oudorp").ballots());
    }
  }

  private static HttpResponse<String> post(
      StandaloneHost host, HttpClient client, Map<String, Object> body) throws Exception {
    return client.send(
        HttpRequest.newBuilder(host.baseUri().resolve("/api/ballots"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
