package nl.alkmaar.wijkaanzet.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * An editor broke the rejection mail in the light module. Rejecting then is a fault of the
 * installation: the moderator gets a 500 that says the action did not happen (never "not found"),
 * and the point is unchanged, so nothing is half done.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrokenMailTextIT {

  private StandaloneHost host;

  @BeforeAll
  void start(@TempDir Path data, @TempDir Path lightModules) throws IOException {
    LightModulesCopy.into(lightModules);
    Files.writeString(
        lightModules.resolve("wijkaanzet/mail/afgewezen_nl.ftl"),
        "[#ftl output_format=\"plainText\"]\nBeste inwoner, hier ontbreekt het onderwerp.\n",
        StandardCharsets.UTF_8);
    ModeratorClient.addTo(data);
    host =
        StandaloneHost.start(
            new StandaloneOptions(
                0,
                data,
                Optional.of(Instant.parse("2024-04-10T12:00:00Z")),
                Optional.empty(),
                Optional.of(lightModules)));
  }

  @AfterAll
  void stop() {
    host.close();
  }

  @Test
  void rejectingAnswers500AndChangesNothing() throws Exception {
    String id = new SubmissionClient(host).submitComplete();
    ModeratorClient moderator = ModeratorClient.logIn(host);

    HttpResponse<String> rejected =
        moderator.act(id, "afwijzen", Map.of("version", 0, "reason", "niet-gemeente"));

    assertEquals(500, rejected.statusCode(), rejected.body());
    assertTrue(
        rejected.headers().firstValue("content-type").orElse("").startsWith("application/problem"));
    assertFalse(rejected.body().contains("bestaat niet"), rejected.body());
    assertEquals("INGEDIEND", moderator.point(id).get("status").asText());
  }
}
