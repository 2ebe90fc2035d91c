package nl.alkmaar.wijkaanzet.standalone.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  private final MovableClock clock = new MovableClock();
  private final LoginThrottle throttle = new LoginThrottle(clock);

  @Test
  void fiveFailuresWithinFifteenMinutesLockTheNameForFifteenMinutes() {
    for (int i = 0; i < 4; i++) {
      throttle.failed("bibliotheek1");
      clock.advance(Duration.ofMinutes(3));
    }
    assertFalse(throttle.isLocked("bibliotheek1"));
    throttle.failed("Bibliotheek1");

    assertTrue(throttle.isLocked("bibliotheek1"), "names count case-insensitively");
    assertFalse(throttle.isLocked("bibliotheek2"), "other names are not touched");
    clock.advance(Duration.ofMinutes(14));
    assertTrue(throttle.isLocked("bibliotheek1"));
    clock.advance(Duration.ofMinutes(1));
    assertFalse(throttle.isLocked("bibliotheek1"));
  }

  @Test
  void failuresOlderThanTheWindowDoNotCount() {
    for (int i = 0; i < 4; i++) {
      throttle.failed("bus1");
    }
    clock.advance(Duration.ofMinutes(16));
    throttle.failed("bus1");

    assertFalse(throttle.isLocked("bus1"));
  }

  @Test
  void aSuccessfulLoginStartsTheCountAgain() {
    for (int i = 0; i < 4; i++) {
      throttle.failed("bus1");
    }
    throttle.succeeded("bus1");
    throttle.failed("bus1");

    assertFalse(throttle.isLocked("bus1"));
  }

  private static final class MovableClock extends Clock {
    private Instant now = Instant.parse("2024-04-10T10:00:00Z");

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
