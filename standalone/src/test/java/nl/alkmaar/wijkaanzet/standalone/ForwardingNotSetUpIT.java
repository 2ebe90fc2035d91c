package nl.alkmaar.wijkaanzet.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Without a forwarding channel the action is refused in Dutch and nothing changes. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ForwardingNotSetUpIT {

  private StandaloneHost host;

  @BeforeAll
  void start(@TempDir Path data) {
    ModeratorClient.addTo(data);
    host = TestHosts.start(data, ForwardingFixtures.CLOCK);
  }

  @AfterAll
  void stop() {
    if (host != null) {
      host.close();
    }
  }

  @Test
  void forwardingIsRefusedInDutchAndNothingChanges() throws Exception {
    ForwardingFixtures.Submitted point =
        ForwardingFixtures.submit(
            host,
            "Gat in de weg bij de rotonde",
            "Op de rotonde bij de Vondelstraat zit een diep gat in het asfalt. Gevaarlijk!",
            "j.smit@example.nl");
    ModeratorClient moderator = ModeratorClient.logIn(host);
    JsonNode before = moderator.point(point.id());
    ForwardingFixtures.await(
        () -> HostOutbox.all().size(), size -> size >= 1, "the confirmation is queued");
    int outboxBefore = HostOutbox.all().size();

    HttpResponse<String> refused =
        moderator.act(point.id(), "doorsturen", Map.of("version", before.get("version").asLong()));

    assertEquals(409, refused.statusCode(), refused.body());
    String detail = ModeratorClient.json(refused).get("detail").asText();
    assertTrue(detail.contains("niet ingesteld"), detail);
    assertTrue(detail.contains("Vraag de beheerder"), "tells whom to ask: " + detail);
    JsonNode after = moderator.point(point.id());
    assertEquals("INGEDIEND", after.get("status").asText());
    assertEquals(before.get("version").asLong(), after.get("version").asLong());
    assertEquals(outboxBefore, HostOutbox.all().size(), "nothing new in the outbox");
  }
}
