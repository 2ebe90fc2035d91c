package nl.alkmaar.wijkaanzet.standalone;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import nl.alkmaar.wijkaanzet.WijkAanZet;
import nl.alkmaar.wijkaanzet.jcr.Workspaces;
import org.eclipse.jetty.compression.brotli.BrotliCompression;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Public pages, lists and web resources at campaign scale, on real Jetty: compressed as the browser
 * accepts (the same bytes once unpacked), with validators and 304 answers, the built style sheet
 * kept for a year, and a kept page never older than the content: a moderator's publish shows on the
 * next page, a change made behind the host's back (straight in the repository) within two seconds.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageCachingIT {

  private static final String PAGE = "/wijk/oudorp";

  private StandaloneHost host;
  private ModeratorClient moderator;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  void start(@TempDir Path data) throws Exception {
    ModeratorClient.addTo(data);
    host = TestHosts.start(data, "2024-04-20T12:00:00Z");
    moderator = ModeratorClient.logIn(host);
    SubmissionClient residents = new SubmissionClient(host);
    for (String title :
        new String[] {"Bankjes bij de molen", "Bomen in de Kanaalweg", "Een pannakooi"}) {
      Map<String, Object> fields = SubmissionClient.complete();
      fields.put("wijk", "oudorp");
      fields.put("title", title);
      HttpResponse<String> sent = residents.postJson(fields);
      assertEquals(201, sent.statusCode(), sent.body());
      SubmissionClient.publish(ModeratorClient.json(sent).get("id").asText());
    }
  }

  @AfterAll
  void stop() {
    if (host != null) {
      host.close();
    }
  }

  private HttpResponse<byte[]> get(String path, String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(host.baseUri().resolve(path));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static String text(HttpResponse<byte[]> response) {
    return new String(response.body(), StandardCharsets.UTF_8);
  }

  private static byte[] gunzip(byte[] body) throws Exception {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
      return in.readAllBytes();
    }
  }

  @Test
  void aPageIsSentCompressedAsTheBrowserAcceptsAndUnpacksToTheSamePage() throws Exception {
    HttpResponse<byte[]> plain = get(PAGE);
    HttpResponse<byte[]> gzip = get(PAGE, "Accept-Encoding", "gzip, deflate");
    HttpResponse<byte[]> brotli = get(PAGE, "Accept-Encoding", "gzip, deflate, br");

    assertEquals(200, plain.statusCode());
    assertTrue(plain.headers().firstValue("Content-Encoding").isEmpty());
    assertEquals("gzip", gzip.headers().firstValue("Content-Encoding").orElse(""));
    assertEquals("br", brotli.headers().firstValue("Content-Encoding").orElse(""));
    assertTrue(gzip.headers().firstValue("Vary").orElse("").contains("Accept-Encoding"));
    assertArrayEquals(plain.body(), gunzip(gzip.body()));
    BrotliCompression decoder = new BrotliCompression();
    decoder.start();
    try (InputStream in = decoder.newDecoderInputStream(new ByteArrayInputStream(brotli.body()))) {
      assertArrayEquals(plain.body(), in.readAllBytes());
    } finally {
      decoder.stop();
    }
    assertTrue(
        gzip.body().length * 3 < plain.body().length,
        "gzip " + gzip.body().length + " of " + plain.body().length + " bytes");
    assertTrue(
        get(PAGE, "Accept-Encoding", "br;q=0, gzip;q=0")
            .headers()
            .firstValue("Content-Encoding")
            .isEmpty(),
        "q=0 refuses an encoding");
  }

  @Test
  void aBrowserThatHasThePageGets304WithoutABody() throws Exception {
    for (String encoding : new String[] {"", "gzip"}) {
      HttpResponse<byte[]> first =
          get(PAGE, "Accept-Encoding", encoding.isEmpty() ? "identity" : encoding);
      String etag = first.headers().firstValue("ETag").orElseThrow();
      assertEquals("no-cache", first.headers().firstValue("Cache-Control").orElse(""));

      HttpResponse<byte[]> again =
          get(
              PAGE,
              "Accept-Encoding",
              encoding.isEmpty() ? "identity" : encoding,
              "If-None-Match",
              etag);

      assertEquals(304, again.statusCode(), encoding);
      assertEquals(0, again.body().length);
      assertEquals(200, get(PAGE, "If-None-Match", "\"iets-anders\"").statusCode());
    }
  }

  @Test
  void aPublishedPointShowsOnTheVeryNextPage() throws Exception {
    assertFalse(text(get(PAGE)).contains("Waterpomp op het Oudorperplein"));
    Map<String, Object> fields = SubmissionClient.complete();
    fields.put("wijk", "oudorp");
    fields.put("title", "Waterpomp op het Oudorperplein");
    HttpResponse<String> sent = new SubmissionClient(host).postJson(fields);
    assertEquals(201, sent.statusCode(), sent.body());
    String id = ModeratorClient.json(sent).get("id").asText();

    assertEquals(
        200,
        moderator.act(id, "publiceren", Map.of("version", moderator.version(id))).statusCode());

    assertTrue(text(get(PAGE)).contains("Waterpomp op het Oudorperplein"));
    assertTrue(text(get("/api/ideas?wijk=oudorp")).contains("Waterpomp op het Oudorperplein"));
  }

  @Test
  void aChangeMadeStraightInTheRepositoryShowsWithinTwoSeconds() throws Exception {
    String id =
        ModeratorClient.JSON
            .readTree(text(get("/api/ideas?wijk=oudorp")))
            .get(0)
            .get("id")
            .asText();
    String before = text(get(PAGE));
    assertFalse(before.contains("Speeltuin met een kabelbaan"));

    // As another node of a cluster or an editor in Magnolia's content app would: not through
    // this host's module code or HTTP.
    WijkAanZet.runtime()
        .sessions()
        .write(
            Workspaces.CONTENT,
            session -> {
              session
                  .getNode("/alkmaar-2024/oudorp/" + id)
                  .setProperty("wz:title", "Speeltuin met een kabelbaan");
              return null;
            });

    long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
    boolean page = false;
    boolean list = false;
    while (!(page && list) && System.nanoTime() < deadline) {
      page = text(get(PAGE)).contains("Speeltuin met een kabelbaan");
      list = text(get("/api/ideas?wijk=oudorp")).contains("Speeltuin met een kabelbaan");
      Thread.sleep(20);
    }
    assertTrue(page, "the wijk page shows the change within 2 s");
    assertTrue(list, "the list API shows the change within 2 s");
  }

  @Test
  void theListApiHasAValidatorAndIsCompressed() throws Exception {
    HttpResponse<byte[]> list = get("/api/ideas?wijk=oudorp");
    String etag = list.headers().firstValue("ETag").orElseThrow();
    assertEquals(304, get("/api/ideas?wijk=oudorp", "If-None-Match", etag).statusCode());

    HttpResponse<byte[]> gzip = get("/api/ideas?wijk=oudorp", "Accept-Encoding", "gzip");
    assertEquals("gzip", gzip.headers().firstValue("Content-Encoding").orElse(""));
    assertArrayEquals(list.body(), gunzip(gzip.body()));
    String gzipEtag = gzip.headers().firstValue("ETag").orElseThrow();
    assertEquals(
        304,
        get("/api/ideas?wijk=oudorp", "Accept-Encoding", "gzip", "If-None-Match", gzipEtag)
            .statusCode());
  }

  @Test
  void theBuiltStyleSheetIsKeptForAYearAndAnOldAddressForFiveMinutes() throws Exception {
    Matcher css =
        Pattern.compile(
                "href=\"(/\\.resources/wijkaanzet/webresources/css/wijkaanzet\\.css\\?v=[0-9a-f]+)\"")
            .matcher(text(get(PAGE)));
    assertTrue(css.find(), "the page links the style sheet with its version");

    HttpResponse<byte[]> versioned = get(css.group(1), "Accept-Encoding", "gzip");
    assertEquals(200, versioned.statusCode());
    assertEquals(
        "public, max-age=31536000, immutable",
        versioned.headers().firstValue("Cache-Control").orElse(""));
    assertEquals("gzip", versioned.headers().firstValue("Content-Encoding").orElse(""));

    HttpResponse<byte[]> plain = get("/.resources/wijkaanzet/webresources/css/wijkaanzet.css");
    assertEquals("public, max-age=300", plain.headers().firstValue("Cache-Control").orElse(""));
    String etag = plain.headers().firstValue("ETag").orElseThrow();
    assertEquals(
        304,
        get("/.resources/wijkaanzet/webresources/css/wijkaanzet.css", "If-None-Match", etag)
            .statusCode());
    assertEquals(
        "public, max-age=300",
        get("/.resources/wijkaanzet/webresources/css/wijkaanzet.css?v=0000")
            .headers()
            .firstValue("Cache-Control")
            .orElse(""),
        "a version that is not this build's is not kept a year");
  }

  @Test
  void theIconIsThereAtBothAddresses() throws Exception {
    Matcher icon = Pattern.compile("<link rel=\"icon\" href=\"([^\"]+)\"").matcher(text(get(PAGE)));
    assertTrue(icon.find());
    HttpResponse<byte[]> svg = get(icon.group(1));
    assertEquals(200, svg.statusCode());
    assertTrue(svg.headers().firstValue("Content-Type").orElse("").startsWith("image/svg+xml"));
    HttpResponse<byte[]> old = get("/favicon.ico");
    assertEquals(301, old.statusCode());
    assertEquals(200, get(old.headers().firstValue("Location").orElseThrow()).statusCode());
  }

  @Test
  void aPageWithAFormStateIsNeverKept() throws Exception {
    HttpResponse<byte[]> page = get(PAGE + "?formulier=onbekend");
    assertEquals("no-store", page.headers().firstValue("Cache-Control").orElse(""));
  }

  @Test
  void aCompressedPostIsNotUnpacked() throws Exception {
    int before = ModeratorClient.JSON.readTree(text(get("/api/ideas?wijk=oudorp"))).size();
    Map<String, Object> fields = SubmissionClient.complete();
    fields.put("wijk", "oudorp");
    ByteArrayOutputStream packed = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(packed)) {
      gzip.write(ModeratorClient.JSON.writeValueAsBytes(fields));
    }
    HttpResponse<byte[]> response =
        http.send(
            HttpRequest.newBuilder(host.baseUri().resolve("/api/ideas"))
                .header("Content-Type", "application/json")
                .header("Content-Encoding", "gzip")
                .header("Origin", host.baseUri().toString().replaceAll("/$", ""))
                .POST(HttpRequest.BodyPublishers.ofByteArray(packed.toByteArray()))
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());

    assertNotEquals(201, response.statusCode(), text(response));
    assertTrue(response.statusCode() >= 400 && response.statusCode() < 500, text(response));
    assertEquals(before, ModeratorClient.JSON.readTree(text(get("/api/ideas?wijk=oudorp"))).size());
  }

  @Test
  void theLiveBarsStreamIsNotCompressed() throws Exception {
    HttpResponse<InputStream> stream =
        http.send(
            HttpRequest.newBuilder(host.baseUri().resolve("/api/tallies/stream?wijk=oudorp"))
                .header("Accept", "text/event-stream")
                .header("Accept-Encoding", "gzip, br")
                .build(),
            HttpResponse.BodyHandlers.ofInputStream());
    try (InputStream body = stream.body()) {
      assertEquals(200, stream.statusCode());
      assertTrue(stream.headers().firstValue("Content-Encoding").isEmpty());
      assertTrue(
          stream.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
    }
  }
}
