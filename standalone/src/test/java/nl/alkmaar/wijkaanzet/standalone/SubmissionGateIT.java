package nl.alkmaar.wijkaanzet.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The phase gate and the rate limit, each on a host set up for it. */
class SubmissionGateIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();
  @TempDir Path data;
  private StandaloneHost host;

  @AfterEach
  void stop() {
    host.close();
  }

  private void start(String clock, int burst) {
    host = TestHosts.start(data, clock, burst, Optional.empty(), Set.of());
  }

  private HttpResponse<String> submit() throws Exception {
    return http.send(
        HttpRequest.newBuilder(host.baseUri().resolve("/api/ideas"))
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    JSON.writeValueAsString(SubmissionClient.complete())))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void outsideTheSubmissionWindowNothingIsAcceptedAndThePageSaysWhen() throws Exception {
    start("2024-05-20T12:00:00Z", 10);

    HttpResponse<String> response = submit();

    assertEquals(409, response.statusCode());
    assertTrue(
        JSON.readTree(response.body())
            .get("detail")
            .asText()
            .startsWith("U kunt geen idee meer insturen."));
    String page =
        http.send(
                HttpRequest.newBuilder(host.baseUri().resolve("/meedoen")).build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    assertTrue(page.contains("wz-submit__closed"));
    assertTrue(!page.contains("<form class=\"wz-form\""), "no form while closed");
  }

  @Test
  void tooManySubmissionsFromOneAddressAreSlowedDown() throws Exception {
    start("2024-04-10T12:00:00Z", 2);

    assertEquals(201, submit().statusCode());
    assertEquals(201, submit().statusCode());
    HttpResponse<String> third = submit();

    assertEquals(429, third.statusCode());
    assertEquals("180", third.headers().firstValue("retry-after").orElseThrow());
    assertEquals("Even wachten", JSON.readTree(third.body()).get("title").asText());

    SubmissionClient resident = new SubmissionClient(host);
    HttpResponse<String> form =
        resident.postForm(
            java.util.Map.of(
                "token", resident.formToken("/meedoen"),
                "returnTo", "/meedoen",
                "wijk", "centrum",
                "title", "Nog een idee zonder JavaScript"));
    assertEquals(303, form.statusCode(), "a form without JavaScript goes back to its page");
    assertEquals("180", form.headers().firstValue("retry-after").orElseThrow());
    String page = resident.pageAfter(form);
    assertTrue(page.contains("Probeer het over 3 minuten opnieuw."), "the wait in words");
    assertTrue(page.contains("Nog een idee zonder JavaScript"), "what was typed is kept");
  }
}
