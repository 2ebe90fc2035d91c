package nl.alkmaar.wijkaanzet.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * An editor added a begrip to the look-alike word list in the light module (docs/LOOKALIKES.md):
 * the host's look-alike API then finds a published point that shares only that meaning and a place
 * with what a resident types.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EditedWordListIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  private StandaloneHost host;
  private SubmissionClient client;

  @BeforeAll
  void start(@TempDir Path data, @TempDir Path lightModules) throws IOException {
    LightModulesCopy.into(lightModules);
    Files.writeString(
        lightModules.resolve("wijkaanzet/begrippen/begrippen.txt"),
        "\nzwerfkatten: kat katten poes poezen zwerfkat zwerfkatten\n",
        StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);
    host =
        StandaloneHost.start(
            new StandaloneOptions(
                0,
                data,
                Optional.of(Instant.parse("2024-04-10T12:00:00Z")),
                Optional.empty(),
                Optional.of(lightModules)));
    client = new SubmissionClient(host);
  }

  @AfterAll
  void stop() {
    host.close();
  }

  private List<String> lookAlikes(String wijk, String text) throws Exception {
    JsonNode found =
        JSON.readTree(
            client
                .get(
                    "/api/ideas/similar?wijk="
                        + wijk
                        + "&text="
                        + URLEncoder.encode(text, StandardCharsets.UTF_8))
                .body());
    List<String> ids = new ArrayList<>();
    found.forEach(match -> ids.add(match.get("id").asText()));
    return ids;
  }

  @Test
  void aBegripTheEditorAddedFindsAPointInOtherWords() throws Exception {
    String cats =
        publish("Zwerfkatten bij de Jumbo", "Achter de Jumbo leven steeds meer zwerfkatten.");
    String flowers =
        publish("Bloembakken aan de gevels", "Maak de Jumbostraat groener met bloemen.");

    assertEquals(List.of(cats), lookAlikes("west", "Poezen bij de Jumbo"));
    assertEquals(List.of(flowers), lookAlikes("west", "Meer bloemen en planten graag"));
  }

  private String publish(String title, String description) throws Exception {
    Map<String, Object> body = SubmissionClient.complete();
    body.put("wijk", "west");
    body.put("title", title);
    body.put("description", description);
    String id = JSON.readTree(client.postJson(body).body()).get("id").asText();
    SubmissionClient.publish(id);
    return id;
  }
}
