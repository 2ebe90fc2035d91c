package nl.alkmaar.wijkaanzet.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The moderation screens (plain HTML forms) on the real host: who may see them, the form token and
 * origin check, the queue with its tabs, search and sorting, and one point's page with its
 * submitter, history, photo, corrections and errors. Bulk actions: {@link ModerationBulkIT}. Each
 * test works in its own wijk, so counts and lists are its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModerationScreensIT {

  private ScreensSession screens;

  @BeforeAll
  void start(@TempDir Path data) throws Exception {
    screens = new ScreensSession(data);
  }

  @AfterAll
  void stop() {
    if (screens != null) {
      screens.close();
    }
  }

  private static String location(HttpResponse<String> response) {
    URI location = URI.create(response.headers().firstValue("Location").orElse(""));
    return location.getPath() + (location.getQuery() == null ? "" : "?" + location.getQuery());
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

  @Test
  void anonymousVisitorsGoToTheLoginAndStaffWithoutTheModeratorRoleAreRefused() throws Exception {
    ScreensSession.Submitted point = screens.submit("oudorp", "Bloembakken op de dijk");

    HttpResponse<String> anonymous =
        ModeratorClient.publicGet(screens.host, "/moderatie/wijk/centrum");
    HttpResponse<String> anonymousHere =
        ModeratorClient.publicGet(screens.host, "/moderatie/wijk/oudorp");
    ModeratorClient staff = ModeratorClient.logIn(screens.host, ScreensSession.STAFF);
    HttpResponse<String> overview = staff.screen("/moderatie");
    HttpResponse<String> queue = staff.screen("/moderatie/wijk/oudorp");
    HttpResponse<String> bulk =
        staff.submitForm(
            "/moderatie/bulk", screens.bulk("oudorp", "publiceren", Map.of(point, 0L)));

    assertTrue(
        anonymous.statusCode() == 302 || anonymous.statusCode() == 303,
        "anonymous answered " + anonymous.statusCode());
    assertTrue(location(anonymous).startsWith("/inloggen?terug="), location(anonymous));
    assertTrue(
        anonymousHere.statusCode() == 302 || anonymousHere.statusCode() == 303,
        "anonymous answered " + anonymousHere.statusCode());
    assertTrue(location(anonymousHere).startsWith("/inloggen?terug="), location(anonymousHere));
    assertFalse(anonymousHere.body().contains(point.reference()), "nothing of the queue shows");
    assertEquals(403, overview.statusCode(), overview.body());
    assertEquals(403, queue.statusCode(), queue.body());
    assertEquals(403, bulk.statusCode(), bulk.body());
    assertFalse(bulk.body().contains(point.reference()), bulk.body());
    screens.assertState(point, "INGEDIEND", 0);
  }

  @Test
  void aFormWithoutAValidTokenOrFromAnotherSiteChangesNothing() throws Exception {
    ScreensSession.Submitted point = screens.submit("huiswaard", "Hondenpoepbakken in het park");
    String path = "/moderatie/punt/" + point.id() + "/publiceren";
    String token = screens.moderator.formToken("/moderatie/punt/" + point.id());
    String own = screens.host.baseUri().toString().replaceAll("/$", "");

    HttpResponse<String> missing =
        screens.moderator.submitForm(path, List.of(ScreensSession.field("version", "0")));
    HttpResponse<String> forged =
        screens.moderator.submitForm(
            path,
            List.of(
                ScreensSession.field("token", "1712750400000.bm9nLWVlbi10b2tlbg"),
                ScreensSession.field("version", "0")));
    HttpResponse<String> foreign =
        screens.moderator.submitForm(
            path,
            List.of(ScreensSession.field("token", token), ScreensSession.field("version", "0")),
            "Origin",
            "https://kwaadwillend.example");
    HttpResponse<String> foreignBulk =
        screens.moderator.submitForm(
            "/moderatie/bulk",
            screens.bulk("huiswaard", "publiceren", Map.of(point, 0L)),
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
    screens.assertState(point, "INGEDIEND", 0);
    assertEquals(
        404,
        ModeratorClient.publicGet(screens.host, "/api/ideas/" + point.id()).statusCode(),
        "hidden");

    HttpResponse<String> sameSite =
        screens.moderator.submitForm(
            path,
            List.of(ScreensSession.field("token", token), ScreensSession.field("version", "0")),
            "Origin",
            own);

    assertEquals(303, sameSite.statusCode(), sameSite.body());
    assertEquals("/moderatie/punt/" + point.id() + "?gedaan=publiceren", location(sameSite));
    screens.assertState(point, "GEPUBLICEERD", 1);
  }

  @Test
  void theQueueHasStatusTabsWithCountsASearchAndBothOrders() throws Exception {
    ScreensSession.Submitted bankjes =
        screens.submit(
            "west",
            "Bankjes bij de vijver",
            "Langs het water is geen plek om even uit te rusten.",
            "a@example.nl");
    ScreensSession.Submitted lantaarns =
        screens.submit(
            "west",
            "Lantaarnpalen langs het fietspad",
            "Het is 's avonds erg donker op de route naar het station.",
            "b@example.nl");
    ScreensSession.Submitted meerBankjes =
        screens.submit(
            "west",
            "Meer bankjes op het plein",
            "Op het plein bij de winkels staan te weinig zitplekken.",
            "c@example.nl");
    ScreensSession.Submitted zebrapad =
        screens.submit(
            "west",
            "Zebrapad bij de school",
            "Kinderen steken de drukke weg over zonder oversteekplaats.",
            "d@example.nl");
    screens.publishOverApi(zebrapad);
    List<Instant> submitted = new ArrayList<>();
    for (ScreensSession.Submitted point : List.of(bankjes, lantaarns, meerBankjes)) {
      submitted.add(Instant.parse(screens.moderator.point(point.id()).get("submittedAt").asText()));
    }
    assertTrue(
        submitted.get(0).isBefore(submitted.get(1)) && submitted.get(1).isBefore(submitted.get(2)),
        "submitted one after the other: " + submitted);

    HttpResponse<String> queue = screens.moderator.screen("/moderatie/wijk/west");
    String bySearch =
        screens.moderator.screen("/moderatie/wijk/west?status=ingediend&q=BANKJES").body();
    String byReference =
        screens
            .moderator
            .screen(
                "/moderatie/wijk/west?status=ingediend&q="
                    + lantaarns.reference().toLowerCase(Locale.ROOT))
            .body();
    String newestFirst =
        screens.moderator.screen("/moderatie/wijk/west?status=ingediend&sort=nieuw").body();
    String all = screens.moderator.screen("/moderatie/wijk/west?status=alle").body();
    String published = screens.moderator.screen("/moderatie/wijk/west?status=gepubliceerd").body();

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
        ScreensSession.rows(queue.body()),
        "oldest first");
    assertEquals(
        List.of(bankjes.reference(), meerBankjes.reference()), ScreensSession.rows(bySearch));
    assertTrue(bySearch.contains("2 punten met \"BANKJES\"."), "the count says what was sought");
    assertEquals(
        List.of(lantaarns.reference()), ScreensSession.rows(byReference), "found by its reference");
    assertEquals(
        List.of(meerBankjes.reference(), lantaarns.reference(), bankjes.reference()),
        ScreensSession.rows(newestFirst),
        "newest first");
    assertEquals(
        Set.of(
            bankjes.reference(),
            lantaarns.reference(),
            meerBankjes.reference(),
            zebrapad.reference()),
        Set.copyOf(ScreensSession.rows(all)));
    assertEquals(List.of(zebrapad.reference()), ScreensSession.rows(published));
  }

  @Test
  void aPointsPageShowsItsSubmitterHistoryAndPhotoAndKeepsTheOldTextOfACorrection()
      throws Exception {
    ScreensSession.Submitted plain =
        screens.submit(
            "vroonermeer",
            "Een hondenuitlaatveld bij de sporthal",
            "Honden lopen nu los op het grasveld waar kinderen spelen.",
            "m.hondenbaas@example.nl");
    String photoId =
        screens
            .submitWithPhoto(
                "vroonermeer",
                "Kapot hek bij het speelveld",
                "Het hek rond het speelveld is kapot, zie de foto.",
                "n.fotografe@example.nl")
            .id();

    HttpResponse<String> page = screens.moderator.screen("/moderatie/punt/" + plain.id());
    HttpResponse<String> photoPage = screens.moderator.screen("/moderatie/punt/" + photoId);
    HttpResponse<String> photo = screens.moderator.screen("/moderatie/punt/" + photoId + "/foto");
    HttpResponse<String> noPhoto =
        screens.moderator.screen("/moderatie/punt/" + plain.id() + "/foto");

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
    assertTrue(photoPage.body().contains("<dd>Inwoner met foto</dd>"), photoPage.body());
    assertEquals(200, photo.statusCode());
    assertEquals("image/jpeg", photo.headers().firstValue("Content-Type").orElse(""));

    List<Map.Entry<String, String>> correction =
        List.of(
            ScreensSession.field(
                "token", screens.moderator.formToken("/moderatie/punt/" + plain.id())),
            ScreensSession.field("version", "0"),
            ScreensSession.field("title", "Een hondenuitlaatveld bij de sporthal Vroonermeer"),
            ScreensSession.field(
                "description", "Honden lopen nu los op het grasveld waar kinderen spelen."),
            ScreensSession.field("location", "Sporthal Vroonermeer"),
            ScreensSession.field("category", "leefbaarheid"));
    HttpResponse<String> corrected =
        screens.moderator.submitForm("/moderatie/punt/" + plain.id() + "/verbeteren", correction);

    assertEquals(303, corrected.statusCode(), corrected.body());
    assertEquals("/moderatie/punt/" + plain.id() + "?gedaan=verbeteren", location(corrected));
    String after = screens.moderator.screen(location(corrected)).body();
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
    screens.assertState(plain, "INGEDIEND", 1);
  }

  @Test
  void aRejectionForAndersWithoutExplanationShowsTheErrorSummaryAndChangesNothing()
      throws Exception {
    ScreensSession.Submitted point =
        screens.submit(
            "centrum",
            "Een skatebaan op het Canadaplein",
            "Jongeren hebben in het centrum geen plek om te skaten.",
            "o.skater@example.nl");

    HttpResponse<String> refused =
        screens.moderator.submitForm(
            "/moderatie/punt/" + point.id() + "/afwijzen",
            List.of(
                ScreensSession.field(
                    "token", screens.moderator.formToken("/moderatie/punt/" + point.id())),
                ScreensSession.field("version", "0"),
                ScreensSession.field("reason", "anders"),
                ScreensSession.field("explanation", "")));

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
    screens.assertState(point, "INGEDIEND", 0);
    assertEquals(List.of(), HostOutbox.to("o.skater@example.nl", "afgewezen"), "no mail");
  }
}
