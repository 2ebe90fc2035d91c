package nl.alkmaar.wijkaanzet.notify;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The durable list of mails still to send. A feature that sends mail because of a change should
 * enqueue in the same save as that change (see {@code JcrOutbox#enqueue(Session, OutboxMessage)}),
 * so the mail exists exactly when the change does.
 */
public interface Outbox {

  /** Stores the message in a save of its own. */
  void enqueue(OutboxMessage message);

  /** Pending messages whose next attempt is at or before {@code now}, oldest due first. */
  List<OutboxMessage> due(Instant now, int limit);

  Optional<OutboxMessage> find(String id);

  /** Messages given up on, newest first, so moderators can see what never arrived. */
  List<OutboxMessage> failed(int limit);

  /** The mail server accepted the message: it is never sent again. */
  void markSent(String id, Instant sentAt);

  /** An attempt failed; counts it and sets when to try again. */
  void markFailed(String id, String error, Instant nextAttemptAt);

  /** An attempt failed and no later attempt can help; counts it and stops trying. */
  void giveUp(String id, String error, Instant at);

  /** Mails still to be sent, and sent or failed mails that still hold an address and a text. */
  record Contents(int waiting, int withAddress) {}

  Contents contents();

  /**
   * Deletes address, text and error of every mail that is no longer waiting (after the campaign);
   * the message stays with its kind, dates and status, so a once-only mail is never sent again.
   * Returns how many were cleared.
   */
  int forgetAddresses();
}
