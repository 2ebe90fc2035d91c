package nl.alkmaar.wijkaanzet.notify;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * What the outbox tests share (also the standalone host's, through the test jar): a clock tests
 * move by hand, a message, SMTP settings.
 */
public final class MailFixtures {

  public static final String CAMPAIGN = "alkmaar-2024";
  public static final Instant START = Instant.parse("2024-04-10T12:00:00Z");

  private MailFixtures() {}

  public static OutboxMessage confirmation(String id, String recipient, Instant now) {
    return OutboxMessage.pending(
        id,
        "bevestiging",
        recipient,
        new RenderedMail(
            "Bedankt voor uw verbeterpunt (WAZ-2024-000123)",
            "Beste Zoë,\n\nUw verbeterpunt: Meer groen op het Canadaplein – graag!\n"),
        now);
  }

  public static MailSettings smtp(int port) {
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
  public static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** A clock that stands still until the test moves it. */
  public static final class ManualClock extends Clock {
    private volatile Instant now;

    public ManualClock(Instant start) {
      this.now = start;
    }

    public void advance(Duration duration) {
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

    /** The same moving time, seen in {@code zone} (the campaign's timeline asks for its own). */
    @Override
    public Clock withZone(ZoneId zone) {
      ManualClock self = this;
      return new Clock() {
        @Override
        public Instant instant() {
          return self.instant();
        }

        @Override
        public ZoneId getZone() {
          return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
          return self.withZone(other);
        }
      };
    }
  }
}
