package nl.alkmaar.wijkaanzet.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import nl.alkmaar.wijkaanzet.WijkAanZet;
import nl.alkmaar.wijkaanzet.vote.VoteFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editors' voting tools: letter codes as a CSV download, and the recount. */
class VoteAdminIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path data;

  @Test
  void anEditorDownloadsCodesThatVoteAndTheRecountAgrees() throws Exception {
    ModeratorClient.addUser(data, "redacteur1", "wijkaanzet-editor");
    ModeratorClient.addTo(data);
    try (StandaloneHost host = TestHosts.start(data, "2024-05-14T10:00:00Z")) {
      List<String> points = VoteFixtures.publish(WijkAanZet.runtime(), "oudorp", 2);
      HttpClient editor = ModeratorClient.logIn(host, "redacteur1").http();

      HttpResponse<String> csv = codes(host, editor, "{\"wijk\": \"oudorp\", \"aantal\": 3}");
      assertEquals(200, csv.statusCode(), csv.body());
      assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
      assertEquals(
          "attachment; filename=\"stemcodes-oudorp.csv\"",
          csv.headers().firstValue("Content-Disposition").orElse(""));
      List<String> lines = csv.body().lines().toList();
      assertEquals("wijk,code", lines.get(0));
      assertEquals(4, lines.size());
      String code = lines.get(1).split(",")[1];
      WijkAanZet.runtime().voting().castWithCode("oudorp", points, code, "127.0.0.1");

      HttpResponse<String> recount = get(host, editor, "/api/stemmen/hertelling");
      assertEquals(200, recount.statusCode(), recount.body());
      JsonNode body = JSON.readTree(recount.body());
      assertEquals(1, body.get("ballots").asInt());
      assertTrue(body.get("agrees").asBoolean());

      assertEquals(400, codes(host, editor, "{\"wijk\": \"oudorp\", \"aantal\": 0}").statusCode());
      assertEquals(400, codes(host, editor, "{\"wijk\": \"nergens\", \"aantal\": 2}").statusCode());
      HttpResponse<String> form =
          editor.send(
              HttpRequest.newBuilder(host.baseUri().resolve("/api/stemmen/codes"))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .header("Origin", host.baseUri().toString().replaceAll("/$", ""))
                  .POST(HttpRequest.BodyPublishers.ofString("wijk=oudorp&aantal=5"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(403, form.statusCode(), "a form, from wherever it came, makes no codes");

      HttpClient moderator = ModeratorClient.logIn(host).http();
      assertEquals(403, get(host, moderator, "/api/stemmen/hertelling").statusCode());
      HttpResponse<String> stranger =
          get(host, HttpClient.newHttpClient(), "/api/stemmen/hertelling");
      assertEquals(401, stranger.statusCode());
    }
  }

  private static HttpResponse<String> codes(StandaloneHost host, HttpClient client, String json)
      throws Exception {
    return client.send(
        HttpRequest.newBuilder(host.baseUri().resolve("/api/stemmen/codes"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> get(StandaloneHost host, HttpClient client, String path)
      throws Exception {
    return client.send(
        HttpRequest.newBuilder(host.baseUri().resolve(path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
