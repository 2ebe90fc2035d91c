package nl.alkmaar.wijkaanzet.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.alkmaar.wijkaanzet.forward.ForwardingSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * What residents can see of one wijk whose points are in every status: only the published point
 * appears in the list, its own address, the wijk page and the look-alikes; a merged point's address
 * leads to it; the rest is not found. No answer carries a submitter's name or e-mail address.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicVisibilityIT {

  private static final String WIJK = "de-mare";

  private StandaloneHost host;
  private ModeratorClient moderator;

  /** A point as submitted, with its own title and submitter. */
  private record Point(String id, String title, String name, String email) {}

  private final Map<String, Point> byStatus = new LinkedHashMap<>();

  @BeforeAll
  void start(@TempDir Path data) throws Exception {
    ModeratorClient.addTo(data);
    host =
        StandaloneHost.start(
            new StandaloneOptions(
                    0,
                    data,
                    Optional.of(Instant.parse("2024-04-10T12:00:00Z")),
                    Optional.empty(),
                    Optional.empty(),
                    Set.of(),
                    TestHosts.GENEROUS_BURST,
                    Optional.empty())
                .withForwarding(
                    ForwardingSettings.fromEnvironment(
                        Map.of(ForwardingSettings.EMAIL, "meldingen@stadswerk072.example"))));
    moderator = ModeratorClient.logIn(host);

    Point published =
        submit(
            "Picknicktafels bij de Mare-vijver",
            "Bij de vijver kun je nergens met het gezin buiten eten.",
            "Annemarie Kwakernaak",
            "a.kwakernaak@example.nl");
    act(published, "publiceren", Map.of());
    byStatus.put("GEPUBLICEERD", published);

    byStatus.put(
        "INGEDIEND",
        submit(
            "Fonteintje op het Marelaanplein",
            "Een drinkfontein voor wandelaars en hardlopers in de zomer.",
            "Bartholomeus Zwanenburg",
            "b.zwanenburg@example.nl"));

    Point merged =
        submit(
            "Tafels om te picknicken aan het water",
            "Aan de vijver zouden tafels fijn zijn om buiten te eten.",
            "Cornelia Hoogeboom",
            "c.hoogeboom@example.nl");
    act(
        merged,
        "samenvoegen",
        Map.of("into", published.id(), "intoVersion", moderator.version(published.id())));
    byStatus.put("SAMENGEVOEGD", merged);

    Point forwarded =
        submit(
            "Losse stoeptegels op de Mareweg",
            "Op de stoep liggen tegels los waar ouderen over struikelen.",
            "Dirkje Lammertsma",
            "d.lammertsma@example.nl");
    act(forwarded, "doorsturen", Map.of());
    byStatus.put("DOORGESTUURD", forwarded);

    Point rejected =
        submit(
            "Lagere gemeentebelasting voor iedereen",
            "De belastingen in de hele stad moeten omlaag, vind ik.",
            "Evert Roggeveen",
            "e.roggeveen@example.nl");
    act(rejected, "afwijzen", Map.of("reason", "niet-gemeente"));
    byStatus.put("AFGEWEZEN", rejected);

    Point withdrawn =
        submit(
            "Kunstwerk in de rotonde bij de Mare",
            "Een kunstwerk op de rotonde maakt de entree van de wijk mooier.",
            "Fenna Steenhuizen",
            "f.steenhuizen@example.nl");
    act(withdrawn, "publiceren", Map.of());
    act(withdrawn, "terugtrekken", Map.of());
    byStatus.put("TERUGGETROKKEN", withdrawn);

    for (Map.Entry<String, Point> point : byStatus.entrySet()) {
      assertEquals(
          point.getKey(),
          moderator.point(point.getValue().id()).get("status").asText(),
          point.getValue().title());
    }
  }

  @AfterAll
  void stop() {
    if (host != null) {
      host.close();
    }
  }

  private Point submit(String title, String description, String name, String email)
      throws Exception {
    Map<String, Object> fields = SubmissionClient.complete();
    fields.put("wijk", WIJK);
    fields.put("category", "leefbaarheid");
    fields.put("title", title);
    fields.put("description", description);
    fields.put("location", "Rond de Mare-vijver");
    fields.put("name", name);
    fields.put("email", email);
    HttpResponse<String> response = new SubmissionClient(host).postJson(fields);
    assertEquals(201, response.statusCode(), response.body());
    return new Point(ModeratorClient.json(response).get("id").asText(), title, name, email);
  }

  private void act(Point point, String action, Map<String, Object> fields) throws Exception {
    Map<String, Object> body = new LinkedHashMap<>(fields);
    body.put("version", moderator.version(point.id()));
    HttpResponse<String> response = moderator.act(point.id(), action, body);
    assertEquals(200, response.statusCode(), action + " " + point.title() + ": " + response.body());
  }

  private Point point(String status) {
    return byStatus.get(status);
  }

  private static HttpResponse<String> get(StandaloneHost host, String path) throws Exception {
    return ModeratorClient.publicGet(host, path);
  }

  /** Fails if {@code body} names any submitter, by full name, surname or e-mail address. */
  private void assertNoSubmitterIn(String what, String body) {
    for (Point point : byStatus.values()) {
      String surname = point.name().substring(point.name().lastIndexOf(' ') + 1);
      assertFalse(body.contains(point.name()), what + " shows the name " + point.name());
      assertFalse(body.contains(surname), what + " shows the surname " + surname);
      assertFalse(body.contains(point.email()), what + " shows " + point.email());
    }
  }

  @Test
  void theListHoldsOnlyThePublishedPoint() throws Exception {
    HttpResponse<String> list = get(host, "/api/ideas?wijk=" + WIJK);

    assertEquals(200, list.statusCode(), list.body());
    List<String> ids = new ArrayList<>();
    ModeratorClient.json(list).forEach(idea -> ids.add(idea.get("id").asText()));
    assertEquals(List.of(point("GEPUBLICEERD").id()), ids);
    assertNoSubmitterIn("the list", list.body());
  }

  @Test
  void onlyThePublishedPointHasAnAddressAndTheMergedOneLeadsToIt() throws Exception {
    Point published = point("GEPUBLICEERD");
    for (Map.Entry<String, Point> point : byStatus.entrySet()) {
      HttpResponse<String> response = get(host, "/api/ideas/" + point.getValue().id());
      String what = point.getKey() + " " + point.getValue().title();
      switch (point.getKey()) {
        case "GEPUBLICEERD" -> {
          assertEquals(200, response.statusCode(), what);
          JsonNode idea = ModeratorClient.json(response);
          assertEquals(published.title(), idea.get("title").asText());
          assertEquals("GEPUBLICEERD", idea.get("status").asText());
        }
        case "SAMENGEVOEGD" -> {
          assertEquals(302, response.statusCode(), what);
          assertTrue(
              response
                  .headers()
                  .firstValue("Location")
                  .orElse("")
                  .endsWith("/api/ideas/" + published.id()),
              response.headers().toString());
        }
        default -> assertEquals(404, response.statusCode(), what);
      }
      assertNoSubmitterIn("/api/ideas/ of " + what, response.body());
      if (!point.getKey().equals("GEPUBLICEERD")) {
        assertFalse(response.body().contains(point.getValue().title()), what + " shows its title");
      }
    }
  }

  @Test
  void theWijkPageShowsExactlyThePublishedTitle() throws Exception {
    for (String path : List.of("/wijk/" + WIJK, "/en/wijk/" + WIJK)) {
      HttpResponse<String> page = get(host, path);

      assertEquals(200, page.statusCode(), path);
      assertTrue(
          page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), path);
      assertTrue(page.body().contains(point("GEPUBLICEERD").title()), path + " shows it");
      for (Map.Entry<String, Point> point : byStatus.entrySet()) {
        if (!point.getKey().equals("GEPUBLICEERD")) {
          assertFalse(
              page.body().contains(point.getValue().title()),
              path + " shows the " + point.getKey() + " point " + point.getValue().title());
        }
      }
      assertNoSubmitterIn(path, page.body());
    }
  }

  @Test
  void lookAlikesAndStatisticsNameNobody() throws Exception {
    Set<String> ids = new LinkedHashSet<>();
    for (Point point : byStatus.values()) {
      HttpResponse<String> similar =
          get(
              host,
              "/api/ideas/similar?wijk="
                  + WIJK
                  + "&text="
                  + URLEncoder.encode(point.title(), StandardCharsets.UTF_8));
      assertEquals(200, similar.statusCode(), similar.body());
      assertNoSubmitterIn("the look-alikes", similar.body());
      ModeratorClient.json(similar).forEach(match -> ids.add(match.get("id").asText()));
    }
    HttpResponse<String> statistics = get(host, "/api/statistics");

    assertEquals(
        Set.of(point("GEPUBLICEERD").id()),
        ids,
        "asked with each point's title, only the published point is alike");
    assertEquals(200, statistics.statusCode(), statistics.body());
    assertTrue(
        ModeratorClient.json(statistics).get("byWijk").get(WIJK).asInt() >= 1, statistics.body());
    assertNoSubmitterIn("the statistics", statistics.body());
  }
}
