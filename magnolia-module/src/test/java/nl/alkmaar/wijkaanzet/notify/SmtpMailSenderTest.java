package nl.alkmaar.wijkaanzet.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Date;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Angus Mail against a real SMTP server (GreenMail). */
class SmtpMailSenderTest {

  @RegisterExtension
  static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  private static MailSettings settings(int port) {
    return new MailSettings(
        "127.0.0.1",
        port,
        "wijkaanzet@alkmaar.nl",
        "Wij(k) aan zet! Gemeente Alkmaar",
        null,
        null,
        false,
        Duration.ofSeconds(2),
        Duration.ofSeconds(2));
  }

  @Test
  void deliversUtf8WithAStableMessageId() throws Exception {
    OutboxMessage message =
        TestMessages.confirmation("6f1c2a9e-0000-4000-8000-000000000001", "zoe@example.org");

    new SmtpMailSender(settings(SMTP.getSmtp().getPort())).send(message);

    MimeMessage[] received = SMTP.getReceivedMessages();
    assertEquals(1, received.length);
    MimeMessage mail = received[0];
    assertEquals(message.subject(), mail.getSubject());
    // SMTP ends the data with CRLF.CRLF, so the last line break is not part of what arrives.
    assertEquals(message.textBody().strip().replace("\n", "\r\n"), mail.getContent());
    assertTrue(
        mail.getContentType().toLowerCase().contains("charset=utf-8"), mail.getContentType());
    assertEquals(
        "<6f1c2a9e-0000-4000-8000-000000000001@alkmaar.nl>", mail.getHeader("Message-ID", null));
    InternetAddress from = (InternetAddress) mail.getFrom()[0];
    assertEquals("wijkaanzet@alkmaar.nl", from.getAddress());
    assertEquals("Wij(k) aan zet! Gemeente Alkmaar", from.getPersonal());
    assertEquals("zoe@example.org", mail.getAllRecipients()[0].toString());
    assertEquals(Date.from(message.createdAt()), mail.getSentDate());
    assertEquals("auto-generated", mail.getHeader("Auto-Submitted", null));
  }

  @Test
  void sendingTwiceKeepsTheMessageId() throws Exception {
    OutboxMessage message =
        TestMessages.confirmation("6f1c2a9e-0000-4000-8000-000000000002", "zoe@example.org");
    SmtpMailSender sender = new SmtpMailSender(settings(SMTP.getSmtp().getPort()));

    sender.send(message);
    sender.send(message);

    MimeMessage[] received = SMTP.getReceivedMessages();
    assertEquals(2, received.length);
    assertEquals(received[0].getMessageID(), received[1].getMessageID());
  }

  @Test
  void aMailSomeoneCanStopCarriesTheOneClickStopAndOthersDoNot() throws Exception {
    OutboxMessage plain =
        TestMessages.confirmation("6f1c2a9e-0000-4000-8000-000000000004", "zoe@example.org");
    String stop = "https://www.alkmaar.nl/api/follow/stoppen?t=oudorp.abc.def";
    OutboxMessage news =
        OutboxMessage.pending(
            plain.id(),
            "volgen-nieuws",
            plain.recipient(),
            new RenderedMail(plain.subject(), plain.textBody(), null, stop),
            plain.createdAt());
    SmtpMailSender sender = new SmtpMailSender(settings(SMTP.getSmtp().getPort()));

    sender.send(news);
    sender.send(
        TestMessages.confirmation("6f1c2a9e-0000-4000-8000-000000000005", "zoe@example.org"));

    MimeMessage[] received = SMTP.getReceivedMessages();
    assertEquals("<" + stop + ">", received[0].getHeader("List-Unsubscribe", null));
    assertEquals(
        "List-Unsubscribe=One-Click", received[0].getHeader("List-Unsubscribe-Post", null));
    assertEquals(
        null, received[1].getHeader("List-Unsubscribe", null), "a confirmation is no list");
  }

  @Test
  void anHtmlBodyTravelsAsAnAlternative() throws Exception {
    OutboxMessage plain =
        TestMessages.confirmation("6f1c2a9e-0000-4000-8000-000000000003", "zoe@example.org");
    OutboxMessage withHtml =
        OutboxMessage.pending(
            plain.id(),
            plain.kind(),
            plain.recipient(),
            new RenderedMail(plain.subject(), plain.textBody(), "<p>Beste Zoë,</p>"),
            plain.createdAt());

    new SmtpMailSender(settings(SMTP.getSmtp().getPort())).send(withHtml);

    MimeMessage mail = SMTP.getReceivedMessages()[0];
    assertTrue(mail.getContentType().startsWith("multipart/alternative"), mail.getContentType());
  }

  @Test
  void anUnreachableServerIsATemporaryFailureWithoutPersonalData() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    OutboxMessage message =
        TestMessages.confirmation("6f1c2a9e-0000-4000-8000-000000000004", "zoe@example.org");

    MailFailure failure =
        assertThrows(
            MailFailure.class, () -> new SmtpMailSender(settings(closedPort)).send(message));

    assertTrue(failure.retryable());
    assertFalse(failure.getMessage().contains("zoe@example.org"), failure.getMessage());
  }

  @Test
  void anInvalidRecipientIsPermanent() {
    OutboxMessage message =
        TestMessages.confirmation("6f1c2a9e-0000-4000-8000-000000000005", "zoe@@example..org");

    MailFailure failure =
        assertThrows(
            MailFailure.class,
            () -> new SmtpMailSender(settings(SMTP.getSmtp().getPort())).send(message));

    assertFalse(failure.retryable());
    assertEquals(0, SMTP.getReceivedMessages().length);
  }

  @Test
  void errorTextLosesAddresses() {
    assertEquals(
        "550 5.1.1 <<address>>: Recipient address rejected",
        MailFailure.safe("550 5.1.1 <zoe@example.org>:\r\n Recipient address rejected"));
  }
}
