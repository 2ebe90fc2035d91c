package nl.alkmaar.wijkaanzet.notify;

import static nl.alkmaar.wijkaanzet.notify.MailFixtures.CAMPAIGN;
import static nl.alkmaar.wijkaanzet.notify.MailFixtures.START;
import static nl.alkmaar.wijkaanzet.notify.MailFixtures.confirmation;
import static nl.alkmaar.wijkaanzet.notify.MailFixtures.smtp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import nl.alkmaar.wijkaanzet.campaign.CampaignFiles;
import nl.alkmaar.wijkaanzet.campaign.JcrCampaignStore;
import nl.alkmaar.wijkaanzet.jcr.MemoryRepository;
import nl.alkmaar.wijkaanzet.jcr.Workspaces;
import nl.alkmaar.wijkaanzet.notify.MailFixtures.ManualClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Outbox on a real Jackrabbit, mail through Angus Mail to a real SMTP server (GreenMail). */
class OutboxDispatcherTest {

  private static final String ID = "5d0c7a41-2222-4000-8000-000000000001";

  @RegisterExtension final MemoryRepository memory = new MemoryRepository();

  @RegisterExtension
  static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  private final ManualClock clock = new ManualClock(START);
  private JcrOutbox outbox;

  @BeforeEach
  void storeCampaign() {
    new JcrCampaignStore(memory.sessions()).save(CampaignFiles.bundled());
    outbox = new JcrOutbox(memory.sessions(), CAMPAIGN);
  }

  private OutboxDispatcher dispatcher(int port, RetryPolicy retries, Duration poll) {
    return new OutboxDispatcher(outbox, new SmtpMailSender(smtp(port)), retries, clock, poll, 20);
  }

  private OutboxDispatcher dispatcher(int port) {
    return dispatcher(port, RetryPolicy.DEFAULT, Duration.ofSeconds(5));
  }

  private void enqueueWithAnIdea(OutboxMessage message) {
    memory
        .sessions()
        .write(
            Workspaces.CONTENT,
            session -> {
              session.getNode("/alkmaar-2024/centrum").addNode("idee-1", "nt:unstructured");
              outbox.enqueue(session, message);
              return null;
            });
  }

  @Test
  void aMessageArrivesExactlyOnce() throws Exception {
    OutboxMessage message = confirmation(ID, "zoe@example.org", START);
    enqueueWithAnIdea(message);
    OutboxDispatcher dispatcher = dispatcher(SMTP.getSmtp().getPort());

    assertEquals(1, dispatcher.runOnce());
    clock.advance(Duration.ofHours(2));
    assertEquals(0, dispatcher.runOnce());

    MimeMessage[] received = SMTP.getReceivedMessages();
    assertEquals(1, received.length);
    assertEquals("Bedankt voor uw verbeterpunt (WAZ-2024-000123)", received[0].getSubject());
    assertEquals(
        "Beste Zoë,\r\n\r\nUw verbeterpunt: Meer groen op het Canadaplein – graag!",
        received[0].getContent());
    assertEquals("<" + ID + "@alkmaar.nl>", received[0].getMessageID());
    OutboxMessage sent = outbox.find(ID).orElseThrow();
    assertEquals(OutboxStatus.SENT, sent.status());
    assertEquals(START, sent.sentAt());
  }

  @Test
  void whileTheServerIsDownAttemptsAreCountedAndRetriedLater() throws Exception {
    int port = MailFixtures.freePort();
    enqueueWithAnIdea(confirmation(ID, "zoe@example.org", START));
    OutboxDispatcher dispatcher = dispatcher(port);

    assertEquals(1, dispatcher.runOnce());
    OutboxMessage failed = outbox.find(ID).orElseThrow();
    assertEquals(1, failed.attempts());
    assertEquals(OutboxStatus.PENDING, failed.status());
    assertEquals(START.plus(Duration.ofMinutes(1)), failed.nextAttemptAt());
    assertFalse(failed.lastError().contains("zoe"), failed.lastError());

    assertEquals(0, dispatcher.runOnce(), "not due before the back-off has passed");
    clock.advance(Duration.ofMinutes(1));
    assertEquals(1, dispatcher.runOnce());
    assertEquals(START.plus(Duration.ofMinutes(3)), outbox.find(ID).orElseThrow().nextAttemptAt());

    GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    server.start();
    try {
      clock.advance(Duration.ofMinutes(2));
      assertEquals(1, dispatcher.runOnce());
      assertEquals(0, dispatcher.runOnce());

      assertEquals(1, server.getReceivedMessages().length);
      OutboxMessage sent = outbox.find(ID).orElseThrow();
      assertEquals(OutboxStatus.SENT, sent.status());
      assertEquals(3, sent.attempts());
    } finally {
      server.stop();
    }
  }

  @Test
  void afterTheLastAllowedAttemptTheMessageIsGivenUp() throws Exception {
    int port = MailFixtures.freePort();
    enqueueWithAnIdea(confirmation(ID, "zoe@example.org", START));
    OutboxDispatcher dispatcher =
        dispatcher(
            port,
            new RetryPolicy(Duration.ofMinutes(1), Duration.ofHours(1), 2),
            Duration.ofSeconds(5));

    dispatcher.runOnce();
    clock.advance(Duration.ofMinutes(1));
    dispatcher.runOnce();

    OutboxMessage failed = outbox.find(ID).orElseThrow();
    assertEquals(OutboxStatus.FAILED, failed.status());
    assertEquals(2, failed.attempts());
    clock.advance(Duration.ofDays(1));
    assertEquals(0, dispatcher.runOnce());
  }

  @Test
  void aRecipientTheServerCannotUseIsGivenUpAtOnce() {
    enqueueWithAnIdea(confirmation(ID, "zoe@@example..org", START));

    dispatcher(SMTP.getSmtp().getPort()).runOnce();

    OutboxMessage failed = outbox.find(ID).orElseThrow();
    assertEquals(OutboxStatus.FAILED, failed.status());
    assertEquals(1, failed.attempts());
    assertFalse(failed.lastError().contains("zoe"), failed.lastError());
    assertEquals(0, SMTP.getReceivedMessages().length);
  }

  @Test
  void wakeUpSendsAFreshMessageWithoutWaitingForThePoll() {
    try (OutboxDispatcher dispatcher =
        dispatcher(SMTP.getSmtp().getPort(), RetryPolicy.DEFAULT, Duration.ofHours(1)).start()) {
      enqueueWithAnIdea(confirmation(ID, "zoe@example.org", START));

      dispatcher.wakeUp();

      assertTrue(SMTP.waitForIncomingEmail(5_000, 1), "mail did not arrive after wakeUp");
    }
    assertEquals(1, SMTP.getReceivedMessages().length);
  }
}
