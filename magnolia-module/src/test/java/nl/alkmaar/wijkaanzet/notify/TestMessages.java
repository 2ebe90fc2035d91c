package nl.alkmaar.wijkaanzet.notify;

import java.time.Instant;

/** A confirmation as the idea feature will enqueue it, with text outside ASCII. */
final class TestMessages {

  static final Instant NOW = Instant.parse("2024-04-10T12:00:00Z");

  private TestMessages() {}

  static OutboxMessage confirmation(String id, String recipient) {
    return OutboxMessage.pending(
        id,
        "bevestiging",
        recipient,
        new RenderedMail(
            "Bedankt voor uw verbeterpunt (WAZ-2024-000123) – één café",
            "Beste Zoë,\n\nUw verbeterpunt: Geen “rommel” meer op het Canadaplein – €0.\n"),
        NOW);
  }
}
