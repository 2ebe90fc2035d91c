package nl.alkmaar.wijkaanzet.notify;

import java.util.Map;

/**
 * One outbox, several ways out: messages of a kind with a sender of its own (a report for Signalen)
 * go there, everything else is mail.
 */
public final class OutboxRouter implements MailSender {

  private final MailSender mail;
  private final Map<String, MailSender> byKind;

  public OutboxRouter(MailSender mail, Map<String, MailSender> byKind) {
    this.mail = mail;
    this.byKind = Map.copyOf(byKind);
  }

  @Override
  public void send(OutboxMessage message) throws MailFailure {
    byKind.getOrDefault(message.kind(), mail).send(message);
  }
}
