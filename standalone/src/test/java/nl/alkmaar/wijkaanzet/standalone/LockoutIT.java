package nl.alkmaar.wijkaanzet.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.alkmaar.wijkaanzet.standalone.security.KnownDevices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stranger who knows a moderator's name tries passwords until the name is locked. The moderator's
 * own browser, where they logged in before, still gets in; a locked name is refused as slowly as a
 * wrong password, so timing does not tell the stranger it is locked.
 */
class LockoutIT {

  private static final String PASSWORD = "moderatie-alkmaar-2024";

  private static HttpClient browser(CookieManager cookies) {
    return HttpClient.newBuilder()
        .cookieHandler(cookies)
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  /** Logs in; answers where the login sent the browser, and after how many milliseconds. */
  private static String[] login(StandaloneHost host, HttpClient http, String password)
      throws Exception {
    long started = System.nanoTime();
    HttpResponse<String> answer =
        new RawRequests(host)
            .post(
                http,
                "/j_security_check",
                "application/x-www-form-urlencoded",
                "j_username=moderator1&j_password="
                    + URLEncoder.encode(password, StandardCharsets.UTF_8));
    return new String[] {
      RawRequests.location(answer), Long.toString((System.nanoTime() - started) / 1_000_000)
    };
  }

  @Test
  void theModeratorsOwnBrowserGetsInWhileTheNameIsLockedForOthers(@TempDir Path data)
      throws Exception {
    ModeratorClient.addTo(data);
    try (StandaloneHost host = TestHosts.start(data, "2024-04-10T12:00:00Z")) {
      CookieManager own = new CookieManager();
      HttpClient moderator = browser(own);
      moderator.send(
          HttpRequest.newBuilder(host.baseUri().resolve("/moderatie/")).build(),
          HttpResponse.BodyHandlers.discarding());
      login(host, moderator, PASSWORD);
      moderator.send(
          HttpRequest.newBuilder(host.baseUri().resolve("/moderatie/")).build(),
          HttpResponse.BodyHandlers.discarding());
      HttpCookie device =
          own.getCookieStore().getCookies().stream()
              .filter(cookie -> cookie.getName().equals(KnownDevices.COOKIE))
              .findFirst()
              .orElseThrow(() -> new AssertionError("the browser was marked as known"));

      HttpClient stranger = RawRequests.browser();
      List<Long> guesses = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        guesses.add(Long.parseLong(login(host, stranger, "fout-" + i)[1]));
      }
      String[] locked = login(host, stranger, PASSWORD);

      CookieManager laterOwn = new CookieManager();
      laterOwn.getCookieStore().add(host.baseUri(), device);
      String[] ownAgain = login(host, browser(laterOwn), PASSWORD);
      String[] elsewhere = login(host, RawRequests.browser(), PASSWORD);

      assertEquals("/inloggen?fout=1", locked[0], "locked: the same answer as a wrong password");
      assertEquals("/inloggen?fout=1", elsewhere[0], "another browser at the same address");
      assertTrue(!ownAgain[0].startsWith("/inloggen"), "the own browser is in: " + ownAgain[0]);
      long typical = guesses.stream().sorted().toList().get(2);
      assertTrue(
          Long.parseLong(locked[1]) * 3 > typical,
          "locked refusal " + locked[1] + " ms, a wrong password " + typical + " ms");
    }
  }
}
