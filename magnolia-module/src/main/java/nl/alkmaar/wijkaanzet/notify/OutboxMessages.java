package nl.alkmaar.wijkaanzet.notify;

import java.time.Clock;
import java.util.UUID;
import java.util.function.Supplier;

/** Makes new outbox messages; ids and time are injected so tests can fix them. */
public final class OutboxMessages {

  private final Clock clock;
  private final Supplier<String> ids;

  public OutboxMessages(Clock clock, Supplier<String> ids) {
    this.clock = clock;
    this.ids = ids;
  }

  public OutboxMessages(Clock clock) {
    this(clock, () -> UUID.randomUUID().toString());
  }

  public OutboxMessage create(String kind, String recipient, RenderedMail mail) {
    return OutboxMessage.pending(ids.get(), kind, recipient, mail, clock.instant());
  }
}
