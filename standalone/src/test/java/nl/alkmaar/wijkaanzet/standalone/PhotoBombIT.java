package nl.alkmaar.wijkaanzet.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.alkmaar.wijkaanzet.idea.photo.TestImages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The attack that took the site down: ten crafted photos at once from one address, each a few
 * hundred kilobytes that decode to hundreds of megabytes. The host runs in its own JVM with a small
 * heap, so an out-of-memory error would show; afterwards it must still serve residents.
 */
class PhotoBombIT {

  private static final Pattern READY = Pattern.compile("draait op (http://localhost:\\d+/)");

  @TempDir Path folder;
  private Process host;

  @AfterEach
  void stop() throws Exception {
    if (host != null) {
      host.destroy();
      host.waitFor(30, TimeUnit.SECONDS);
    }
  }

  private URI start() throws Exception {
    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx320m",
            "-cp",
            System.getProperty("java.class.path"),
            Main.class.getName(),
            "--port",
            "0",
            "--data",
            folder.resolve("data").toString(),
            "--clock",
            "2024-04-10T12:00:00Z",
            "--zonder-demo");
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put(StandaloneOptions.SUBMIT_BURST_ENV, "20");
    host =
        builder
            .redirectErrorStream(true)
            .redirectOutput(folder.resolve("host.log").toFile())
            .start();
    for (int i = 0; i < 600; i++) {
      Matcher ready = READY.matcher(log());
      if (ready.find()) {
        return URI.create(ready.group(1));
      }
      assertTrue(host.isAlive(), "the host stopped:\n" + log());
      Thread.sleep(100);
    }
    throw new AssertionError("the host did not start:\n" + log());
  }

  private String log() throws Exception {
    Path file = folder.resolve("host.log");
    return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
  }

  private static byte[] multipart(Map<String, String> fields, byte[] photo) {
    return MultipartBody.of(fields, photo, "bom.png");
  }

  private static String token(HttpClient http, URI base) throws Exception {
    String page =
        http.send(
                HttpRequest.newBuilder(base.resolve("/meedoen")).build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    Matcher token = Pattern.compile("name=\"token\" value=\"([^\"]+)\"").matcher(page);
    assertTrue(token.find());
    return token.group(1);
  }

  @Test
  void tenBombsAtOnceLeaveTheHostHealthy() throws Exception {
    URI base = start();
    HttpClient http = HttpClient.newHttpClient();
    Map<String, String> fields =
        Map.of(
            "token", token(http, base),
            "wijk", "zuid",
            "title", "Een mooie foto van de wijk",
            "description", "Kijk eens naar deze foto van het plein bij ons in de buurt.",
            "category", "leefbaarheid",
            "name", "Test",
            "email", "test@example.nl",
            "consent", "ja");
    // Over the pixel cap (the attack), a long strip (few pixels, huge rows), and just under the
    // cap: 233 MB of pixels when decoded whole.
    byte[] overCap = multipart(fields, TestImages.pngBomb(7000, 7000));
    byte[] strip = multipart(fields, TestImages.pngBomb(100_000, 300));
    byte[] underCap = multipart(fields, TestImages.pngBomb(5400, 5400));

    List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      answers.add(
          http.sendAsync(
              HttpRequest.newBuilder(base.resolve("/api/ideas"))
                  .header("Accept", "application/json")
                  .header("Content-Type", MultipartBody.CONTENT_TYPE)
                  .POST(
                      HttpRequest.BodyPublishers.ofByteArray(
                          i % 2 == 1 ? underCap : i % 4 == 0 ? overCap : strip))
                  .build(),
              HttpResponse.BodyHandlers.ofString()));
    }

    for (int i = 0; i < answers.size(); i++) {
      HttpResponse<String> answer = answers.get(i).get(120, TimeUnit.SECONDS);
      int status = answer.statusCode();
      if (i % 2 == 0) {
        assertEquals(400, status, "over the caps: " + answer.body());
        assertTrue(answer.body().contains("te veel pixels"), answer.body());
      } else if (status == 503) {
        // The body says which 503 it was (a flaky run once had one without Retry-After).
        assertEquals("30", answer.headers().firstValue("retry-after").orElse(""), answer.body());
        assertTrue(answer.body().contains("erg druk"), answer.body());
      } else {
        assertEquals(201, status, answer.body());
      }
    }
    HttpResponse<String> health =
        http.send(
            HttpRequest.newBuilder(base.resolve("/health")).build(),
            HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> resident =
        http.send(
            HttpRequest.newBuilder(base.resolve("/api/ideas"))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        SubmissionClient.JSON.writeValueAsString(SubmissionClient.complete())))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, health.statusCode());
    assertEquals(201, resident.statusCode(), "another resident still gets through");
    assertFalse(log().contains("OutOfMemoryError"), log());
    assertTrue(host.isAlive());
  }
}
