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

  private static final String LIBRARY = "192.0.2.10";
  private static final String ATTACKER = "198.51.100.7";

  @Test
  void fiveFailuresFromOneAddressLockTheNameThereForFifteenMinutes() {
    for (int i = 0; i < 4; i++) {
      throttle.failed("bibliotheek1", LIBRARY);
      clock.advance(Duration.ofMinutes(3));
    }
    assertFalse(throttle.isLocked("bibliotheek1", LIBRARY, false));
    throttle.failed("Bibliotheek1", LIBRARY);

    assertTrue(throttle.isLocked("bibliotheek1", LIBRARY, false), "names count case-insensitively");
    assertFalse(throttle.isLocked("bibliotheek2", LIBRARY, false), "other names are not touched");
    clock.advance(Duration.ofMinutes(14));
    assertTrue(throttle.isLocked("bibliotheek1", LIBRARY, false));
    clock.advance(Duration.ofMinutes(1));
    assertFalse(throttle.isLocked("bibliotheek1", LIBRARY, false));
  }

  @Test
  void aStrangerCannotLockAModeratorOutOfTheirOwnDesk() {
    for (int i = 0; i < LoginThrottle.MAX_FAILURES * 3; i++) {
      throttle.failed("moderator1", ATTACKER);
    }

    assertTrue(throttle.isLocked("moderator1", ATTACKER, false));
    assertFalse(throttle.isLocked("moderator1", LIBRARY, false), "the moderator's own address");
  }

  @Test
  void guessingOneNameFromManyAddressesLocksItEverywhere() {
    for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_NAME; i++) {
      throttle.failed("moderator1", "203.0.113." + i);
    }

    assertTrue(throttle.isLocked("moderator1", LIBRARY, false));
    assertFalse(throttle.isLocked("moderator2", LIBRARY, false));
  }

  @Test
  void aBrowserWhereTheUserLoggedInBeforeIsNeverLockedOut() {
    for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_NAME; i++) {
      throttle.failed("moderator1", "203.0.113." + (i % 5));
    }
    for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
      throttle.failed("moderator1", LIBRARY);
    }

    assertTrue(throttle.isLocked("moderator1", LIBRARY, false));
    assertFalse(throttle.isLocked("moderator1", LIBRARY, true), "the moderator's own browser");
  }

  @Test
  void oneIpv6NetworkCountsAsOneAddress() {
    for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
      throttle.failed("moderator1", "2001:db8:1:2::" + Integer.toHexString(i + 1));
    }

    assertTrue(throttle.isLocked("moderator1", "2001:db8:1:2::ffff", false), "same /64");
    assertFalse(throttle.isLocked("moderator1", "2001:db8:1:3::1", false), "another network");
  }

  @Test
  void failuresOlderThanTheWindowDoNotCount() {
    for (int i = 0; i < 4; i++) {
      throttle.failed("bus1", LIBRARY);
    }
    clock.advance(Duration.ofMinutes(16));
    throttle.failed("bus1", LIBRARY);

    assertFalse(throttle.isLocked("bus1", LIBRARY, false));
  }

  @Test
  void aSuccessfulLoginStartsTheCountAgainForThatAddress() {
    for (int i = 0; i < 4; i++) {
      throttle.failed("bus1", LIBRARY);
    }
    throttle.succeeded("bus1", LIBRARY);
    throttle.failed("bus1", LIBRARY);

    assertFalse(throttle.isLocked("bus1", LIBRARY, false));
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
