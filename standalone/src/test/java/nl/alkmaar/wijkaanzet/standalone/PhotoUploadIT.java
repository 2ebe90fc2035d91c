package nl.alkmaar.wijkaanzet.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.alkmaar.wijkaanzet.WijkAanZet;
import nl.alkmaar.wijkaanzet.idea.ModerationAction;
import nl.alkmaar.wijkaanzet.idea.photo.DecodeSlots;
import nl.alkmaar.wijkaanzet.idea.photo.TestImages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Photos through the real host: multipart posts, refusals next to the field, serving. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PhotoUploadIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** One browser, with its cookies (a form's state and kept photo belong to it). */
  private final HttpClient http =
      HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();

  private StandaloneHost host;

  @BeforeAll
  void start(@TempDir Path data) {
    host = TestHosts.start(data, "2024-04-10T12:00:00Z");
  }

  @AfterAll
  void stop() {
    host.close();
  }

  private static byte[] multipart(Map<String, String> fields, byte[] photo, String fileName) {
    return MultipartBody.of(fields, photo, fileName);
  }

  /** As the widget posts: multipart, asking for JSON. */
  private HttpResponse<String> post(byte[] body) throws Exception {
    return send(body, "application/json");
  }

  /** As a browser without JavaScript posts the form. */
  private HttpResponse<String> postForm(byte[] body) throws Exception {
    return send(body, "text/html,application/xhtml+xml");
  }

  private HttpResponse<String> send(byte[] body, String accept) throws Exception {
    return http.send(
        HttpRequest.newBuilder(host.baseUri().resolve("/api/ideas"))
            .header("Accept", accept)
            .header("Content-Type", MultipartBody.CONTENT_TYPE)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** The fields of the form, with its token (every form body needs one). */
  private Map<String, String> fields(String title) throws Exception {
    return Map.of(
        "token", formToken(),
        "wijk", "huiswaard",
        "title", title,
        "description", "De stoep bij het winkelcentrum is kapot en er liggen losse tegels.",
        "category", "veiligheid",
        "name", "Kees de Boer",
        "email", "kees@example.nl",
        "consent", "ja");
  }

  private String formToken() throws Exception {
    String page =
        http.send(
                HttpRequest.newBuilder(host.baseUri().resolve("/wijk/huiswaard")).build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    Matcher token = Pattern.compile("name=\"token\" value=\"([^\"]+)\"").matcher(page);
    assertTrue(token.find());
    return token.group(1);
  }

  @Test
  void aPhotoIsStoredWithoutMetadataAndServedOncePublished() throws Exception {
    byte[] upload = TestImages.phoneJpeg(1200, 900, 1);

    HttpResponse<String> response =
        post(multipart(fields("Losse tegels bij het winkelcentrum"), upload, "IMG_0001.jpg"));
    String id = JSON.readTree(response.body()).get("id").asText();

    assertEquals(201, response.statusCode(), response.body());
    HttpResponse<byte[]> hidden =
        http.send(
            HttpRequest.newBuilder(host.baseUri().resolve("/api/ideas/" + id + "/photo")).build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(404, hidden.statusCode(), "no photo before the point is published");

    SubmissionClient.publish(id);
    JsonNode idea =
        JSON.readTree(
            http.send(
                    HttpRequest.newBuilder(host.baseUri().resolve("/api/ideas/" + id)).build(),
                    HttpResponse.BodyHandlers.ofString())
                .body());
    HttpResponse<byte[]> photo =
        http.send(
            HttpRequest.newBuilder(host.baseUri().resolve(idea.get("photo").asText())).build(),
            HttpResponse.BodyHandlers.ofByteArray());
    HttpResponse<byte[]> thumbnail =
        http.send(
            HttpRequest.newBuilder(host.baseUri().resolve(idea.get("thumbnail").asText())).build(),
            HttpResponse.BodyHandlers.ofByteArray());

    assertEquals(200, photo.statusCode());
    assertEquals("image/jpeg", photo.headers().firstValue("content-type").orElseThrow());
    assertTrue(
        new String(photo.body(), StandardCharsets.ISO_8859_1).indexOf("Exif") < 0,
        "no EXIF served");
    assertEquals(200, thumbnail.statusCode());
    assertTrue(thumbnail.body().length < photo.body().length);
    String page =
        http.send(
                HttpRequest.newBuilder(host.baseUri().resolve("/wijk/huiswaard")).build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    assertTrue(
        page.contains("alt=\"Foto bij het idee: Losse tegels bij het winkelcentrum\""),
        "thumbnail with alt text");
  }

  @Test
  void aFileThatIsNotAPhotoIsRefusedNextToTheFieldAndNothingIsStored() throws Exception {
    HttpResponse<String> response =
        post(
            multipart(
                fields("Geen foto maar tekst"), "#!/bin/sh\necho hoi\n".getBytes(), "foto.jpg"));
    JsonNode problem = JSON.readTree(response.body());

    assertEquals(400, response.statusCode());
    assertEquals("photo", problem.get("errors").get(0).get("field").asText());
    assertEquals(
        "Dit bestand is geen foto. Kies een foto van het type JPG, PNG of WebP.",
        problem.get("errors").get(0).get("message").asText());
  }

  @Test
  void withoutJavaScriptAPhotoIsKeptWhenAnotherFieldIsWrong() throws Exception {
    Map<String, String> first = new java.util.LinkedHashMap<>(fields("Te"));
    first.put("returnTo", "/wijk/huiswaard");
    HttpResponse<String> rejected =
        postForm(multipart(first, TestImages.phoneJpeg(400, 300, 1), "tegels.jpg"));
    String location =
        rejected
            .headers()
            .firstValue("location")
            .orElseThrow(() -> new AssertionError(rejected.statusCode() + " " + rejected.body()));
    assertTrue(location.endsWith("#wz-foutmeldingen"), location + " " + rejected.body());
    String page =
        http.send(
                HttpRequest.newBuilder(
                        host.baseUri().resolve(location.substring(0, location.indexOf('#'))))
                    .build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    Matcher kept = Pattern.compile("name=\"keptPhoto\" value=\"([^\"]+)\"").matcher(page);
    assertTrue(kept.find(), "the photo is kept for the next try:\n" + page);
    assertTrue(page.contains("Uw foto hebben wij bewaard."));

    Map<String, String> second =
        new java.util.LinkedHashMap<>(fields("Losse tegels bij de Zevenhuizen"));
    second.put("returnTo", "/wijk/huiswaard");
    second.put("keptPhoto", kept.group(1));
    HttpResponse<String> accepted = postForm(multipart(second, null, null));

    assertTrue(accepted.headers().firstValue("location").orElseThrow().endsWith("#wz-bevestiging"));
    String reference =
        Pattern.compile("WAZ-[0-9A-Z]{4}-[0-9A-Z]{4}")
            .matcher(
                http.send(
                        HttpRequest.newBuilder(
                                host.baseUri()
                                    .resolve(
                                        accepted
                                            .headers()
                                            .firstValue("location")
                                            .orElseThrow()
                                            .split("#")[0]))
                            .build(),
                        HttpResponse.BodyHandlers.ofString())
                    .body())
            .results()
            .findFirst()
            .orElseThrow()
            .group();
    assertTrue(
        WijkAanZet.runtime()
            .ideas()
            .find("alkmaar-2024", reference.toLowerCase())
            .orElseThrow()
            .hasPhoto(),
        "the kept photo was stored with the point");
  }

  private HttpResponse<byte[]> getPhoto(String path, String ifNoneMatch) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(host.baseUri().resolve(path));
    if (ifNoneMatch != null) {
      request.header("If-None-Match", ifNoneMatch);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void sharedCachesKeepAPhotoOnlyAMinuteAndAskAgainWithItsTag() throws Exception {
    HttpResponse<String> created =
        post(
            multipart(
                fields("Kapotte bank bij de vijver"), TestImages.phoneJpeg(300, 200, 1), "b.jpg"));
    String id = JSON.readTree(created.body()).get("id").asText();
    SubmissionClient.publish(id);
    String path = "/api/ideas/" + id + "/photo";

    HttpResponse<byte[]> first = getPhoto(path, null);
    String etag = first.headers().firstValue("etag").orElseThrow();
    HttpResponse<byte[]> again = getPhoto(path, etag);
    WijkAanZet.runtime().moderation().act(id, 1, ModerationAction.WITHDRAW, "test");
    HttpResponse<byte[]> withdrawn = getPhoto(path, etag);

    assertEquals("public, max-age=60", first.headers().firstValue("cache-control").orElseThrow());
    assertEquals(304, again.statusCode(), "still public: nothing to send again");
    assertEquals(404, withdrawn.statusCode(), "withdrawn: gone, also for a cache asking again");
  }

  @Test
  void formsSentBackHoldNoRawUploadsAndOnlyCheckedPhotosOnDisk() throws Exception {
    byte[] junk = new byte[4 * 1024 * 1024];
    java.util.Arrays.fill(junk, (byte) 'x');
    long statesBefore = WijkAanZet.runtime().web().formStates().bytes();
    long keptBefore = WijkAanZet.runtime().web().keptPhotos().bytes();
    Map<String, String> expired = new java.util.LinkedHashMap<>(fields("Verlopen formulier"));
    expired.put("token", "1.verlopen");

    for (int i = 0; i < 20; i++) {
      HttpResponse<String> back = postForm(multipart(expired, junk, "groot.jpg"));
      assertEquals(303, back.statusCode(), back.body());
    }
    long statesAfterJunk = WijkAanZet.runtime().web().formStates().bytes();
    long keptAfterJunk = WijkAanZet.runtime().web().keptPhotos().bytes();
    Map<String, String> tooShort = new java.util.LinkedHashMap<>(fields("Te"));
    HttpResponse<String> junkWithToken = postForm(multipart(tooShort, junk, "groot.jpg"));
    long keptAfterRefusedPhoto = WijkAanZet.runtime().web().keptPhotos().bytes();
    HttpResponse<String> withPhoto =
        postForm(multipart(tooShort, TestImages.phoneJpeg(3000, 2000, 1), "echt.jpg"));
    long kept = WijkAanZet.runtime().web().keptPhotos().bytes() - keptAfterRefusedPhoto;

    assertTrue(
        statesAfterJunk - statesBefore < 20 * 8 * 1024,
        "only the typed text is held: " + (statesAfterJunk - statesBefore) + " bytes");
    assertEquals(keptBefore, keptAfterJunk, "an expired form's upload is not even decoded");
    assertEquals(303, junkWithToken.statusCode());
    assertEquals(keptAfterJunk, keptAfterRefusedPhoto, "a file that is not a photo is never kept");
    assertEquals(303, withPhoto.statusCode());
    assertTrue(kept > 0 && kept < 1024 * 1024, "the re-encoded photo is kept: " + kept);
  }

  @Test
  void whenEveryPhotoTurnIsTakenAPostWaitsThenHearsWhenToTryAgain() throws Exception {
    DecodeSlots slots = WijkAanZet.runtime().submissions().photos().slots();
    try (DecodeSlots.Slot first = slots.take();
        DecodeSlots.Slot second = slots.take()) {
      HttpResponse<String> script =
          post(multipart(fields("Druk moment"), TestImages.phoneJpeg(300, 200, 1), "d.jpg"));
      Map<String, String> form = new java.util.LinkedHashMap<>(fields("Druk moment zonder JS"));
      form.put("returnTo", "/wijk/huiswaard");
      HttpResponse<String> page =
          postForm(multipart(form, TestImages.phoneJpeg(300, 200, 1), "d.jpg"));

      assertEquals(503, script.statusCode(), script.body());
      assertEquals("30", script.headers().firstValue("retry-after").orElse(""));
      assertTrue(script.body().contains("erg druk"), script.body());
      assertEquals(303, page.statusCode());
      String shown =
          http.send(
                  HttpRequest.newBuilder(
                          host.baseUri()
                              .resolve(
                                  page.headers()
                                      .firstValue("location")
                                      .orElseThrow()
                                      .split("#")[0]))
                      .build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      assertTrue(shown.contains("erg druk"), "the resident reads why");
      assertTrue(shown.contains("Druk moment zonder JS"), "and keeps what they typed");
    }
  }
}
