package nl.alkmaar.wijkaanzet.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
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
 * What an attacker tried against the host (issue: hostile traffic), each as a request that was
 * accepted before and must be refused now, with nothing changed: cross-site posts to the
 * moderators' API and to the public form, form posts without a token, TRACE, login from another
 * site, a moderation token from another session or in the address, another browser reading a form's
 * state.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileTrafficIT {

  private StandaloneHost host;

  @BeforeAll
  void start(@TempDir Path data) {
    ModeratorClient.addTo(data);
    ModeratorClient.addUser(data, "bus1", "wijkaanzet-staff");
    host = TestHosts.start(data, "2024-04-10T12:00:00Z");
  }

  @AfterAll
  void stop() {
    host.close();
  }

  private String submitted() throws Exception {
    HttpResponse<String> created = new SubmissionClient(host).postJson(SubmissionClient.complete());
    assertEquals(201, created.statusCode(), created.body());
    return ModeratorClient.json(created).get("id").asText();
  }

  private static IdeaStatus status(String id) {
    return WijkAanZet.runtime().ideas().find("alkmaar-2024", id).orElseThrow().status();
  }

  private static long points() {
    return WijkAanZet.runtime()
        .ideas()
        .queue("alkmaar-2024", "centrum", IdeaStatus.INGEDIEND)
        .size();
  }

  private HttpResponse<String> post(
      HttpClient http, String path, String type, String body, String... headers) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(host.baseUri().resolve(path))
            .header("Content-Type", type)
            .POST(HttpRequest.BodyPublishers.ofString(body));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String form(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  @Test
  void aFormFromASiblingSiteCannotPublishWithTheModeratorsCookie() throws Exception {
    String id = submitted();
    HttpClient moderator = ModeratorClient.logIn(host).http();
    String path = "/api/moderation/ideas/" + id + "/publiceren";
    String form = "version=0";

    // <meta name=referrer content=no-referrer> on another subdomain: Origin null.
    HttpResponse<String> hidden =
        post(moderator, path, "application/x-www-form-urlencoded", form, "Origin", "null");
    HttpResponse<String> sameSite =
        post(
            moderator,
            path,
            "application/x-www-form-urlencoded",
            form,
            "Origin",
            "null",
            "Sec-Fetch-Site",
            "same-site");
    HttpResponse<String> referer =
        post(
            moderator,
            path,
            "application/x-www-form-urlencoded",
            form,
            "Referer",
            "https://blog.example/page");
    HttpResponse<String> plainForm =
        post(moderator, path, "application/x-www-form-urlencoded", form);
    HttpResponse<String> multipart =
        post(
            moderator,
            path,
            "multipart/form-data; boundary=x",
            "--x\r\nContent-Disposition: form-data; name=\"version\"\r\n\r\n0\r\n--x--\r\n");

    assertEquals(403, hidden.statusCode(), hidden.body());
    assertEquals(403, sameSite.statusCode(), sameSite.body());
    assertEquals(403, referer.statusCode(), referer.body());
    assertEquals(415, plainForm.statusCode(), "only JSON: " + plainForm.body());
    assertEquals(415, multipart.statusCode(), multipart.body());
    assertEquals(IdeaStatus.INGEDIEND, status(id), "nothing changed");

    HttpResponse<String> json =
        post(moderator, path, "application/json", "{\"version\":0}", "Origin", "null");
    assertEquals(403, json.statusCode(), "not even JSON with Origin null");
    HttpResponse<String> own =
        post(
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
        post(
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
        post(
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
        post(
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
        post(
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
  void traceIsRefusedEverywhereAndEchoesNothing() throws Exception {
    for (String path : List.of("/", "/api/ideas", "/moderatie/", "/bestaat-niet", "/health")) {
      HttpResponse<String> trace =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(host.baseUri().resolve(path))
                      .method("TRACE", HttpRequest.BodyPublishers.noBody())
                      .header("Cookie", "JSESSIONID=geheim")
                      .build(),
                  HttpResponse.BodyHandlers.ofString());

      assertEquals(405, trace.statusCode(), path);
      assertFalse(trace.body().contains("geheim"), path + ": " + trace.body());
    }
  }

  @Test
  void aLoginFormOnAnotherSiteCannotLogTheBrowserIn() throws Exception {
    HttpClient browser =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    HttpResponse<String> login =
        post(
            browser,
            "/j_security_check",
            "application/x-www-form-urlencoded",
            "j_username=moderator1&j_password=moderatie-alkmaar-2024",
            "Origin",
            "http://evil.example");
    HttpResponse<String> screen =
        browser.send(
            HttpRequest.newBuilder(host.baseUri().resolve("/moderatie/")).build(),
            HttpResponse.BodyHandlers.ofString());

    assertEquals(303, login.statusCode(), login.body());
    assertEquals(
        "/inloggen?fout=site",
        login.headers().firstValue("location").orElse("").replaceAll("^http://[^/]+", ""),
        "the login page explains why");
    assertEquals(302, screen.statusCode(), "still not logged in: sent to the login page");
  }

  @Test
  void aLinkOnAnotherSiteCannotLogInWithTheNameAndPasswordInTheAddress() throws Exception {
    HttpClient browser =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    HttpResponse<String> link =
        browser.send(
            HttpRequest.newBuilder(
                    host.baseUri()
                        .resolve(
                            "/j_security_check?j_username=moderator1"
                                + "&j_password=moderatie-alkmaar-2024"))
                .header("Sec-Fetch-Site", "cross-site")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> postWithQuery =
        post(
            browser,
            "/j_security_check?j_username=moderator1&j_password=moderatie-alkmaar-2024",
            "application/x-www-form-urlencoded",
            "");
    HttpResponse<String> screen =
        browser.send(
            HttpRequest.newBuilder(host.baseUri().resolve("/moderatie/")).build(),
            HttpResponse.BodyHandlers.ofString());

    assertEquals(405, link.statusCode());
    assertEquals(405, postWithQuery.statusCode());
    assertEquals(302, screen.statusCode(), "not logged in");
  }

  @Test
  void aFormFromAnotherSiteCannotLogTheModeratorOut() throws Exception {
    ModeratorClient moderator = ModeratorClient.logIn(host);
    // What the browser sends for a cross-site form: no SameSite=Lax session cookie.
    HttpResponse<String> forged =
        post(
            HttpClient.newHttpClient(),
            "/moderatie/bulk",
            "application/x-www-form-urlencoded",
            "bulkactie=publiceren",
            "Origin",
            "https://evil.example");

    assertEquals(403, forged.statusCode());
    assertTrue(
        forged.headers().allValues("set-cookie").stream().noneMatch(c -> c.contains("JSESSIONID")),
        "no new session that would replace the moderator's");
    assertEquals(200, moderator.screen("/moderatie/").statusCode(), "still logged in");
  }

  @Test
  void strangersGetNoSessionSoRepeatingARequestCannotFillTheMemory() throws Exception {
    HttpClient stranger = HttpClient.newHttpClient();
    HttpResponse<String> page =
        stranger.send(
            HttpRequest.newBuilder(host.baseUri().resolve("/moderatie/wijk/centrum?status=x"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> bigPost =
        post(
            stranger,
            "/moderatie/bulk",
            "application/x-www-form-urlencoded",
            "punt=" + "x".repeat(190_000));

    for (HttpResponse<String> answer : List.of(page, bigPost)) {
      assertEquals(302, answer.statusCode(), answer.body());
      assertTrue(
          answer.headers().allValues("set-cookie").stream()
              .noneMatch(c -> c.contains("JSESSIONID")),
          "no session for someone who has not logged in");
    }
    assertEquals(
        "/inloggen?terug=%2Fmoderatie%2Fwijk%2Fcentrum%3Fstatus%3Dx",
        page.headers().firstValue("location").orElse("").replaceAll("^http://[^/]+", ""));

    HttpClient browser =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    HttpResponse<String> login =
        post(
            browser,
            "/j_security_check",
            "application/x-www-form-urlencoded",
            "j_username=moderator1&j_password=moderatie-alkmaar-2024"
                + "&terug=%2Fmoderatie%2Fwijk%2Fcentrum%3Fstatus%3Dx");
    HttpResponse<String> elsewhere =
        post(
            HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build(),
            "/j_security_check",
            "application/x-www-form-urlencoded",
            "j_username=moderator1&j_password=moderatie-alkmaar-2024&terug=%2F%2Fevil.example");

    assertEquals(
        "/moderatie/wijk/centrum?status=x",
        login.headers().firstValue("location").orElse("").replaceAll("^http://[^/]+", ""),
        "back to the page that sent the moderator to the login");
    assertEquals(
        "/moderatie/",
        elsewhere.headers().firstValue("location").orElse("").replaceAll("^http://[^/]+", ""),
        "never to another site; to the moderator's start page instead");
  }

  @Test
  void aScreenTokenOnlyWorksInItsOwnSessionAndOnlyInTheBody() throws Exception {
    String id = submitted();
    ModeratorClient first = ModeratorClient.logIn(host);
    String token = first.formToken("/moderatie/punt/" + id);
    ModeratorClient second = ModeratorClient.logIn(host);
    List<Map.Entry<String, String>> fields =
        List.of(Map.entry("token", token), Map.entry("version", "0"));

    HttpResponse<String> otherSession =
        second.submitForm("/moderatie/punt/" + id + "/publiceren", fields);
    HttpResponse<String> inAddress =
        first.submitForm(
            "/moderatie/punt/" + id + "/publiceren?token=" + token,
            List.of(Map.entry("version", "0")));

    assertEquals(403, otherSession.statusCode(), "a token from another session");
    assertEquals(403, inAddress.statusCode(), "a token in the address");
    assertEquals(IdeaStatus.INGEDIEND, status(id));
    HttpResponse<String> own = first.submitForm("/moderatie/punt/" + id + "/publiceren", fields);
    assertEquals(303, own.statusCode(), "the session's own token in the body");
    assertEquals(IdeaStatus.GEPUBLICEERD, status(id));
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
