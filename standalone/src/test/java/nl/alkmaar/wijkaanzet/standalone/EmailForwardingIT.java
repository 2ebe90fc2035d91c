package nl.alkmaar.wijkaanzet.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.alkmaar.wijkaanzet.forward.ForwardingSettings;
import nl.alkmaar.wijkaanzet.notify.MailSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Forwarding by e-mail: the report reaches Stadswerk072 (GreenMail) and the submitter is told. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmailForwardingIT {

  private static final String STADSWERK = "meldingen@stadswerk072.example";
  private final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
  private StandaloneHost host;

  @BeforeAll
  void start(@TempDir Path data) {
    smtp.start();
    host =
        ForwardingFixtures.start(
            data,
            MailSettings.fromEnvironment(
                Map.of(
                    MailSettings.HOST, "127.0.0.1",
                    MailSettings.PORT, String.valueOf(smtp.getSmtp().getPort()),
                    MailSettings.FROM, "wijkaanzet@alkmaar.nl",
                    MailSettings.STARTTLS, "false")),
            Map.of(ForwardingSettings.EMAIL, STADSWERK));
  }

  @AfterAll
  void stop() {
    if (host != null) {
      host.close();
    }
    smtp.stop();
  }

  private List<MimeMessage> mailTo(String address) throws Exception {
    List<MimeMessage> found = new ArrayList<>();
    for (MimeMessage message : smtp.getReceivedMessages()) {
      if (Arrays.stream(message.getRecipients(Message.RecipientType.TO))
          .anyMatch(recipient -> recipient.toString().equals(address))) {
        found.add(message);
      }
    }
    return found;
  }

  @Test
  void theReportReachesStadswerkAndTheSubmitterIsTold() throws Exception {
    String submitter = "r.bakker@example.nl";
    ForwardingFixtures.Submitted point =
        ForwardingFixtures.submit(
            host,
            "Losse stoeptegels bij de bushalte",
            "Bij de bushalte liggen drie stoeptegels los. Er is al iemand over gestruikeld.",
            submitter);
    assertTrue(smtp.waitForIncomingEmail(10_000, 1), "the confirmation arrived first");
    ModeratorClient moderator = ModeratorClient.logIn(host);
    long version = moderator.version(point.id());

    HttpResponse<String> forwarded =
        moderator.act(point.id(), "doorsturen", Map.of("version", version));

    assertEquals(200, forwarded.statusCode(), forwarded.body());
    assertEquals("DOORGESTUURD", ModeratorClient.json(forwarded).get("status").asText());
    assertTrue(smtp.waitForIncomingEmail(10_000, 3), "report and submitter's mail arrived");

    List<MimeMessage> reports = mailTo(STADSWERK);
    assertEquals(1, reports.size(), "one report for Stadswerk072");
    MimeMessage report = reports.get(0);
    assertTrue(report.getSubject().contains(point.reference()), report.getSubject());
    String reportText = MailText.of(report);
    assertTrue(reportText.contains("Losse stoeptegels bij de bushalte"), reportText);
    assertTrue(reportText.contains("Bij de bushalte liggen drie stoeptegels los."), "description");
    assertFalse(reportText.contains(submitter), "the resident's address is not passed on");
    assertTrue(reportText.contains("noem de referentie"), "Stadswerk072 asks us instead");

    List<MimeMessage> told =
        mailTo(submitter).stream()
            .filter(mail -> MailText.subject(mail).startsWith("Uw melding is doorgestuurd"))
            .toList();
    assertEquals(1, told.size(), "the submitter is told once");
    assertEquals(
        "Uw melding is doorgestuurd naar Stadswerk072 (" + point.reference() + ")",
        told.get(0).getSubject());
    assertTrue(MailText.of(told.get(0)).contains("Stadswerk072"), MailText.of(told.get(0)));

    assertEquals(
        404,
        ModeratorClient.publicGet(host, "/api/ideas/" + point.id()).statusCode(),
        "a forwarded point is not public");

    int outboxBefore = HostOutbox.all().size();
    HttpResponse<String> again =
        moderator.act(point.id(), "doorsturen", Map.of("version", version + 1));
    HttpResponse<String> stale =
        moderator.act(point.id(), "doorsturen", Map.of("version", version));
    assertEquals(409, again.statusCode(), again.body());
    assertEquals(
        "U kunt een punt met de status 'doorgestuurd' niet doorsturen.",
        ModeratorClient.json(again).get("detail").asText());
    assertEquals(409, stale.statusCode(), stale.body());
    assertEquals(outboxBefore, HostOutbox.all().size(), "nothing more was queued");
    assertEquals(version + 1, moderator.version(point.id()));
  }
}
