package nl.alkmaar.wijkaanzet.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.alkmaar.wijkaanzet.notify.MailSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** A resident submits over HTTP and the confirmation arrives once at a real SMTP server. */
class SubmissionMailIT {

  @RegisterExtension
  static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path data;

  private static MailSettings smtp() {
    return new MailSettings(
        "127.0.0.1",
        SMTP.getSmtp().getPort(),
        "wijkaanzet@alkmaar.nl",
        MailSettings.DEFAULT_FROM_NAME,
        null,
        null,
        false,
        Duration.ofSeconds(5),
        Duration.ofSeconds(5));
  }

  @Test
  void theConfirmationWithTheReferenceArrivesOnce() throws Exception {
    MailSettings smtp = smtp();
    try (StandaloneHost host =
        TestHosts.start(data, "2024-04-10T12:00:00Z", 10, Optional.of(smtp), Set.of())) {
      Map<String, Object> body = SubmissionClient.complete();
      HttpResponse<String> response = new SubmissionClient(host).postJson(body);
      String reference = JSON.readTree(response.body()).get("reference").asText();

      assertTrue(SMTP.waitForIncomingEmail(10_000, 1), "the confirmation arrived");
      MimeMessage mail = SMTP.getReceivedMessages()[0];
      assertEquals("Bedankt voor uw verbeterpunt (" + reference + ")", mail.getSubject());
      assertEquals(body.get("email"), mail.getAllRecipients()[0].toString());
      String text = GreenMailUtil.getBody(mail);
      assertTrue(text.contains("Centrum"), text);
      assertTrue(text.contains("https://www.alkmaar.nl/wijkaanzet"), text);
      Thread.sleep(1_000);
      assertEquals(1, SMTP.getReceivedMessages().length, "sent once");
    }
  }

  @Test
  void wordsAnyoneTypedNeverReachTheMailboxOfTheAddressTheyTyped() throws Exception {
    MailSettings smtp = smtp();
    String phishing =
        "Geachte inwoner, uw DigiD is geblokkeerd. Herstel via https://digid-herstel.example";
    try (StandaloneHost host =
        TestHosts.start(data, "2024-04-10T12:00:00Z", 10, Optional.of(smtp), Set.of())) {
      Map<String, Object> body = SubmissionClient.complete();
      body.put("name", phishing.substring(0, 80));
      body.put("title", "Bel 0800-1234 of ga naar https://betaal.example");
      body.put("email", "slachtoffer@example.nl");
      HttpResponse<String> response = new SubmissionClient(host).postJson(body);
      assertEquals(201, response.statusCode(), response.body());
      String reference = JSON.readTree(response.body()).get("reference").asText();

      assertTrue(SMTP.waitForIncomingEmail(10_000, 1), "the confirmation arrived");
      MimeMessage mail = SMTP.getReceivedMessages()[0];
      String text = MailText.subject(mail) + "\n" + MailText.of(mail);
      assertTrue(text.contains(reference), text);
      assertTrue(text.startsWith("Bedankt voor uw verbeterpunt"), text);
      for (String typed : new String[] {"DigiD", "digid-herstel", "betaal.example", "0800-1234"}) {
        assertFalse(text.contains(typed), typed + " is in the mail:\n" + text);
      }
    }
  }
}
