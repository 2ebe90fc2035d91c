package nl.alkmaar.wijkaanzet.standalone.notify;

import static nl.alkmaar.wijkaanzet.notify.MailFixtures.CAMPAIGN;
import static nl.alkmaar.wijkaanzet.notify.MailFixtures.START;
import static nl.alkmaar.wijkaanzet.notify.MailFixtures.confirmation;
import static nl.alkmaar.wijkaanzet.notify.MailFixtures.smtp;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.function.Consumer;
import nl.alkmaar.wijkaanzet.campaign.CampaignFiles;
import nl.alkmaar.wijkaanzet.campaign.JcrCampaignStore;
import nl.alkmaar.wijkaanzet.jcr.RepositoryJcrSessions;
import nl.alkmaar.wijkaanzet.notify.JcrOutbox;
import nl.alkmaar.wijkaanzet.notify.OutboxDispatcher;
import nl.alkmaar.wijkaanzet.notify.OutboxStatus;
import nl.alkmaar.wijkaanzet.notify.SmtpMailSender;
import nl.alkmaar.wijkaanzet.standalone.repository.EmbeddedRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The outbox survives a stop of the repository on Derby, as after a crash of the host. */
class OutboxRestartTest {

  private static final String ID = "9a3f5b10-3333-4000-8000-000000000001";

  @RegisterExtension
  static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  @TempDir Path data;
  private final Clock clock = Clock.fixed(START, ZoneOffset.UTC);

  private void withRepository(Consumer<JcrOutbox> work) {
    EmbeddedRepository repository = EmbeddedRepository.onDerby(data.resolve("repository"));
    try {
      work.accept(new JcrOutbox(new RepositoryJcrSessions(repository::login), CAMPAIGN));
    } finally {
      repository.close();
    }
  }

  private OutboxDispatcher dispatcher(JcrOutbox outbox) {
    return new OutboxDispatcher(outbox, new SmtpMailSender(smtp(SMTP.getSmtp().getPort())), clock);
  }

  @Test
  void aMailEnqueuedBeforeAStopIsSentOnceAfterTheRestart() throws Exception {
    EmbeddedRepository first = EmbeddedRepository.onDerby(data.resolve("repository"));
    try {
      RepositoryJcrSessions sessions = new RepositoryJcrSessions(first::login);
      new JcrCampaignStore(sessions).save(CampaignFiles.bundled());
      new JcrOutbox(sessions, CAMPAIGN).enqueue(confirmation(ID, "zoe@example.org", START));
    } finally {
      first.close();
    }
    assertEquals(0, SMTP.getReceivedMessages().length);

    withRepository(outbox -> assertEquals(1, dispatcher(outbox).runOnce()));
    withRepository(
        outbox -> {
          assertEquals(0, dispatcher(outbox).runOnce());
          assertEquals(OutboxStatus.SENT, outbox.find(ID).orElseThrow().status());
        });

    MimeMessage[] received = SMTP.getReceivedMessages();
    assertEquals(1, received.length);
    assertEquals("<" + ID + "@alkmaar.nl>", received[0].getMessageID());
  }

  /**
   * The one duplicate window: the server accepted the mail but the process died before it was
   * marked sent. After the restart it goes again, as the same message (same Message-ID).
   */
  @Test
  void aCrashBetweenSendingAndMarkingSendsTheSameMessageAgain() throws Exception {
    EmbeddedRepository first = EmbeddedRepository.onDerby(data.resolve("repository"));
    try {
      RepositoryJcrSessions sessions = new RepositoryJcrSessions(first::login);
      new JcrCampaignStore(sessions).save(CampaignFiles.bundled());
      JcrOutbox outbox = new JcrOutbox(sessions, CAMPAIGN);
      outbox.enqueue(confirmation(ID, "zoe@example.org", START));
      // what the dispatcher does first, then "crash" before markSent
      new SmtpMailSender(smtp(SMTP.getSmtp().getPort())).send(outbox.due(START, 1).get(0));
    } finally {
      first.close();
    }

    withRepository(outbox -> assertEquals(1, dispatcher(outbox).runOnce()));

    MimeMessage[] received = SMTP.getReceivedMessages();
    assertEquals(2, received.length);
    assertEquals(received[0].getMessageID(), received[1].getMessageID());
  }
}
