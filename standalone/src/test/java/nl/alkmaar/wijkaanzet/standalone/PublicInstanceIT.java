package nl.alkmaar.wijkaanzet.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import nl.alkmaar.wijkaanzet.HostRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A host with the duties of a Magnolia public instance: residents submit; the moderation API and
 * screens answer as if they did not exist, even to a moderator who logs in there.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicInstanceIT {

  private StandaloneHost host;

  @BeforeAll
  void start(@TempDir Path data) {
    ModeratorClient.addTo(data);
    host =
        StandaloneHost.start(
            TestHosts.options(data, "2024-04-10T12:00:00Z").withRole(HostRole.PUBLIC));
  }

  @AfterAll
  void stop() {
    host.close();
  }

  @Test
  void residentsSubmit() throws Exception {
    assertFalse(new SubmissionClient(host).submitComplete().isEmpty());
  }

  @Test
  void theModerationApiIsNotHere() throws Exception {
    HttpResponse<String> queue =
        ModeratorClient.logIn(host).screen("/api/moderation/ideas?wijk=oudorp");

    assertEquals(404, queue.statusCode());
    assertTrue(
        queue
            .headers()
            .firstValue("content-type")
            .orElse("")
            .startsWith("application/problem+json"));
    assertTrue(queue.body().contains("beheeromgeving"), queue.body());
  }

  @Test
  void noMethodRevealsTheModerationApi() throws Exception {
    ModeratorClient moderator = ModeratorClient.logIn(host);
    for (String method : List.of("PUT", "DELETE", "PATCH")) {
      HttpResponse<String> answer =
          moderator
              .http()
              .send(
                  HttpRequest.newBuilder(host.baseUri().resolve("/api/moderation/ideas/x"))
                      .method(method, HttpRequest.BodyPublishers.noBody())
                      .build(),
                  HttpResponse.BodyHandlers.ofString());

      assertEquals(404, answer.statusCode(), method);
    }
  }

  @Test
  void theModerationScreensAreNotHere() throws Exception {
    HttpResponse<String> screen = ModeratorClient.logIn(host).screen("/moderatie/");

    assertEquals(404, screen.statusCode());
    assertTrue(screen.body().contains("beheeromgeving"), screen.body());
    assertFalse(screen.body().contains("Overdie"), "no queue shown");
  }
}
