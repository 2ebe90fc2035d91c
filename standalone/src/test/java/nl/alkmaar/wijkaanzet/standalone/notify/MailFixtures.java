package nl.alkmaar.wijkaanzet.standalone.notify;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import nl.alkmaar.wijkaanzet.notify.MailSettings;
import nl.alkmaar.wijkaanzet.notify.OutboxMessage;
import nl.alkmaar.wijkaanzet.notify.RenderedMail;

/** What the outbox tests share: a clock tests move by hand, a message, SMTP settings. */
final class MailFixtures {

  static final String CAMPAIGN = "alkmaar-2024";
  static final Instant START = Instant.parse("2024-04-10T12:00:00Z");

  private MailFixtures() {}

  static OutboxMessage confirmation(String id, String recipient, Instant now) {
    return OutboxMessage.pending(
        id,
        "bevestiging",
        recipient,
        new RenderedMail(
            "Bedankt voor uw verbeterpunt (WAZ-2024-000123)",
            "Beste Zoë,\n\nUw verbeterpunt: Meer groen op het Canadaplein – graag!\n"),
        now);
  }

  static MailSettings smtp(int port) {
    return new MailSettings(
        "127.0.0.1",
        port,
        "wijkaanzet@alkmaar.nl",
        MailSettings.DEFAULT_FROM_NAME,
        null,
        null,
        false,
        Duration.ofSeconds(2),
        Duration.ofSeconds(2));
  }

  /** A port nobody listens on (until a test starts a server there). */
  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** A clock that stands still until the test moves it. */
  static final class ManualClock extends Clock {
    private volatile Instant now;

    ManualClock(Instant start) {
      this.now = start;
    }

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException();
    }
  }
}
