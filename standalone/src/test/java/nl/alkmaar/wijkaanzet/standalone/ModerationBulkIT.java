package nl.alkmaar.wijkaanzet.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bulk actions of a wijk's queue on the real host: each point on its own (a stale one is skipped
 * with the reason), a rejection needs a reason and mails every submitter, a merge by reference is
 * all or nothing, and points with a photo are left to a look one by one.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModerationBulkIT {

  private static final String STALE =
      "Iemand anders heeft dit punt net veranderd. Laad het punt opnieuw en kijk of uw actie nog"
          + " nodig is.";

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

  @Test
  void aBulkPublicationSkipsTheStalePointAndSaysWhy() throws Exception {
    ScreensSession.Submitted first = screens.submit("zuid", "Parkeerplaatsen voor fietsen");
    ScreensSession.Submitted stale =
        screens.submit("zuid", "Bomen langs de Laan van Nieuw Oosterwijk");
    ScreensSession.Submitted third = screens.submit("zuid", "Een moestuin voor de buurt");
    Map<ScreensSession.Submitted, Long> selected = new LinkedHashMap<>();
    selected.put(first, 0L);
    selected.put(stale, 7L);
    selected.put(third, 0L);

    HttpResponse<String> response =
        screens.moderator.submitForm(
            "/moderatie/bulk", screens.bulk("zuid", "publiceren", selected));

    assertEquals(409, response.statusCode(), "a partial result");
    String page = response.body();
    assertTrue(page.contains("Niet alles is gelukt"), page);
    String published = "Het punt is gepubliceerd. Inwoners zien het nu op de website.";
    assertTrue(page.contains("<li>" + first.reference() + ": " + published + "</li>"), page);
    assertTrue(page.contains("<li>" + third.reference() + ": " + published + "</li>"), page);
    assertTrue(page.contains("<li>" + stale.reference() + ": " + STALE + "</li>"), page);
    assertEquals(
        List.of(stale.reference()),
        ScreensSession.rows(page),
        "the queue now holds only the stale one");
    screens.assertState(first, "GEPUBLICEERD", 1);
    screens.assertState(third, "GEPUBLICEERD", 1);
    screens.assertState(stale, "INGEDIEND", 0);
    assertEquals(
        200, ModeratorClient.publicGet(screens.host, "/api/ideas/" + first.id()).statusCode());
    assertEquals(
        404, ModeratorClient.publicGet(screens.host, "/api/ideas/" + stale.id()).statusCode());
  }

  @Test
  void aBulkRejectionNeedsAReasonAndThenEverySubmitterIsMailed() throws Exception {
    ScreensSession.Submitted first =
        screens.submit(
            "overdie",
            "Een casino in de Overdie",
            "Een groot casino met een parkeergarage eronder.",
            "k.casino@example.nl");
    ScreensSession.Submitted second =
        screens.submit(
            "overdie",
            "Gratis bier op het plein",
            "Elke vrijdag gratis bier voor iedereen op het plein.",
            "l.bier@example.nl");
    Map<ScreensSession.Submitted, Long> selected = new LinkedHashMap<>();
    selected.put(first, 0L);
    selected.put(second, 0L);

    HttpResponse<String> noReason =
        screens.moderator.submitForm(
            "/moderatie/bulk", screens.bulk("overdie", "afwijzen", selected, "reason", ""));

    assertEquals(409, noReason.statusCode(), noReason.body());
    for (ScreensSession.Submitted point : List.of(first, second)) {
      assertTrue(
          noReason.body().contains("<li>" + point.reference() + ": Kies een reden.</li>"),
          noReason.body());
      screens.assertState(point, "INGEDIEND", 0);
    }
    assertEquals(List.of(), HostOutbox.to("k.casino@example.nl", "afgewezen"), "no mail");
    assertEquals(List.of(), HostOutbox.to("l.bier@example.nl", "afgewezen"), "no mail");

    HttpResponse<String> rejected =
        screens.moderator.submitForm(
            "/moderatie/bulk",
            screens.bulk("overdie", "afwijzen", selected, "reason", "buiten-regels"));

    assertEquals(200, rejected.statusCode(), rejected.body());
    assertTrue(rejected.body().contains("Gelukt"), rejected.body());
    String done = "Het punt is afgewezen. De indiener krijgt een e-mail met de reden.";
    for (Map.Entry<ScreensSession.Submitted, String> point :
        Map.of(first, "k.casino@example.nl", second, "l.bier@example.nl").entrySet()) {
      ScreensSession.Submitted submitted = point.getKey();
      assertTrue(
          rejected.body().contains("<li>" + submitted.reference() + ": " + done + "</li>"),
          rejected.body());
      screens.assertState(submitted, "AFGEWEZEN", 1);
      MimeMessage mail =
          screens
              .awaitMail(point.getValue(), "Uw verbeterpunt is niet op de website gezet", 1)
              .get(0);
      assertEquals(
          "Uw verbeterpunt is niet op de website gezet (" + submitted.reference() + ")",
          mail.getSubject());
      String text = MailText.of(mail);
      assertTrue(text.contains("Uw punt valt buiten de regels van Wij(k) aan zet!."), text);
    }
  }

  @Test
  void aBulkMergeByReferenceJoinsTheSelectedPointsWithAPublishedOne() throws Exception {
    ScreensSession.Submitted target =
        screens.submit("daalmeer-koedijk", "Speeltuin in het Rosariumpark");
    ScreensSession.Submitted second =
        screens.submit("daalmeer-koedijk", "Speeltoestellen in het Rosariumpark");
    ScreensSession.Submitted third = screens.submit("daalmeer-koedijk", "Een glijbaan in het park");
    ScreensSession.Submitted other =
        screens.submit("daalmeer-koedijk", "Schommels bij de speelplaats");
    screens.publishOverApi(target);
    long targetVersion = screens.moderator.version(target.id());
    Map<ScreensSession.Submitted, Long> selected = new LinkedHashMap<>();
    selected.put(second, 0L);
    selected.put(target, targetVersion); // ticked along with its look-alikes: still the target
    selected.put(third, 0L);
    String typed = " " + mixedCase(target.reference()) + " ";

    HttpResponse<String> merged =
        screens.moderator.submitForm(
            "/moderatie/bulk",
            screens.bulk("daalmeer-koedijk", "samenvoegen", selected, "into", typed));

    assertEquals(200, merged.statusCode(), merged.body());
    assertTrue(
        merged
            .body()
            .contains(
                "2 punten samengevoegd met "
                    + target.reference()
                    + ". De indieners krijgen een e-mail."),
        merged.body());
    for (ScreensSession.Submitted source : List.of(second, third)) {
      JsonNode now = screens.moderator.point(source.id());
      assertEquals("SAMENGEVOEGD", now.get("status").asText());
      assertEquals(target.id(), now.get("mergedInto").asText());
    }
    JsonNode targetNow = screens.moderator.point(target.id());
    assertEquals("GEPUBLICEERD", targetNow.get("status").asText());
    String targetPage = screens.moderator.screen("/moderatie/punt/" + target.id()).body();
    for (ScreensSession.Submitted source : List.of(second, third)) {
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
        screens.moderator.submitForm(
            "/moderatie/bulk",
            screens.bulk(
                "daalmeer-koedijk", "samenvoegen", Map.of(other, 0L), "into", "WAZ-0000-0000"));

    assertEquals(409, unknown.statusCode(), unknown.body());
    assertTrue(
        unknown
            .body()
            .contains(
                "Vul het referentienummer in van het punt waarmee u samenvoegt, zoals"
                    + " WAZ-ABCD-EFGH."),
        unknown.body());
    screens.assertState(other, "INGEDIEND", 0);
    assertEquals(targetAfter, screens.moderator.version(target.id()), "the target did not change");
    assertEquals(2, screens.moderator.point(target.id()).get("mergedFrom").size());
  }

  @Test
  void aPointWithAPhotoIsNotPublishedInBulk() throws Exception {
    ScreensSession.Submitted submitted =
        screens.submitWithPhoto(
            "de-mare",
            "Graffiti op de muur van de school",
            "Op de muur van de basisschool staat sinds vorige week graffiti.",
            "s.foto@example.nl");
    Map<ScreensSession.Submitted, Long> selected = new LinkedHashMap<>();
    selected.put(submitted, 0L);

    HttpResponse<String> refused =
        screens.moderator.submitForm(
            "/moderatie/bulk", screens.bulk("de-mare", "publiceren", selected));

    assertEquals(409, refused.statusCode(), refused.body());
    assertTrue(
        refused
            .body()
            .contains("Dit punt heeft een foto. Bekijk de foto en publiceer het punt apart."),
        refused.body());
    screens.assertState(submitted, "INGEDIEND", 0);
  }

  private static String mixedCase(String reference) {
    StringBuilder mixed = new StringBuilder();
    for (int i = 0; i < reference.length(); i++) {
      char c = reference.charAt(i);
      mixed.append(i % 2 == 0 ? Character.toLowerCase(c) : Character.toUpperCase(c));
    }
    return mixed.toString();
  }
}
