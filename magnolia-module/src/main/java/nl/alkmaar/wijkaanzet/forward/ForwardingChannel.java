package nl.alkmaar.wijkaanzet.forward;

import nl.alkmaar.wijkaanzet.notify.OutboxMessage;

/**
 * The port for forwarding a report about the public space. An adapter only builds the outbox
 * message; the outbox delivers it with retries, in the same save as the point's status change.
 */
public interface ForwardingChannel {

  /** Who receives the reports, as residents know it, e.g. Stadswerk072. */
  String organisation();

  /** How the report travels, in words for the history and the resident's mail. */
  String route();

  OutboxMessage message(ForwardedReport report);
}
