package nl.alkmaar.wijkaanzet.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.alkmaar.wijkaanzet.WijkAanZet;
import nl.alkmaar.wijkaanzet.idea.AuditEntry;
import nl.alkmaar.wijkaanzet.idea.IdeaStatus;
import nl.alkmaar.wijkaanzet.idea.ModerationAction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The submission API and the form without JavaScript, over HTTP against the real host: happy paths,
 * every validation error, the phase gate, protections, escaping, and the privacy rule.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdeasApiIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String NAME = "Wilhelmina Zonnebloem";
  private static final String EMAIL = "w.zonnebloem@example.nl";

  private final HttpClient http = HttpClient.newHttpClient();
  private StandaloneHost host;

  @BeforeAll
  void start(@TempDir Path data) {
    host =
        TestHosts.start(
            data,
            "2024-04-10T12:00:00Z",
            TestHosts.GENEROUS_BURST,
            Optional.empty(),
            Set.of("https://www.alkmaar.nl"));
  }

  @AfterAll
  void stop() {
    host.close();
  }

  static Map<String, Object> complete() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("wijk", "centrum");
    body.put("title", "Meer bankjes bij de Grote Kerk");
    body.put(
        "description", "Op het Kerkplein kun je nergens zitten. Twee bankjes zouden fijn zijn.");
    body.put("category", "leefbaarheid");
    body.put("location", "Kerkplein");
    body.put("name", NAME);
    body.put("email", EMAIL);
    body.put("ageGroup", "65-plus");
    body.put("consent", true);
    return body;
  }

  private HttpResponse<String> postJson(Object body, String... headers) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(host.baseUri().resolve("/api/ideas"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> postForm(Map<String, String> fields) throws Exception {
    String body =
        fields.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return http.send(
        HttpRequest.newBuilder(host.baseUri().resolve("/api/ideas"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(host.baseUri().resolve(path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private String formToken(String page) throws Exception {
    Matcher token = Pattern.compile("name=\"token\" value=\"([^\"]+)\"").matcher(get(page).body());
    assertTrue(token.find(), "the form carries a token");
    return token.group(1);
  }

  private static void publish(String id) {
    WijkAanZet.runtime()
        .ideas()
        .moderate(
            "alkmaar-2024",
            id,
            0,
            ModerationAction.PUBLISH,
            new AuditEntry(Instant.now(), "test", "gepubliceerd", null),
            Optional.empty());
  }

  @Test
  void aCompleteSubmissionIsStoredAsIngediendWithAReference() throws Exception {
    HttpResponse<String> response = postJson(complete());
    JsonNode json = JSON.readTree(response.body());

    assertEquals(201, response.statusCode());
    assertTrue(json.get("reference").asText().matches("WAZ-[0-9A-Z]{4}-[0-9A-Z]{4}"));
    assertEquals("INGEDIEND", json.get("status").asText());
    assertEquals(
        "/api/ideas/" + json.get("id").asText(),
        response.headers().firstValue("location").orElseThrow());
    assertEquals(
        404,
        get("/api/ideas/" + json.get("id").asText()).statusCode(),
        "not public before moderation");
    var stored =
        WijkAanZet.runtime().ideas().find("alkmaar-2024", json.get("id").asText()).orElseThrow();
    assertEquals(IdeaStatus.INGEDIEND, stored.status());
    assertEquals(
        List.of("ingediend"),
        WijkAanZet.runtime().ideas().history("alkmaar-2024", stored.id()).stream()
            .map(AuditEntry::action)
            .toList());
  }

  @Test
  void everyInvalidFieldIsNamedInDutch() throws Exception {
    Map<String, Object> body = complete();
    body.put("wijk", "noord");
    body.put("title", "");
    body.put("description", "kort");
    body.put("category", "sport");
    body.put("location", "x".repeat(201));
    body.remove("name");
    body.put("email", "geen adres");
    body.put("ageGroup", "oud");
    body.put("consent", false);

    HttpResponse<String> response = postJson(body);
    JsonNode problem = JSON.readTree(response.body());

    assertEquals(400, response.statusCode());
    assertEquals(
        "application/problem+json",
        response.headers().firstValue("content-type").orElseThrow().split(";")[0]);
    List<String> fields = new ArrayList<>();
    problem
        .get("errors")
        .forEach(
            error -> {
              fields.add(error.get("field").asText());
              assertFalse(error.get("message").asText().isBlank());
            });
    assertEquals(
        List.of(
            "wijk",
            "title",
            "description",
            "category",
            "location",
            "name",
            "email",
            "ageGroup",
            "consent"),
        fields);
  }

  @Test
  void wrongContentTypeOversizeAndBrokenJsonAreRefused() throws Exception {
    HttpResponse<String> text =
        http.send(
            HttpRequest.newBuilder(host.baseUri().resolve("/api/ideas"))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("hallo"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    Map<String, Object> huge = complete();
    huge.put("description", "a".repeat(70_000));
    HttpResponse<String> broken =
        http.send(
            HttpRequest.newBuilder(host.baseUri().resolve("/api/ideas"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"title\": "))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertEquals(415, text.statusCode());
    assertEquals(413, postJson(huge).statusCode());
    assertEquals(400, broken.statusCode());
    assertEquals("Onleesbare gegevens", JSON.readTree(broken.body()).get("title").asText());
  }

  @Test
  void anotherSiteCannotPostButATrustedOneCan() throws Exception {
    HttpResponse<String> evil = postJson(complete(), "Origin", "https://evil.example");
    HttpResponse<String> crossSite = postJson(complete(), "Sec-Fetch-Site", "cross-site");
    HttpResponse<String> trusted = postJson(complete(), "Origin", "https://www.alkmaar.nl");

    assertEquals(403, evil.statusCode());
    assertEquals(403, crossSite.statusCode());
    assertEquals(201, trusted.statusCode());
  }

  @Test
  void theFormWithoutJavaScriptShowsErrorsAndKeepsInput() throws Exception {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("token", formToken("/wijk/zuid"));
    fields.put("returnTo", "/wijk/zuid");
    fields.put("wijk", "zuid");
    fields.put("title", "Speeltuin <b>opknappen</b>");
    fields.put("description", "te kort");
    fields.put("name", NAME);

    HttpResponse<String> response = postForm(fields);

    assertEquals(303, response.statusCode());
    String location = response.headers().firstValue("location").orElseThrow();
    assertTrue(location.startsWith("/wijk/zuid?formulier="), location);
    assertTrue(location.endsWith("#wz-foutmeldingen"), location);
    String page =
        get(URI.create(location).getRawPath() + "?" + URI.create(location).getRawQuery()).body();
    assertTrue(page.contains("id=\"wz-foutmeldingen\""));
    assertTrue(page.contains("href=\"#wz-veld-description\""));
    assertTrue(page.contains("Schrijf iets meer: minstens 20 tekens."));
    assertTrue(page.contains("aria-invalid=\"true\""));
    assertTrue(
        page.contains("value=\"Speeltuin &lt;b&gt;opknappen&lt;/b&gt;\""), "input kept, escaped");
    assertFalse(page.contains("<b>opknappen</b>"));
  }

  @Test
  void theFormWithoutJavaScriptConfirmsWithTheReference() throws Exception {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("token", formToken("/meedoen"));
    fields.put("returnTo", "/meedoen");
    complete().forEach((key, value) -> fields.put(key, String.valueOf(value)));
    fields.put("consent", "ja");

    HttpResponse<String> response = postForm(fields);
    String location = response.headers().firstValue("location").orElseThrow();
    String page = get(location.substring(0, location.indexOf('#'))).body();

    assertEquals(303, response.statusCode());
    assertTrue(location.endsWith("#wz-bevestiging"), location);
    assertTrue(
        Pattern.compile("<strong class=\"wz-reference\">WAZ-[0-9A-Z]{4}-[0-9A-Z]{4}</strong>")
            .matcher(page)
            .find(),
        page);
  }

  @Test
  void statisticsCountEveryChannelAndWijkWithoutPersonalData() throws Exception {
    Map<String, Object> body = complete();
    body.put("wijk", "vroonermeer");
    postJson(body);

    JsonNode statistics = JSON.readTree(get("/api/statistics").body());

    assertTrue(statistics.get("total").asInt() >= 1);
    assertTrue(statistics.get("byWijk").get("vroonermeer").asInt() >= 1);
    assertTrue(statistics.get("byChannel").get("online").asInt() >= 1);
    assertTrue(statistics.get("byAgeGroup").get("65-plus").asInt() >= 1);
    assertFalse(statistics.toString().contains(EMAIL));
  }

  @Test
  void theConfirmationShowsPublishedLookAlikes() throws Exception {
    Map<String, Object> first = complete();
    first.put("wijk", "oudorp");
    first.put("title", "Meer afvalbakken bij de speeltuin");
    first.put(
        "description",
        "Bij de speeltuin aan de Oudorperdijk liggen veel blikjes omdat er te weinig afvalbakken zijn.");
    publish(JSON.readTree(postJson(first).body()).get("id").asText());

    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("token", formToken("/wijk/oudorp"));
    fields.put("returnTo", "/wijk/oudorp");
    complete().forEach((key, value) -> fields.put(key, String.valueOf(value)));
    fields.put("wijk", "oudorp");
    fields.put("title", "Afvalbak speeltuin Oudorperdijk");
    fields.put(
        "description",
        "Er moet een extra afvalbak komen bij de speeltuin, het ligt vol met blikjes.");
    fields.put("consent", "ja");
    String location = postForm(fields).headers().firstValue("location").orElseThrow();
    String page = get(location.substring(0, location.indexOf('#'))).body();

    assertTrue(page.contains("Lijkt uw idee op een van deze?"), page);
    assertTrue(page.contains("Meer afvalbakken bij de speeltuin"));
  }

  @Test
  void aFormWithoutValidTokenIsNotStoredButKeepsTheInput() throws Exception {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("token", "1.vervalst");
    fields.put("returnTo", "/meedoen");
    complete().forEach((key, value) -> fields.put(key, String.valueOf(value)));
    fields.put("title", "Zonder geldig formulier");

    HttpResponse<String> response = postForm(fields);
    String location = response.headers().firstValue("location").orElseThrow();
    String page = get(location.substring(0, location.indexOf('#'))).body();

    assertTrue(page.contains("is verlopen"), page);
    assertTrue(page.contains("value=\"Zonder geldig formulier\""));
  }

  @Test
  void theHoneypotLooksAcceptedButStoresNothing() throws Exception {
    Map<String, Object> bot = complete();
    bot.put("website", "http://spam.example");
    bot.put("title", "Goedkope pillen kopen hier");

    HttpResponse<String> response = postJson(bot);
    String id = JSON.readTree(response.body()).get("id").asText();

    assertEquals(201, response.statusCode());
    assertTrue(WijkAanZet.runtime().ideas().find("alkmaar-2024", id).isEmpty());
  }

  @Test
  void scriptInEveryTextFieldIsStoredAsTextAndShownEscaped() throws Exception {
    String attack = "<script>alert('x')</script><img src=x onerror=alert(1)>";
    Map<String, Object> body = complete();
    body.put("wijk", "overdie");
    body.put("title", "Let op " + attack);
    body.put("description", "Beschrijving met " + attack + " erin, lang genoeg.");
    body.put("location", attack);
    String id = JSON.readTree(postJson(body).body()).get("id").asText();
    publish(id);

    String page = get("/wijk/overdie").body();
    JsonNode api = JSON.readTree(get("/api/ideas/" + id).body());

    assertFalse(page.contains("<script>alert"), "no live script in the page");
    assertFalse(page.contains("<img src=x"), "no live image in the page");
    assertTrue(page.contains("Let op &lt;script&gt;"));
    assertEquals("Let op " + attack, api.get("title").asText(), "stored unchanged, as text");
  }

  @Test
  void publishedPointsAppearInTheListAndApiWithoutPersonalData() throws Exception {
    Map<String, Object> body = complete();
    body.put("wijk", "west");
    body.put("title", "Fietspad langs het kanaal verbreden");
    body.put(
        "description",
        "Het fietspad langs het Noordhollandsch Kanaal is te smal voor twee fietsers naast elkaar.");
    String id = JSON.readTree(postJson(body).body()).get("id").asText();
    publish(id);

    JsonNode listed = null;
    for (JsonNode item : JSON.readTree(get("/api/ideas?wijk=west").body())) {
      if (item.get("id").asText().equals(id)) {
        listed = item;
      }
    }
    assertTrue(listed != null, "the published point is listed");
    assertEquals("Fietspad langs het kanaal verbreden", listed.get("title").asText());
    assertFalse(listed.has("channel"));
    assertFalse(listed.has("ageGroup"));
    assertTrue(get("/wijk/west").body().contains("Fietspad langs het kanaal verbreden"));

    JsonNode similar =
        JSON.readTree(
            get("/api/ideas/similar?wijk=west&text="
                    + URLEncoder.encode("breder fietspad bij het kanaal", StandardCharsets.UTF_8))
                .body());
    assertEquals(id, similar.get(0).get("id").asText());
    assertTrue(similar.get(0).get("score").asDouble() > 0.25);
    assertEquals(400, get("/api/ideas?wijk=noord").statusCode());
  }

  @Test
  void noPublicPageOrApiAnswerContainsASubmittersNameOrEmail() throws Exception {
    for (String wijk : List.of("centrum", "west", "overdie", "zuid")) {
      Map<String, Object> body = complete();
      body.put("wijk", wijk);
      publish(JSON.readTree(postJson(body).body()).get("id").asText());
    }
    List<String> paths =
        new ArrayList<>(List.of("/", "/en/", "/meedoen", "/api/campaign", "/api/wijken"));
    for (String wijk : List.of("centrum", "west", "overdie", "zuid")) {
      paths.add("/wijk/" + wijk);
      paths.add("/en/wijk/" + wijk);
      paths.add("/api/ideas?wijk=" + wijk);
      paths.add("/api/ideas/similar?wijk=" + wijk + "&text=bankjes%20kerkplein");
    }
    for (JsonNode idea : JSON.readTree(get("/api/ideas?wijk=centrum").body())) {
      paths.add("/api/ideas/" + idea.get("id").asText());
    }
    for (String path : paths) {
      String body = get(path).body();
      assertFalse(body.contains(NAME), path + " shows the name");
      assertFalse(body.contains("Zonnebloem"), path + " shows the surname");
      assertFalse(body.contains(EMAIL), path + " shows the e-mail address");
    }
  }
}
