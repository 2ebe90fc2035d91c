package nl.alkmaar.wijkaanzet.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the cluster drills send to and read from the hosts. */
final class ClusterRequests {

  private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private ClusterRequests() {}

  /**
   * A ballot desk staff record for resident number {@code resident} (a demo address in Oudorp, a
   * birth date of their own), for one point.
   */
  static Map<String, Object> deskBallot(String point, int resident) {
    Map<String, Object> ballot = new LinkedHashMap<>();
    ballot.put("points", List.of(point));
    ballot.put("kanaal", "bibliotheek");
    ballot.put("postcode", "1815 AA");
    ballot.put("huisnummer", String.valueOf(1 + resident % 150));
    ballot.put("geboortedatum", LocalDate.of(1930, 1, 1).plusDays(resident).format(DUTCH_DATE));
    return ballot;
  }

  static HttpResponse<String> get(URI base, String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(10)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Oudorp's counts as the host shows them. */
  static JsonNode tally(URI base) throws Exception {
    return ModeratorClient.JSON.readTree(get(base, "/api/tallies?wijk=oudorp").body());
  }

  static HttpResponse<String> postJson(
      HttpClient client, URI base, String path, Map<String, Object> body) throws Exception {
    return client.send(
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofString(ModeratorClient.JSON.writeValueAsString(body)))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
