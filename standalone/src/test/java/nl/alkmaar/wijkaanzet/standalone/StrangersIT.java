package nl.alkmaar.wijkaanzet.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.alkmaar.wijkaanzet.idea.IdeaStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a stranger without a login tried against the host (issue: hostile traffic), each accepted
 * before and refused now: TRACE, a login form or link on another site, a cross-site form that would
 * log a moderator out, sessions made for every visit, a moderation token from another session or in
 * the address.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StrangersIT {

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

  @Test
  void anAddressWithBytesThatAreNotUtf8IsABadRequestNotAFault() throws Exception {
    ModeratorClient moderator = ModeratorClient.logIn(host);
    for (String path :
        List.of(
            "/api/tallies?wijk=%ff",
            "/api/ideas?wijk=%ff",
            "/api/tallies/stream?wijk=%ff",
            "/wijk/oudorp?formulier=%C3",
            "/?x=%ff%fe")) {
      HttpResponse<String> answer =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(host.baseUri().resolve(path)).build(),
                  HttpResponse.BodyHandlers.ofString());
      assertEquals(400, answer.statusCode(), path + ": " + answer.body());
    }
    for (String path : List.of("/moderatie/?q=%ff", "/moderatie/wijk/oudorp?status=%C3")) {
      HttpResponse<String> screen = moderator.screen(path);
      assertEquals(400, screen.statusCode(), path);
      assertTrue(screen.body().contains("Onleesbaar adres"), path + ": " + screen.body());
    }
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
    HttpClient browser = RawRequests.browser();

    HttpResponse<String> login =
        raw.post(
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
    assertEquals("/inloggen?fout=site", RawRequests.location(login), "the login page explains why");
    assertEquals(302, screen.statusCode(), "still not logged in: sent to the login page");
  }

  @Test
  void aGarbledLoginFormIsAFailedLoginNotAServerError() throws Exception {
    HttpResponse<String> login =
        raw.post(
            RawRequests.browser(),
            "/j_security_check",
            "application/x-www-form-urlencoded",
            "%zz=&j_username=moderator1&j_password=%ff%fe",
            "Origin",
            host.baseUri().toString().replaceAll("/$", ""));

    assertEquals(303, login.statusCode(), login.body());
    assertEquals("/inloggen?fout=1", RawRequests.location(login));
  }

  @Test
  void aLinkOnAnotherSiteCannotLogInWithTheNameAndPasswordInTheAddress() throws Exception {
    HttpClient browser = RawRequests.browser();

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
        raw.post(
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
        raw.post(
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
        raw.post(
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
        "/inloggen?terug=%2Fmoderatie%2Fwijk%2Fcentrum%3Fstatus%3Dx", RawRequests.location(page));

    HttpClient browser = RawRequests.browser();
    HttpResponse<String> login =
        raw.post(
            browser,
            "/j_security_check",
            "application/x-www-form-urlencoded",
            "j_username=moderator1&j_password=moderatie-alkmaar-2024"
                + "&terug=%2Fmoderatie%2Fwijk%2Fcentrum%3Fstatus%3Dx");
    HttpResponse<String> elsewhere =
        raw.post(
            RawRequests.browser(),
            "/j_security_check",
            "application/x-www-form-urlencoded",
            "j_username=moderator1&j_password=moderatie-alkmaar-2024&terug=%2F%2Fevil.example");

    assertEquals(
        "/moderatie/wijk/centrum?status=x",
        RawRequests.location(login),
        "back to the page that sent the moderator to the login");
    assertEquals(
        "/moderatie/",
        RawRequests.location(elsewhere),
        "never to another site; to the moderator's start page instead");
  }

  @Test
  void aScreenTokenOnlyWorksInItsOwnSessionAndOnlyInTheBody() throws Exception {
    String id = new SubmissionClient(host).submitComplete();
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
    assertEquals(IdeaStatus.INGEDIEND, SubmissionClient.status(id));
    HttpResponse<String> own = first.submitForm("/moderatie/punt/" + id + "/publiceren", fields);
    assertEquals(303, own.statusCode(), "the session's own token in the body");
    assertEquals(IdeaStatus.GEPUBLICEERD, SubmissionClient.status(id));
  }
}
