package nl.alkmaar.wijkaanzet.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.alkmaar.wijkaanzet.WijkAanZet;
import nl.alkmaar.wijkaanzet.vote.VoteFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Before and after the voting window a valid ballot is refused with 409 and the dates. */
class VotingGateIT {

  @TempDir Path data;

  @Test
  void beforeAndAfterTheWindowABallotIsRefused() throws Exception {
    for (String moment : List.of("2024-05-12T21:00:00Z", "2024-05-27T08:00:00Z")) {
      try (StandaloneHost host = TestHosts.start(data, moment)) {
        List<String> points =
            moment.startsWith("2024-05-12")
                ? VoteFixtures.publish(WijkAanZet.runtime(), "oudorp", 1)
                : List.of("waz-oudo-0000");
        String code = WijkAanZet.runtime().voting().issueCodes("oudorp", 1).get(0);
        HttpResponse<String> response =
            HttpClient.newHttpClient()
                .send(
                    HttpRequest.newBuilder(host.baseUri().resolve("/api/ballots"))
                        .header("Content-Type", "application/json")
                        .POST(
                            HttpRequest.BodyPublishers.ofString(
                                new ObjectMapper()
                                    .writeValueAsString(
                                        Map.of("wijk", "oudorp", "points", points, "code", code))))
                        .build(),
                    HttpResponse.BodyHandlers.ofString());

        assertEquals(409, response.statusCode(), moment);
        assertTrue(response.body().contains("13 mei 2024 tot en met 26 mei 2024"), response.body());
      }
    }
  }
}
