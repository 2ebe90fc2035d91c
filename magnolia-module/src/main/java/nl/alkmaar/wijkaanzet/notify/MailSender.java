package nl.alkmaar.wijkaanzet.notify;

/** Hands one message to whatever delivers mail (an SMTP server, or a folder of files). */
public interface MailSender {

  /**
   * Returns when the message is accepted for delivery; throws when it is not, saying whether a
   * later attempt can help.
   */
  void send(OutboxMessage message) throws MailFailure;
}
