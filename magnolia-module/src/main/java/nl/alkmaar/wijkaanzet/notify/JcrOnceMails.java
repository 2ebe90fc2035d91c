package nl.alkmaar.wijkaanzet.notify;

import java.time.Clock;
import java.util.List;
import nl.alkmaar.wijkaanzet.jcr.JcrSessions;
import nl.alkmaar.wijkaanzet.jcr.Workspaces;

/**
 * Once-only mails in the outbox: the message id is the mail's own id, so the outbox node that a
 * first attempt left is what a second attempt finds. One call at a time on this host, so two calls
 * never both find an id free (across hosts of a cluster: issue 14).
 */
public final class JcrOnceMails implements OnceMails {

  private final JcrSessions sessions;
  private final JcrOutbox outbox;
  private final MailTemplates templates;
  private final Runnable wakeUp;
  private final Clock clock;

  public JcrOnceMails(
      JcrSessions sessions,
      JcrOutbox outbox,
      MailTemplates templates,
      Runnable wakeUp,
      Clock clock) {
    this.sessions = sessions;
    this.outbox = outbox;
    this.templates = templates;
    this.wakeUp = wakeUp;
    this.clock = clock;
  }

  @Override
  public synchronized int sendOnce(List<OnceMail> mails) {
    if (mails.isEmpty()) {
      return 0;
    }
    int queued =
        sessions.write(
            Workspaces.CONTENT,
            session -> {
              int count = 0;
              for (OnceMail mail : mails) {
                if (session.nodeExists(outbox.folderPath() + "/" + mail.id())) {
                  continue;
                }
                outbox.enqueue(
                    session,
                    OutboxMessage.pending(
                        mail.id(),
                        mail.kind(),
                        mail.recipient(),
                        templates.render(mail.kind(), mail.language(), mail.model()),
                        clock.instant()));
                count++;
              }
              return count;
            });
    wakeUp.run();
    return queued;
  }
}
