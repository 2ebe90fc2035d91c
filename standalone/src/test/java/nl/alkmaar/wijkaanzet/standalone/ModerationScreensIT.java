package nl.alkmaar.wijkaanzet.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.alkmaar.wijkaanzet.idea.photo.TestImages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The moderation screens (plain HTML forms) on the real host: who may see them, the form token and
 * origin check, the queue with its tabs, search and sorting, bulk actions with their per-point
 * outcome, and one point's page with its submitter, history, photo, corrections and errors. Each
 * test works in its own wijk, so counts and lists are its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModerationScreensIT {

  private static final String STAFF = "bus1";
  private static final String STALE =
      "Iemand anders heeft dit punt net veranderd. Laad het punt opnieuw en kijk of uw actie nog"
          + " nodig is.";
  private static final Pattern ROW =
      Pattern.compile(
          "<th scope=\"row\"><a class=\"utrecht-link\" href=\"/moderatie/punt/[^\"]+\">([^<]+)</a>");

  private StandaloneHost host;
  private Path data;
  private ModeratorClient moderator;

  @BeforeAll
  void start(@TempDir Path data) throws Exception {
    this.data = data;
    ModeratorClient.addTo(data);
    ModeratorClient.addUser(data, STAFF, "wijkaanzet-staff");
    host = TestHosts.start(data, "2024-04-10T12:00:00Z");
    moderator = ModeratorClient.logIn(host);
  }

  @AfterAll
  void stop() {
    if (host != null) {
      host.close();
    }
  }

  private record Submitted(String id, String reference) {}

  private Submitted submit(String wijk, String title, String description, String email)
      throws Exception {
    Map<String, Object> fields = SubmissionClient.complete();
    fields.put("wijk", wijk);
    fields.put("title", title);
    fields.put("description", description);
    fields.put("location", "Ergens in " + wijk);
    fields.put("email", email);
    HttpResponse<String> response = new SubmissionClient(host).postJson(fields);
    assertEquals(201, response.statusCode(), response.body());
    JsonNode json = ModeratorClient.json(response);
    return new Submitted(json.get("id").asText(), json.get("reference").asText());
  }

  private Submitted submit(String wijk, String title) throws Exception {
    return submit(
        wijk,
        title,
        "Een verbeterpunt voor de buurt, met genoeg tekst om te lezen.",
        "inwoner@example.nl");
  }

  private void publishOverApi(Submitted point) throws Exception {
    HttpResponse<String> published =
        moderator.act(point.id(), "publiceren", Map.of("version", moderator.version(point.id())));
    assertEquals(200, published.statusCode(), published.body());
  }

  /** The point as the moderation API shows it now. */
  private void assertState(Submitted point, String status, long version) throws Exception {
    JsonNode now = moderator.point(point.id());
    assertEquals(status, now.get("status").asText(), point.reference() + " status");
    assertEquals(version, now.get("version").asLong(), point.reference() + " version");
  }

  private static Map.Entry<String, String> field(String name, String value) {
    return Map.entry(name, value);
  }

  /** The bulk form of {@code wijk}'s queue with {@code points} ticked, as the screen sends it. */
  private List<Map.Entry<String, String>> bulk(
      String wijk, String action, Map<Submitted, Long> points, String... extra) throws Exception {
    List<Map.Entry<String, String>> form = new ArrayList<>();
    form.add(field("token", moderator.formToken("/moderatie/wijk/" + wijk)));
    form.add(field("wijk", wijk));
    form.add(field("status", "ingediend"));
    form.add(field("q", ""));
    form.add(field("sort", "oud"));
    form.add(field("bulkactie", action));
    points.forEach(
        (point, version) -> {
          form.add(field("punt", point.id()));
          form.add(field("versie-" + point.id(), String.valueOf(version)));
        });
    for (int i = 0; i < extra.length; i += 2) {
      form.add(field(extra[i], extra[i + 1]));
    }
    return form;
  }

  private static String location(HttpResponse<String> response) {
    URI location = URI.create(response.headers().firstValue("Location").orElse(""));
    return location.getPath() + (location.getQuery() == null ? "" : "?" + location.getQuery());
  }

  /** The references in the queue's table, top to bottom. */
  private static List<String> rows(String page) {
    List<String> references = new ArrayList<>();
    Matcher row = ROW.matcher(page);
    while (row.find()) {
      references.add(row.group(1));
    }
    return references;
  }

  /** The status tabs: status slug to the count shown. */
  private static Map<String, Integer> tabs(String page, String wijk) {
    Map<String, Integer> tabs = new LinkedHashMap<>();
    Matcher tab =
        Pattern.compile(
                "href=\"/moderatie/wijk/"
                    + Pattern.quote(wijk)
                    + "\\?status=([a-z]+)\"[^>]*>[^<]+<span class=\"wz-tabs__count\">\\((\\d+)\\)")
            .matcher(page);
    while (tab.find()) {
      tabs.put(tab.group(1), Integer.parseInt(tab.group(2)));
    }
    return tabs;
  }

  /** Mail files in {@code <data>/mail} to {@code address} whose subject starts so, polled 10 s. */
  private List<MimeMessage> awaitMail(String address, String subjectStart, int count)
      throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (true) {
      List<MimeMessage> found = new ArrayList<>();
      Path folder = data.resolve("mail");
      if (Files.isDirectory(folder)) {
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
          files = listing.filter(file -> file.toString().endsWith(".eml")).toList();
        }
        for (Path file : files) {
          try (InputStream in = Files.newInputStream(file)) {
            MimeMessage mail = new MimeMessage(Session.getInstance(new Properties()), in);
            Object[] to = mail.getRecipients(Message.RecipientType.TO);
            if (to != null
                && to.length == 1
                && to[0].toString().equals(address)
                && mail.getSubject().startsWith(subjectStart)) {
              found.add(mail);
            }
          }
        }
      }
      if (found.size() >= count || System.nanoTime() > deadline) {
        assertEquals(count, found.size(), "mails to " + address + " starting " + subjectStart);
        return found;
      }
      Thread.sleep(25);
    }
  }

  @Test
  void anonymousVisitorsGoToTheLoginAndStaffWithoutTheModeratorRoleAreRefused() throws Exception {
    Submitted point = submit("oudorp", "Bloembakken op de dijk");

    HttpResponse<String> anonymous = ModeratorClient.publicGet(host, "/moderatie/wijk/centrum");
    HttpResponse<String> anonymousHere = ModeratorClient.publicGet(host, "/moderatie/wijk/oudorp");
    ModeratorClient staff = ModeratorClient.logIn(host, STAFF);
    HttpResponse<String> overview = staff.screen("/moderatie");
    HttpResponse<String> queue = staff.screen("/moderatie/wijk/oudorp");
    HttpResponse<String> bulk =
        staff.submitForm("/moderatie/bulk", bulk("oudorp", "publiceren", Map.of(point, 0L)));

    assertTrue(
        anonymous.statusCode() == 302 || anonymous.statusCode() == 303,
        "anonymous answered " + anonymous.statusCode());
    assertEquals("/inloggen", location(anonymous));
    assertTrue(
        anonymousHere.statusCode() == 302 || anonymousHere.statusCode() == 303,
        "anonymous answered " + anonymousHere.statusCode());
    assertEquals("/inloggen", location(anonymousHere));
    assertFalse(anonymousHere.body().contains(point.reference()), "nothing of the queue shows");
    assertEquals(403, overview.statusCode(), overview.body());
    assertEquals(403, queue.statusCode(), queue.body());
    assertEquals(403, bulk.statusCode(), bulk.body());
    assertFalse(bulk.body().contains(point.reference()), bulk.body());
    assertState(point, "INGEDIEND", 0);
  }

  @Test
  void aFormWithoutAValidTokenOrFromAnotherSiteChangesNothing() throws Exception {
    Submitted point = submit("huiswaard", "Hondenpoepbakken in het park");
    String path = "/moderatie/punt/" + point.id() + "/publiceren";
    String token = moderator.formToken("/moderatie/punt/" + point.id());
    String own = host.baseUri().toString().replaceAll("/$", "");

    HttpResponse<String> missing = moderator.submitForm(path, List.of(field("version", "0")));
    HttpResponse<String> forged =
        moderator.submitForm(
            path,
            List.of(field("token", "1712750400000.bm9nLWVlbi10b2tlbg"), field("version", "0")));
    HttpResponse<String> foreign =
        moderator.submitForm(
            path,
            List.of(field("token", token), field("version", "0")),
            "Origin",
            "https://kwaadwillend.example");
    HttpResponse<String> foreignBulk =
        moderator.submitForm(
            "/moderatie/bulk",
            bulk("huiswaard", "publiceren", Map.of(point, 0L)),
            "Origin",
            "https://kwaadwillend.example");

    for (HttpResponse<String> refused : List.of(missing, forged, foreign, foreignBulk)) {
      assertEquals(403, refused.statusCode(), refused.body());
      assertTrue(
          refused.headers().firstValue("Content-Type").orElse("").startsWith("text/html"),
          refused.headers().toString());
      assertTrue(refused.body().contains("<html lang=\"nl\">"), refused.body());
      assertTrue(refused.body().contains("Formulier verlopen"), refused.body());
      assertTrue(refused.body().contains("Er is niets veranderd."), refused.body());
    }
    assertState(point, "INGEDIEND", 0);
    assertEquals(
        404, ModeratorClient.publicGet(host, "/api/ideas/" + point.id()).statusCode(), "hidden");

    HttpResponse<String> sameSite =
        moderator.submitForm(
            path, List.of(field("token", token), field("version", "0")), "Origin", own);

    assertEquals(303, sameSite.statusCode(), sameSite.body());
    assertEquals("/moderatie/punt/" + point.id() + "?gedaan=publiceren", location(sameSite));
    assertState(point, "GEPUBLICEERD", 1);
  }

  @Test
  void theQueueHasStatusTabsWithCountsASearchAndBothOrders() throws Exception {
    Submitted bankjes =
        submit(
            "west",
            "Bankjes bij de vijver",
            "Langs het water is geen plek om even uit te rusten.",
            "a@example.nl");
    Submitted lantaarns =
        submit(
            "west",
            "Lantaarnpalen langs het fietspad",
            "Het is 's avonds erg donker op de route naar het station.",
            "b@example.nl");
    Submitted meerBankjes =
        submit(
            "west",
            "Meer bankjes op het plein",
            "Op het plein bij de winkels staan te weinig zitplekken.",
            "c@example.nl");
    Submitted zebrapad =
        submit(
            "west",
            "Zebrapad bij de school",
            "Kinderen steken de drukke weg over zonder oversteekplaats.",
            "d@example.nl");
    publishOverApi(zebrapad);
    List<Instant> submitted = new ArrayList<>();
    for (Submitted point : List.of(bankjes, lantaarns, meerBankjes)) {
      submitted.add(Instant.parse(moderator.point(point.id()).get("submittedAt").asText()));
    }
    assertTrue(
        submitted.get(0).isBefore(submitted.get(1)) && submitted.get(1).isBefore(submitted.get(2)),
        "submitted one after the other: " + submitted);

    HttpResponse<String> queue = moderator.screen("/moderatie/wijk/west");
    String bySearch = moderator.screen("/moderatie/wijk/west?status=ingediend&q=BANKJES").body();
    String byReference =
        moderator
            .screen(
                "/moderatie/wijk/west?status=ingediend&q="
                    + lantaarns.reference().toLowerCase(Locale.ROOT))
            .body();
    String newestFirst =
        moderator.screen("/moderatie/wijk/west?status=ingediend&sort=nieuw").body();
    String all = moderator.screen("/moderatie/wijk/west?status=alle").body();
    String published = moderator.screen("/moderatie/wijk/west?status=gepubliceerd").body();

    assertEquals(200, queue.statusCode(), queue.body());
    Map<String, Integer> tabs = tabs(queue.body(), "west");
    assertEquals(
        Map.of(
            "ingediend", 3,
            "gepubliceerd", 1,
            "samengevoegd", 0,
            "doorgestuurd", 0,
            "afgewezen", 0,
            "teruggetrokken", 0,
            "alle", 4),
        tabs,
        "one tab per status and one for all");
    assertTrue(
        queue
            .body()
            .contains("href=\"/moderatie/wijk/west?status=ingediend\" aria-current=\"page\""),
        "Ingediend is the tab shown first");
    assertEquals(
        List.of(bankjes.reference(), lantaarns.reference(), meerBankjes.reference()),
        rows(queue.body()),
        "oldest first");
    assertEquals(List.of(bankjes.reference(), meerBankjes.reference()), rows(bySearch));
    assertTrue(bySearch.contains("2 punten met \"BANKJES\"."), "the count says what was sought");
    assertEquals(List.of(lantaarns.reference()), rows(byReference), "found by its reference");
    assertEquals(
        List.of(meerBankjes.reference(), lantaarns.reference(), bankjes.reference()),
        rows(newestFirst),
        "newest first");
    assertEquals(
        Set.of(
            bankjes.reference(),
            lantaarns.reference(),
            meerBankjes.reference(),
            zebrapad.reference()),
        Set.copyOf(rows(all)));
    assertEquals(List.of(zebrapad.reference()), rows(published));
  }

  @Test
  void aBulkPublicationSkipsTheStalePointAndSaysWhy() throws Exception {
    Submitted first = submit("zuid", "Parkeerplaatsen voor fietsen");
    Submitted stale = submit("zuid", "Bomen langs de Laan van Nieuw Oosterwijk");
    Submitted third = submit("zuid", "Een moestuin voor de buurt");
    Map<Submitted, Long> selected = new LinkedHashMap<>();
    selected.put(first, 0L);
    selected.put(stale, 7L);
    selected.put(third, 0L);

    HttpResponse<String> response =
        moderator.submitForm("/moderatie/bulk", bulk("zuid", "publiceren", selected));

    assertEquals(409, response.statusCode(), "a partial result");
    String page = response.body();
    assertTrue(page.contains("Niet alles is gelukt"), page);
    String published = "Het punt is gepubliceerd. Inwoners zien het nu op de website.";
    assertTrue(page.contains("<li>" + first.reference() + ": " + published + "</li>"), page);
    assertTrue(page.contains("<li>" + third.reference() + ": " + published + "</li>"), page);
    assertTrue(page.contains("<li>" + stale.reference() + ": " + STALE + "</li>"), page);
    assertEquals(List.of(stale.reference()), rows(page), "the queue now holds only the stale one");
    assertState(first, "GEPUBLICEERD", 1);
    assertState(third, "GEPUBLICEERD", 1);
    assertState(stale, "INGEDIEND", 0);
    assertEquals(200, ModeratorClient.publicGet(host, "/api/ideas/" + first.id()).statusCode());
    assertEquals(404, ModeratorClient.publicGet(host, "/api/ideas/" + stale.id()).statusCode());
  }

  @Test
  void aBulkRejectionNeedsAReasonAndThenEverySubmitterIsMailed() throws Exception {
    Submitted first =
        submit(
            "overdie",
            "Een casino in de Overdie",
            "Een groot casino met een parkeergarage eronder.",
            "k.casino@example.nl");
    Submitted second =
        submit(
            "overdie",
            "Gratis bier op het plein",
            "Elke vrijdag gratis bier voor iedereen op het plein.",
            "l.bier@example.nl");
    Map<Submitted, Long> selected = new LinkedHashMap<>();
    selected.put(first, 0L);
    selected.put(second, 0L);

    HttpResponse<String> noReason =
        moderator.submitForm(
            "/moderatie/bulk", bulk("overdie", "afwijzen", selected, "reason", ""));

    assertEquals(409, noReason.statusCode(), noReason.body());
    for (Submitted point : List.of(first, second)) {
      assertTrue(
          noReason.body().contains("<li>" + point.reference() + ": Kies een reden.</li>"),
          noReason.body());
      assertState(point, "INGEDIEND", 0);
    }
    assertEquals(List.of(), HostOutbox.to("k.casino@example.nl", "afgewezen"), "no mail");
    assertEquals(List.of(), HostOutbox.to("l.bier@example.nl", "afgewezen"), "no mail");

    HttpResponse<String> rejected =
        moderator.submitForm(
            "/moderatie/bulk", bulk("overdie", "afwijzen", selected, "reason", "buiten-regels"));

    assertEquals(200, rejected.statusCode(), rejected.body());
    assertTrue(rejected.body().contains("Gelukt"), rejected.body());
    String done = "Het punt is afgewezen. De indiener krijgt een e-mail met de reden.";
    for (Map.Entry<Submitted, String> point :
        Map.of(first, "k.casino@example.nl", second, "l.bier@example.nl").entrySet()) {
      Submitted submitted = point.getKey();
      assertTrue(
          rejected.body().contains("<li>" + submitted.reference() + ": " + done + "</li>"),
          rejected.body());
      assertState(submitted, "AFGEWEZEN", 1);
      MimeMessage mail =
          awaitMail(point.getValue(), "Uw verbeterpunt is niet op de website gezet", 1).get(0);
      assertEquals(
          "Uw verbeterpunt is niet op de website gezet (" + submitted.reference() + ")",
          mail.getSubject());
      String text = MailText.of(mail);
      assertTrue(text.contains("Uw punt valt buiten de regels van Wij(k) aan zet!."), text);
    }
  }

  @Test
  void aBulkMergeByReferenceJoinsTheSelectedPointsWithAPublishedOne() throws Exception {
    Submitted target = submit("daalmeer-koedijk", "Speeltuin in het Rosariumpark");
    Submitted second = submit("daalmeer-koedijk", "Speeltoestellen in het Rosariumpark");
    Submitted third = submit("daalmeer-koedijk", "Een glijbaan in het park");
    Submitted other = submit("daalmeer-koedijk", "Schommels bij de speelplaats");
    publishOverApi(target);
    long targetVersion = moderator.version(target.id());
    Map<Submitted, Long> selected = new LinkedHashMap<>();
    selected.put(second, 0L);
    selected.put(target, targetVersion); // ticked along with its look-alikes: still the target
    selected.put(third, 0L);
    String typed = " " + mixedCase(target.reference()) + " ";

    HttpResponse<String> merged =
        moderator.submitForm(
            "/moderatie/bulk", bulk("daalmeer-koedijk", "samenvoegen", selected, "into", typed));

    assertEquals(200, merged.statusCode(), merged.body());
    assertTrue(
        merged
            .body()
            .contains(
                "2 punten samengevoegd met "
                    + target.reference()
                    + ". De indieners krijgen een e-mail."),
        merged.body());
    for (Submitted source : List.of(second, third)) {
      JsonNode now = moderator.point(source.id());
      assertEquals("SAMENGEVOEGD", now.get("status").asText());
      assertEquals(target.id(), now.get("mergedInto").asText());
    }
    JsonNode targetNow = moderator.point(target.id());
    assertEquals("GEPUBLICEERD", targetNow.get("status").asText());
    String targetPage = moderator.screen("/moderatie/punt/" + target.id()).body();
    for (Submitted source : List.of(second, third)) {
      assertTrue(
          targetPage.contains(
              ">" + source.reference() + "</a>, ingediend door " + SubmissionClient.NAME),
          "the target's page lists who it speaks for:\n" + targetPage);
    }
    assertTrue(targetPage.contains("mailto:inwoner@example.nl"), "with their e-mail");
    assertTrue(
        targetPage.contains("Om dit punt terug te trekken, maakt u eerst het samenvoegen"),
        "says why it cannot be withdrawn now");
    assertFalse(targetPage.contains("/terugtrekken\""), "and offers no withdraw form");
    List<String> mergedFrom = new ArrayList<>();
    targetNow.get("mergedFrom").forEach(id -> mergedFrom.add(id.asText()));
    assertEquals(Set.of(second.id(), third.id()), Set.copyOf(mergedFrom));
    assertTrue(targetNow.get("version").asLong() > targetVersion, "the target was saved too");

    long targetAfter = targetNow.get("version").asLong();
    HttpResponse<String> unknown =
        moderator.submitForm(
            "/moderatie/bulk",
            bulk("daalmeer-koedijk", "samenvoegen", Map.of(other, 0L), "into", "WAZ-0000-0000"));

    assertEquals(409, unknown.statusCode(), unknown.body());
    assertTrue(
        unknown
            .body()
            .contains(
                "Vul het referentienummer in van het punt waarmee u samenvoegt, zoals"
                    + " WAZ-ABCD-EFGH."),
        unknown.body());
    assertState(other, "INGEDIEND", 0);
    assertEquals(targetAfter, moderator.version(target.id()), "the target did not change");
    assertEquals(2, moderator.point(target.id()).get("mergedFrom").size());
  }

  private static String mixedCase(String reference) {
    StringBuilder mixed = new StringBuilder();
    for (int i = 0; i < reference.length(); i++) {
      char c = reference.charAt(i);
      mixed.append(i % 2 == 0 ? Character.toLowerCase(c) : Character.toUpperCase(c));
    }
    return mixed.toString();
  }

  @Test
  void aPointsPageShowsItsSubmitterHistoryAndPhotoAndKeepsTheOldTextOfACorrection()
      throws Exception {
    Submitted plain =
        submit(
            "vroonermeer",
            "Een hondenuitlaatveld bij de sporthal",
            "Honden lopen nu los op het grasveld waar kinderen spelen.",
            "m.hondenbaas@example.nl");
    Map<String, String> withPhoto = new LinkedHashMap<>();
    withPhoto.put("wijk", "vroonermeer");
    withPhoto.put("title", "Kapot hek bij het speelveld");
    withPhoto.put("description", "Het hek rond het speelveld is kapot, zie de foto.");
    withPhoto.put("category", "spelen");
    withPhoto.put("name", "Noor Fotografe");
    withPhoto.put("email", "n.fotografe@example.nl");
    withPhoto.put("consent", "ja");
    HttpResponse<String> photoResponse =
        new SubmissionClient(host).postMultipart(withPhoto, TestImages.phoneJpeg(800, 600, 1));
    assertEquals(201, photoResponse.statusCode(), photoResponse.body());
    String photoId = ModeratorClient.json(photoResponse).get("id").asText();

    HttpResponse<String> page = moderator.screen("/moderatie/punt/" + plain.id());
    HttpResponse<String> photoPage = moderator.screen("/moderatie/punt/" + photoId);
    HttpResponse<String> photo = moderator.screen("/moderatie/punt/" + photoId + "/foto");
    HttpResponse<String> noPhoto = moderator.screen("/moderatie/punt/" + plain.id() + "/foto");

    assertEquals(200, page.statusCode(), page.body());
    String body = page.body();
    assertTrue(body.contains("<dd>" + SubmissionClient.NAME + "</dd>"), "the submitter's name");
    assertTrue(
        body.contains(
            "<a class=\"utrecht-link\" href=\"mailto:m.hondenbaas@example.nl\">"
                + "m.hondenbaas@example.nl</a>"),
        "the submitter's e-mail");
    assertTrue(
        body.contains("<td>ingediend</td><td>online ingediend</td>"), "the history:\n" + body);
    assertFalse(body.contains("/foto"), "no photo, no photo link");
    assertEquals(404, noPhoto.statusCode());
    assertTrue(
        photoPage.body().contains("href=\"/moderatie/punt/" + photoId + "/foto\""),
        photoPage.body());
    assertTrue(photoPage.body().contains("<dd>Noor Fotografe</dd>"), photoPage.body());
    assertEquals(200, photo.statusCode());
    assertEquals("image/jpeg", photo.headers().firstValue("Content-Type").orElse(""));

    List<Map.Entry<String, String>> correction =
        List.of(
            field("token", moderator.formToken("/moderatie/punt/" + plain.id())),
            field("version", "0"),
            field("title", "Een hondenuitlaatveld bij de sporthal Vroonermeer"),
            field("description", "Honden lopen nu los op het grasveld waar kinderen spelen."),
            field("location", "Sporthal Vroonermeer"),
            field("category", "leefbaarheid"));
    HttpResponse<String> corrected =
        moderator.submitForm("/moderatie/punt/" + plain.id() + "/verbeteren", correction);

    assertEquals(303, corrected.statusCode(), corrected.body());
    assertEquals("/moderatie/punt/" + plain.id() + "?gedaan=verbeteren", location(corrected));
    String after = moderator.screen(location(corrected)).body();
    assertTrue(
        after.contains("De tekst is verbeterd. De oude tekst staat in de geschiedenis."), after);
    assertTrue(after.contains("Een hondenuitlaatveld bij de sporthal Vroonermeer"), after);
    Matcher history =
        Pattern.compile("<td>" + ModeratorClient.NAME + "</td><td>verbeteren</td><td>([^<]*)</td>")
            .matcher(after);
    assertTrue(history.find(), "a history row for the correction:\n" + after);
    assertTrue(
        history.group(1).contains("titel: Een hondenuitlaatveld bij de sporthal |"),
        "the old title is kept: " + history.group(1));
    assertTrue(history.group(1).contains("plek: Ergens in vroonermeer"), history.group(1));
    assertState(plain, "INGEDIEND", 1);
  }

  @Test
  void aRejectionForAndersWithoutExplanationShowsTheErrorSummaryAndChangesNothing()
      throws Exception {
    Submitted point =
        submit(
            "centrum",
            "Een skatebaan op het Canadaplein",
            "Jongeren hebben in het centrum geen plek om te skaten.",
            "o.skater@example.nl");

    HttpResponse<String> refused =
        moderator.submitForm(
            "/moderatie/punt/" + point.id() + "/afwijzen",
            List.of(
                field("token", moderator.formToken("/moderatie/punt/" + point.id())),
                field("version", "0"),
                field("reason", "anders"),
                field("explanation", "")));

    assertEquals(400, refused.statusCode(), refused.body());
    String page = refused.body();
    assertTrue(page.contains("id=\"wz-foutmeldingen\""), page);
    Matcher summary =
        Pattern.compile("id=\"wz-foutmeldingen\".*?</div>", Pattern.DOTALL).matcher(page);
    assertTrue(summary.find(), page);
    assertTrue(
        summary.group().contains("<a class=\"utrecht-link\" href=\"#wz-veld-explanation\">"),
        "the summary links to the field:\n" + summary.group());
    assertTrue(summary.group().contains("Schrijf op waarom"), summary.group());
    assertTrue(page.contains("<title>Fout: " + point.reference()), "the title says so");
    assertTrue(page.contains("id=\"wz-veld-explanation\" name=\"explanation\" rows=\"6\""), page);
    assertTrue(
        page.contains(
            "aria-describedby=\"wz-veld-explanation-uitleg wz-veld-explanation-fout\""
                + " aria-invalid=\"true\""),
        "the field is marked invalid");
    assertTrue(page.contains("<option value=\"anders\" selected>"), "the chosen reason is kept");
    assertState(point, "INGEDIEND", 0);
    assertEquals(List.of(), HostOutbox.to("o.skater@example.nl", "afgewezen"), "no mail");
  }

  @Test
  void aPointWithAPhotoIsNotPublishedInBulk() throws Exception {
    Map<String, String> withPhoto = new LinkedHashMap<>();
    withPhoto.put("wijk", "de-mare");
    withPhoto.put("title", "Graffiti op de muur van de school");
    withPhoto.put("description", "Op de muur van de basisschool staat sinds vorige week graffiti.");
    withPhoto.put("category", "leefbaarheid");
    withPhoto.put("name", "Sam Foto");
    withPhoto.put("email", "s.foto@example.nl");
    withPhoto.put("consent", "ja");
    HttpResponse<String> created =
        new SubmissionClient(host).postMultipart(withPhoto, TestImages.phoneJpeg(640, 480, 1));
    assertEquals(201, created.statusCode(), created.body());
    JsonNode point = ModeratorClient.json(created);
    Submitted submitted = new Submitted(point.get("id").asText(), point.get("reference").asText());
    Map<Submitted, Long> selected = new LinkedHashMap<>();
    selected.put(submitted, 0L);

    HttpResponse<String> refused =
        moderator.submitForm("/moderatie/bulk", bulk("de-mare", "publiceren", selected));

    assertEquals(409, refused.statusCode(), refused.body());
    assertTrue(
        refused
            .body()
            .contains("Dit punt heeft een foto. Bekijk de foto en publiceer het punt apart."),
        refused.body());
    assertState(submitted, "INGEDIEND", 0);
  }
}
