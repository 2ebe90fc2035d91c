package nl.alkmaar.wijkaanzet.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import freemarker.cache.FileTemplateLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MailTemplatesTest {

  private final MailTemplates templates = new MailTemplates();

  private static Map<String, Object> model() {
    Map<String, Object> model = new HashMap<>();
    model.put("wijk", "Centrum");
    model.put("reference", "WAZ-2024-000123");
    model.put(
        "pointLink", "https://www.alkmaar.nl/wijkaanzet/wijk/centrum#wz-idea-waz-2024-000123");
    model.put("link", "https://www.alkmaar.nl/wijkaanzet");
    model.put("publishedIn", "mei");
    return model;
  }

  @Test
  void rendersTheDutchConfirmation() {
    RenderedMail mail = templates.render("bevestiging", "nl", model());

    assertEquals("Bedankt voor uw verbeterpunt (WAZ-2024-000123)", mail.subject());
    String body = mail.textBody();
    assertTrue(body.startsWith("Beste inwoner,\n\n"), body);
    assertTrue(body.contains("voor de wijk Centrum"), body);
    assertTrue(body.contains("Uw referentienummer: WAZ-2024-000123"), body);
    assertTrue(body.contains("Heeft u dit punt niet zelf ingestuurd?"), body);
    assertTrue(
        body.contains(
            "Uw punt staat dan hier:"
                + " https://www.alkmaar.nl/wijkaanzet/wijk/centrum#wz-idea-waz-2024-000123"),
        body);
    assertTrue(body.contains("Stadswerk072"), body);
    assertTrue(body.contains("In mei zetten we de verbeterpunten op de website."), body);
    assertTrue(body.contains("stemmen"), body);
    assertTrue(body.contains("https://www.alkmaar.nl/wijkaanzet"), body);
    assertTrue(body.contains("Uw naam en e-mailadres gebruiken we alleen"), body);
    assertFalse(body.contains("[#"), body);
    assertFalse(body.contains("\n\n\n"), body);
    assertTrue(body.endsWith("Wij(k) aan zet!\n"), body);
  }

  @Test
  void rendersTheEnglishConfirmation() {
    Map<String, Object> model = model();
    model.put("publishedIn", "May");
    RenderedMail mail = templates.render("bevestiging", "en", model);

    assertEquals("Thank you for your suggestion (WAZ-2024-000123)", mail.subject());
    assertTrue(mail.textBody().startsWith("Dear resident,"), mail.textBody());
    assertTrue(mail.textBody().contains("Your reference number: WAZ-2024-000123"));
    assertTrue(mail.textBody().contains("In May we put the suggestions on the website."));
  }

  @Test
  void withoutMonthOrLinksTheTextStillReads() {
    Map<String, Object> model = model();
    model.put("pointLink", "");
    model.put("link", "");
    model.remove("publishedIn");

    String body = templates.render("bevestiging", "nl", model).textBody();

    assertTrue(body.startsWith("Beste inwoner,"), body);
    assertTrue(body.contains("2. Daarna zetten we de verbeterpunten op de website."), body);
    assertFalse(body.contains("staat dan hier"), body);
    assertFalse(body.contains("\n\n\n"), body);
  }

  @Test
  void anotherLanguageFallsBackToDutch() {
    assertEquals(
        "Bedankt voor uw verbeterpunt (WAZ-2024-000123)",
        templates.render("bevestiging", "fr", model()).subject());
  }

  @Test
  void aMissingValueIsAnErrorNotAGapInTheMail() {
    Map<String, Object> model = model();
    model.remove("reference");

    assertThrows(IllegalStateException.class, () -> templates.render("bevestiging", "nl", model));
  }

  @Test
  void rendersTheRejectionWithReasonAndExplanationInBothLanguages() {
    java.util.Map<String, Object> model =
        java.util.Map.of(
            "name", "Zoë",
            "title", "Gratis parkeren",
            "wijk", "Overdie",
            "reference", "WAZ-AAAA-BBBB",
            "reason", "De gemeente gaat hier niet over.",
            "explanation", "De gemeenteraad stelt de tarieven vast.",
            "link", "");

    RenderedMail dutch = templates.render("afgewezen", "nl", model);
    RenderedMail english = templates.render("afgewezen", "en", model);

    assertEquals("Uw verbeterpunt is niet op de website gezet (WAZ-AAAA-BBBB)", dutch.subject());
    assertTrue(dutch.textBody().contains("De gemeente gaat hier niet over."));
    assertTrue(dutch.textBody().contains("Toelichting:\nDe gemeenteraad stelt de tarieven vast."));
    assertTrue(!dutch.textBody().contains("Meer over"), "no link line without a link");
    assertEquals("Your suggestion will not be published (WAZ-AAAA-BBBB)", english.subject());
  }

  @Test
  void rendersTheForwardingMailsToStadswerkAndToTheSubmitter() {
    Map<String, Object> report = new HashMap<>();
    report.put("organisation", "Stadswerk072");
    report.put("reference", "WAZ-CCCC-DDDD");
    report.put("title", "Losse stoeptegel");
    report.put("description", "Bij de bushalte ligt een tegel los & iemand viel bijna.");
    report.put("location", "Laat 12");
    report.put("category", "Verkeer");
    report.put("wijk", "Centrum");
    report.put("submittedAt", "10 april 2024, 14:00");

    RenderedMail toStadswerk = templates.render("doorsturen", "nl", report);

    assertEquals(
        "Melding openbare ruimte uit Wij(k) aan zet! (WAZ-CCCC-DDDD)", toStadswerk.subject());
    assertTrue(toStadswerk.textBody().contains("Plek: Laat 12"), toStadswerk.textBody());
    assertTrue(toStadswerk.textBody().contains("los & iemand"), "plain text, not escaped");
    assertTrue(toStadswerk.textBody().contains("noem de referentie"), toStadswerk.textBody());

    Map<String, Object> notice = model();
    notice.put("organisation", "Stadswerk072");
    notice.put("route", "per e-mail");
    RenderedMail toSubmitter = templates.render("doorgestuurd", "nl", notice);
    assertEquals(
        "Uw melding is doorgestuurd naar Stadswerk072 (WAZ-2024-000123)", toSubmitter.subject());
    assertTrue(toSubmitter.textBody().contains("per e-mail doorgestuurd naar Stadswerk072"));
    assertTrue(
        templates.render("doorgestuurd", "en", notice).subject().startsWith("Your report was"));
  }

  @Test
  void rendersTheMergeMailWithTheTargetsLink() {
    Map<String, Object> model = model();
    model.put("targetTitle", "Meer bankjes op het Kerkplein");
    model.put("targetReference", "WAZ-EEEE-FFFF");
    model.put("targetLink", "https://www.alkmaar.nl/wijkaanzet/wijk/centrum#wz-idea-waz-eeee-ffff");

    RenderedMail mail = templates.render("samengevoegd", "nl", model);

    assertEquals("Uw verbeterpunt is samengevoegd (WAZ-2024-000123)", mail.subject());
    assertTrue(mail.textBody().contains("Referentienummer: WAZ-EEEE-FFFF"));
    assertTrue(mail.textBody().contains("#wz-idea-waz-eeee-ffff"));
  }

  @Test
  void aTextEditedInTheLightModuleWinsOverTheJarsCopy(@TempDir Path lightModules) throws Exception {
    Path mail = Files.createDirectories(lightModules.resolve("wijkaanzet/mail"));
    Files.writeString(
        mail.resolve("bevestiging_nl.ftl"),
        "[#ftl output_format=\"plainText\"]\n[#assign subject = \"Dank u wel (${reference})\"]\n"
            + "Dag inwoner van ${wijk}, dank voor uw idee.\n");
    MailTemplates edited =
        new MailTemplates(Optional.of(new FileTemplateLoader(lightModules.toFile())));

    assertEquals(
        "Dank u wel (WAZ-2024-000123)", edited.render("bevestiging", "nl", model()).subject());
    assertEquals(
        "Thank you for your suggestion (WAZ-2024-000123)",
        edited.render("bevestiging", "en", model()).subject(),
        "texts the light module does not have come from the jar");
  }

  /** A text missing everywhere is a fault of the installation, never a refusal of the request. */
  @Test
  void aMissingTemplateIsAnErrorNotABadArgument() {
    IllegalStateException missing =
        assertThrows(
            IllegalStateException.class, () -> templates.render("bestaat-niet", "nl", model()));

    assertTrue(missing.getMessage().contains("bestaat-niet"), missing.getMessage());
  }
}
