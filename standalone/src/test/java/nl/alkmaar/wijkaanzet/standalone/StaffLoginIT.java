package nl.alkmaar.wijkaanzet.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.alkmaar.wijkaanzet.WijkAanZet;
import nl.alkmaar.wijkaanzet.idea.AuditEntry;
import nl.alkmaar.wijkaanzet.idea.Channel;
import nl.alkmaar.wijkaanzet.idea.Idea;
import nl.alkmaar.wijkaanzet.web.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Staff and moderator login on the real host: Jetty's form login against a users file written by
 * the {@code gebruiker-toevoegen} code, the protected paths, the staff form with its channel, the
 * lockout and logout. Each test has its own browser (cookie jar).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaffLoginIT {

  private static final String STAFF_PAGE = "/medewerker/idee-invoeren";
  private static final String PASSWORD = "bibliotheek-alkmaar-2024";
  private static final String WRONG = "niet-het-goede-wachtwoord";

  private StandaloneHost host;

  @BeforeAll
  void start(@TempDir Path data) {
    addUser(data, "bibliotheek1", "wijkaanzet-staff");
    addUser(data, "moderator1", "wijkaanzet-moderator");
    addUser(data, "bus1", "wijkaanzet-staff");
    host = TestHosts.start(data, "2024-04-10T12:00:00Z");
  }

  @AfterAll
  void stop() {
    host.close();
  }

  private static void addUser(Path data, String name, String roles) {
    AddUserCommand.run(
        new String[] {"--data", data.toString(), "--naam", name, "--rollen", roles},
        Map.of(AddUserCommand.PASSWORD_ENV, PASSWORD),
        null,
        new BufferedReader(new StringReader("")));
  }

  /** A browser: its own cookies, no automatic redirects. */
  private final class Browser {
    final CookieManager cookies = new CookieManager();
    final HttpClient http =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    /** The page the login page was asked to return to, as its form sends it back. */
    String returnTo;

    HttpResponse<String> get(String path) throws Exception {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(host.baseUri().resolve(path)).build(),
              HttpResponse.BodyHandlers.ofString());
      String location = location(response);
      if (location.startsWith("/inloggen?terug=")) {
        returnTo =
            java.net.URLDecoder.decode(
                location.substring("/inloggen?terug=".length()), StandardCharsets.UTF_8);
      }
      return response;
    }

    HttpResponse<String> post(String path, Map<String, String> fields) throws Exception {
      String body =
          fields.entrySet().stream()
              .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
              .collect(Collectors.joining("&"));
      return http.send(
          HttpRequest.newBuilder(host.baseUri().resolve(path))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(body))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> login(String name, String password) throws Exception {
      Map<String, String> fields = new java.util.HashMap<>();
      fields.put("j_username", name);
      fields.put("j_password", password);
      if (returnTo != null) {
        fields.put("terug", returnTo);
      }
      return post("/j_security_check", fields);
    }

    String sessionId() {
      return cookies.getCookieStore().getCookies().stream()
          .filter(cookie -> cookie.getName().equals("JSESSIONID"))
          .map(HttpCookie::getValue)
          .findFirst()
          .orElse("");
    }

    Browser loggedInAs(String name) throws Exception {
      get(STAFF_PAGE);
      HttpResponse<String> login = login(name, PASSWORD);
      assertTrue(isRedirect(login), login.toString());
      assertEquals(STAFF_PAGE, location(login), name + " is logged in");
      return this;
    }
  }

  private static String location(HttpResponse<String> response) {
    return URI.create(response.headers().firstValue("Location").orElse("")).getPath()
        + Optional.ofNullable(
                URI.create(response.headers().firstValue("Location").orElse("")).getQuery())
            .map(query -> "?" + query)
            .orElse("");
  }

  private static boolean isRedirect(HttpResponse<String> response) {
    return response.statusCode() == 302 || response.statusCode() == 303;
  }

  @Test
  void anonymousVisitorsOfTheStaffPageAreSentToTheLoginPage() throws Exception {
    Browser browser = new Browser();
    for (String path : List.of(STAFF_PAGE, "/en" + STAFF_PAGE, "/moderatie/overzicht")) {
      HttpResponse<String> response = browser.get(path);
      assertTrue(isRedirect(response), path + " answered " + response.statusCode());
      assertEquals("/inloggen?terug=" + path, location(response), path);
    }
    HttpResponse<String> page = browser.get("/inloggen");
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("action=\"/j_security_check\""), page.body());
    assertTrue(page.body().contains("name=\"j_username\""));
    assertTrue(page.body().contains("autocomplete=\"username\""));
    assertTrue(page.body().contains("autocomplete=\"current-password\""));
    assertTrue(
        page.body()
            .contains(
                "<label class=\"utrecht-form-label\" for=\"wz-veld-gebruikersnaam\">Gebruikersnaam</label>"));
    assertFalse(page.body().contains("wz-foutmeldingen"), "no error before a try");
    assertEquals(200, browser.get("/").statusCode(), "the rest stays public");
  }

  @Test
  void aWrongPasswordGoesBackToTheLoginPageWithTheMessage() throws Exception {
    Browser browser = new Browser();
    browser.get(STAFF_PAGE);

    HttpResponse<String> response = browser.login("bibliotheek1", WRONG);

    assertTrue(isRedirect(response), response.toString());
    assertEquals("/inloggen?fout=1", location(response));
    String page = browser.get("/inloggen?fout=1").body();
    assertTrue(page.contains("De gebruikersnaam of het wachtwoord klopt niet."), page);
    assertTrue(page.contains("id=\"wz-foutmeldingen\" role=\"alert\" tabindex=\"-1\" autofocus"));
    assertTrue(page.contains("href=\"#wz-veld-gebruikersnaam\""));
    assertEquals(
        browser.login("bestaat-niet", WRONG).headers().firstValue("Location"),
        response.headers().firstValue("Location"),
        "an unknown name gets the very same answer");
  }

  @Test
  void loggingInRenewsTheSessionAndShowsTheStaffForm() throws Exception {
    Browser browser = new Browser();
    HttpResponse<String> challenge = browser.get(STAFF_PAGE);
    assertTrue(
        challenge.headers().allValues("Set-Cookie").stream()
            .noneMatch(c -> c.contains("JSESSIONID")),
        "no session before the login");
    String before = browser.sessionId();

    HttpResponse<String> login = browser.login("bibliotheek1", PASSWORD);
    assertTrue(isRedirect(login), login.toString());
    assertEquals(STAFF_PAGE, location(login), "back to the page that asked for the login");
    String cookie =
        login.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.contains("JSESSIONID"))
            .findFirst()
            .orElse("");
    assertTrue(cookie.contains("HttpOnly"), cookie);
    assertTrue(cookie.contains("SameSite=Lax"), cookie);
    assertFalse(cookie.contains("Secure"), "plain HTTP: no Secure flag, or the browser drops it");
    assertNotEquals(before, browser.sessionId(), "a new session id after login (no fixation)");

    HttpResponse<String> page = browser.get(STAFF_PAGE);
    assertEquals(200, page.statusCode());
    String html = page.body();
    assertTrue(html.contains("Waar heeft u het idee opgenomen?"), html);
    assertTrue(html.contains("name=\"channel\""));
    for (String channel : List.of("bus", "bibliotheek", "wijkcentrum", "publiekshal", "papier")) {
      assertTrue(html.contains("<option value=\"" + channel + "\">"), channel);
    }
    assertTrue(html.contains(">De rode bus</option>"));
    assertTrue(html.contains(">Papieren formulier</option>"));
    assertTrue(
        html.contains("E-mailadres <span class=\"wz-form__optional\">(optioneel)</span>"), html);
    assertTrue(html.contains("Heeft de inwoner geen e-mailadres? Laat dit veld dan leeg."));
    assertTrue(html.contains("U bent ingelogd als bibliotheek1."));
    assertTrue(html.contains("action=\"/uitloggen\""));
    assertEquals("no-store", page.headers().firstValue("Cache-Control").orElse(""));
    assertFalse(browser.get("/meedoen").body().contains("name=\"channel\""), "residents' form");
  }

  private Map<String, String> point(String token, String returnTo) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("token", token);
    fields.put("returnTo", returnTo);
    fields.put("wijk", "overdie");
    fields.put("title", "Een zebrapad bij de bibliotheek");
    fields.put(
        "description",
        "Bij de ingang van de bibliotheek steken veel ouderen over zonder zebrapad.");
    fields.put("category", "verkeer");
    fields.put("name", "Johanna de Vries");
    fields.put("email", "");
    fields.put("consent", "ja");
    return fields;
  }

  private static String token(String html) {
    Matcher token = Pattern.compile("name=\"token\" value=\"([^\"]+)\"").matcher(html);
    assertTrue(token.find(), "the form carries a token");
    return token.group(1);
  }

  @Test
  void staffEnterAPointWithoutEmailAndTheChannelAndTheirNameAreStored() throws Exception {
    Browser browser = new Browser().loggedInAs("bibliotheek1");
    Map<String, String> fields = point(token(browser.get(STAFF_PAGE).body()), STAFF_PAGE);
    fields.put("channel", "bibliotheek");

    HttpResponse<String> response = browser.post("/api/ideas", fields);

    assertEquals(303, response.statusCode(), response.body());
    String confirmation = browser.get(location(response)).body();
    Matcher reference =
        Pattern.compile("<strong class=\"wz-reference\">(WAZ-[0-9A-Z]{4}-[0-9A-Z]{4})</strong>")
            .matcher(confirmation);
    assertTrue(reference.find(), confirmation);
    Idea idea =
        WijkAanZet.runtime()
            .ideas()
            .find("alkmaar-2024", reference.group(1).toLowerCase(java.util.Locale.ROOT))
            .orElseThrow();
    assertEquals(Channel.BIBLIOTHEEK, idea.channel());
    List<AuditEntry> history = WijkAanZet.runtime().ideas().history("alkmaar-2024", idea.id());
    assertEquals("bibliotheek1", history.get(0).actor());
  }

  @Test
  void staffMustSayWhereTheyTookThePointInAndTheirChoiceIsKeptOnErrors() throws Exception {
    Browser browser = new Browser().loggedInAs("bibliotheek1");
    Map<String, String> fields = point(token(browser.get(STAFF_PAGE).body()), STAFF_PAGE);

    String missing = browser.get(location(browser.post("/api/ideas", fields))).body();
    assertTrue(missing.contains("Kies waar u het idee heeft opgenomen."), missing);

    fields.put("token", token(missing));
    fields.put("channel", "wijkcentrum");
    fields.put("title", "");
    String kept = browser.get(location(browser.post("/api/ideas", fields))).body();
    assertTrue(kept.contains("<option value=\"wijkcentrum\" selected>"), kept);
  }

  @Test
  void withoutLoginTheChannelIsIgnoredAndEmailStaysRequired() throws Exception {
    Browser resident = new Browser();
    Map<String, String> fields = point(token(resident.get("/meedoen").body()), "/meedoen");
    fields.put("channel", "bus");

    HttpResponse<String> response = resident.post("/api/ideas", fields);

    assertEquals(303, response.statusCode());
    assertTrue(location(response).startsWith("/meedoen?formulier="), location(response));
    String page = resident.get(location(response)).body();
    assertTrue(page.contains("id=\"wz-veld-email-fout\""), "e-mail is required online:\n" + page);
    assertFalse(page.contains("wz-reference"));
  }

  @Test
  void theModerationApiAnswers401WithoutLoginAnd403ForStaff() throws Exception {
    HttpResponse<String> anonymous = new Browser().get("/api/moderation/x");
    assertEquals(401, anonymous.statusCode());
    assertTrue(
        anonymous.headers().firstValue("Content-Type").orElse("").startsWith(Json.PROBLEM_JSON));
    assertTrue(anonymous.headers().firstValue("Location").isEmpty(), "no redirect for the API");
    assertTrue(anonymous.body().contains("\"status\":401"), anonymous.body());

    HttpResponse<String> staff = new Browser().loggedInAs("bibliotheek1").get("/api/moderation/x");
    assertEquals(403, staff.statusCode());
    assertTrue(staff.headers().firstValue("Content-Type").orElse("").startsWith(Json.PROBLEM_JSON));
    assertTrue(staff.body().contains("\"status\":403"), staff.body());

    HttpResponse<String> moderator =
        new Browser().loggedInAs("moderator1").get("/api/moderation/x");
    assertEquals(404, moderator.statusCode(), "past security; nothing lives there yet");
  }

  @Test
  void fiveFailuresLockTheNameEvenForTheRightPassword() throws Exception {
    Browser attacker = new Browser();
    for (int i = 0; i < 5; i++) {
      assertEquals("/inloggen?fout=1", location(attacker.login("bus1", WRONG)));
    }

    assertEquals(
        "/inloggen?fout=1",
        location(new Browser().login("bus1", PASSWORD)),
        "locked: same generic answer");
    assertFalse(
        location(new Browser().login("bibliotheek1", PASSWORD)).contains("fout"),
        "other names are not locked");
  }

  @Test
  void loggingOutEndsTheSession() throws Exception {
    Browser browser = new Browser().loggedInAs("bibliotheek1");
    assertEquals(200, browser.get(STAFF_PAGE).statusCode());

    HttpResponse<String> logout = browser.post("/uitloggen", Map.of());

    assertEquals(303, logout.statusCode());
    assertEquals("/", location(logout));
    HttpResponse<String> after = browser.get(STAFF_PAGE);
    assertTrue(isRedirect(after), "logged out: " + after.statusCode());
    assertEquals("/inloggen?terug=" + STAFF_PAGE, location(after));
  }
}
