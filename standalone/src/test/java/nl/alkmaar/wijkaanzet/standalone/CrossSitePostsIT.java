package nl.alkmaar.wijkaanzet.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import nl.alkmaar.wijkaanzet.WijkAanZet;
import nl.alkmaar.wijkaanzet.idea.IdeaStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Posts an attacker sent to the public form and the moderators' API (issue: hostile traffic), each
 * accepted before and refused now with nothing changed: cross-site posts with a moderator's or a
 * staff member's cookie, form bodies without a token, bytes that are not UTF-8, forms of many
 * parts; and another browser reading what a resident typed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrossSitePostsIT {

  private StandaloneHost host;
  private RawRequests raw;

  @BeforeAll
  void start(@TempDir Path data) {
    ModeratorClient.addTo(data);
    ModeratorClient.addUser(data, "bus1", "wijkaanzet-staff");
    host = TestHosts.start(data, "2024-04-10T12:00:00Z");
    raw = new RawRequests(host);
  }

  @AfterAll
  void stop() {
    host.close();
  }

  private static long points() {
    return WijkAanZet.runtime()
        .ideas()
        .queue("alkmaar-2024", "centrum", IdeaStatus.INGEDIEND)
        .size();
  }

  private static String form(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  @Test
  void aFormFromASiblingSiteCannotPublishWithTheModeratorsCookie() throws Exception {
    String id = new SubmissionClient(host).submitComplete();
    HttpClient moderator = ModeratorClient.logIn(host).http();
    String path = "/api/moderation/ideas/" + id + "/publiceren";
    String form = "version=0";

    // <meta name=referrer content=no-referrer> on another subdomain: Origin null.
    HttpResponse<String> hidden =
        raw.post(moderator, path, "application/x-www-form-urlencoded", form, "Origin", "null");
    HttpResponse<String> sameSite =
        raw.post(
            moderator,
            path,
            "application/x-www-form-urlencoded",
            form,
            "Origin",
            "null",
            "Sec-Fetch-Site",
            "same-site");
    HttpResponse<String> referer =
        raw.post(
            moderator,
            path,
            "application/x-www-form-urlencoded",
            form,
            "Referer",
            "https://blog.example/page");
    HttpResponse<String> plainForm =
        raw.post(moderator, path, "application/x-www-form-urlencoded", form);
    HttpResponse<String> multipart =
        raw.post(
            moderator,
            path,
            "multipart/form-data; boundary=x",
            "--x\r\nContent-Disposition: form-data; name=\"version\"\r\n\r\n0\r\n--x--\r\n");

    assertEquals(403, hidden.statusCode(), hidden.body());
    assertEquals(403, sameSite.statusCode(), sameSite.body());
    assertEquals(403, referer.statusCode(), referer.body());
    assertEquals(415, plainForm.statusCode(), "only JSON: " + plainForm.body());
    assertEquals(415, multipart.statusCode(), multipart.body());
    assertEquals(IdeaStatus.INGEDIEND, SubmissionClient.status(id), "nothing changed");

    HttpResponse<String> json =
        raw.post(moderator, path, "application/json", "{\"version\":0}", "Origin", "null");
    assertEquals(403, json.statusCode(), "not even JSON with Origin null");
    HttpResponse<String> own =
        raw.post(
            moderator,
            path,
            "application/json",
            "{\"version\":0}",
            "Origin",
            host.baseUri().toString().replaceAll("/$", ""));
    assertEquals(200, own.statusCode(), "the moderators' own page still works: " + own.body());
  }

  @Test
  void aFormPostWithoutTokenIsRefusedWhateverItAccepts() throws Exception {
    long before = points();
    Map<String, String> fields =
        SubmissionClient.complete().entrySet().stream()
            .collect(Collectors.toMap(Map.Entry::getKey, e -> String.valueOf(e.getValue())));

    HttpResponse<String> asJson =
        raw.post(
            HttpClient.newHttpClient(),
            "/api/ideas",
            "application/x-www-form-urlencoded",
            form(fields),
            "Accept",
            "application/json");

    assertEquals(403, asJson.statusCode(), asJson.body());
    assertTrue(asJson.body().contains("Formulier verlopen"), asJson.body());
    assertEquals(before, points(), "nothing stored");
  }

  @Test
  void bytesThatAreNotUtf8AndFormsOfManyPartsAreRefused() throws Exception {
    SubmissionClient resident = new SubmissionClient(host);
    String token = resident.formToken("/meedoen");

    HttpResponse<String> notUtf8 =
        raw.post(
            HttpClient.newHttpClient(),
            "/api/ideas",
            "application/x-www-form-urlencoded",
            "token=" + token + "&wijk=centrum&title=%FF%FE",
            "Accept",
            "application/json");
    StringBuilder parts = new StringBuilder();
    for (int i = 0; i < 100; i++) {
      parts.append("--x\r\nContent-Disposition: form-data; name=\"veld").append(i);
      parts.append("\"\r\n\r\nwaarde\r\n");
    }
    parts.append("--x--\r\n");
    HttpResponse<String> manyParts =
        raw.post(
            HttpClient.newHttpClient(),
            "/api/ideas",
            "multipart/form-data; boundary=x",
            parts.toString(),
            "Accept",
            "application/json");

    assertEquals(400, notUtf8.statusCode(), notUtf8.body());
    assertTrue(notUtf8.body().contains("UTF-8"), notUtf8.body());
    assertEquals(413, manyParts.statusCode(), manyParts.body());
  }

  @Test
  void staffCannotBeMadeToSubmitFromAnotherSite() throws Exception {
    long before = points();
    HttpClient staff = ModeratorClient.logIn(host, "bus1").http();
    Map<String, String> fields =
        SubmissionClient.complete().entrySet().stream()
            .collect(Collectors.toMap(Map.Entry::getKey, e -> String.valueOf(e.getValue())));
    fields.put("channel", "publiekshal");

    HttpResponse<String> response =
        raw.post(
            staff,
            "/api/ideas",
            "application/x-www-form-urlencoded",
            form(fields),
            "Accept",
            "application/json",
            "Origin",
            "null");

    assertEquals(403, response.statusCode(), response.body());
    assertEquals(before, points());
  }

  @Test
  void aFormStateShowsOnlyInTheBrowserThatSentIt() throws Exception {
    SubmissionClient resident = new SubmissionClient(host);
    Map<String, String> fields =
        Map.of(
            "token", resident.formToken("/meedoen"),
            "returnTo", "/meedoen",
            "wijk", "centrum",
            "title", "Te",
            "name", "Geheime Naam",
            "email", "geheim@example.nl");
    HttpResponse<String> back = resident.postForm(fields);
    String location = back.headers().firstValue("location").orElseThrow();
    String address = location.substring(0, location.indexOf('#'));

    HttpResponse<String> own = resident.get(address);
    HttpResponse<String> someoneElse = new SubmissionClient(host).get(address);

    assertTrue(own.body().contains("Geheime Naam"), "the resident sees their input again");
    assertEquals("no-store", own.headers().firstValue("cache-control").orElse(""));
    assertEquals(200, someoneElse.statusCode());
    assertFalse(someoneElse.body().contains("Geheime Naam"), "another browser sees nothing");
    assertFalse(someoneElse.body().contains("geheim@example.nl"));
    assertTrue(
        someoneElse.body().contains("Wij kunnen uw formulier niet meer laten zien."),
        "and is told why, so nobody sends the same point twice");
  }
}
