package nl.alkmaar.wijkaanzet.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

  private final Clock clock = Clock.fixed(Instant.parse("2024-04-10T12:00:00Z"), ZoneOffset.UTC);

  @Test
  void waitsOneMinuteThenDoublesUpToOneHour() {
    RetryPolicy policy = RetryPolicy.DEFAULT;
    Instant now = clock.instant();

    assertEquals(Optional.of(now.plus(Duration.ofMinutes(1))), policy.nextAttempt(1, now));
    assertEquals(Optional.of(now.plus(Duration.ofMinutes(2))), policy.nextAttempt(2, now));
    assertEquals(Optional.of(now.plus(Duration.ofMinutes(4))), policy.nextAttempt(3, now));
    assertEquals(Optional.of(now.plus(Duration.ofMinutes(32))), policy.nextAttempt(6, now));
    assertEquals(Optional.of(now.plus(Duration.ofHours(1))), policy.nextAttempt(7, now));
    assertEquals(Optional.of(now.plus(Duration.ofHours(1))), policy.nextAttempt(9, now));
  }

  @Test
  void givesUpAfterTheLastAllowedAttempt() {
    assertTrue(RetryPolicy.DEFAULT.nextAttempt(10, clock.instant()).isEmpty());
    assertTrue(RetryPolicy.DEFAULT.nextAttempt(11, clock.instant()).isEmpty());
  }

  @Test
  void isConfigurable() {
    RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(10), Duration.ofSeconds(25), 4);
    Instant now = clock.instant();

    assertEquals(Optional.of(now.plusSeconds(10)), policy.nextAttempt(1, now));
    assertEquals(Optional.of(now.plusSeconds(20)), policy.nextAttempt(2, now));
    assertEquals(Optional.of(now.plusSeconds(25)), policy.nextAttempt(3, now));
    assertTrue(policy.nextAttempt(4, now).isEmpty());
  }

  @Test
  void manyAttemptsDoNotOverflow() {
    RetryPolicy policy = new RetryPolicy(Duration.ofMinutes(1), Duration.ofHours(1), 1000);

    assertEquals(
        Optional.of(clock.instant().plus(Duration.ofHours(1))),
        policy.nextAttempt(999, clock.instant()));
  }

  @Test
  void rejectsNonsense() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new RetryPolicy(Duration.ZERO, Duration.ofHours(1), 3));
    assertThrows(
        IllegalArgumentException.class,
        () -> new RetryPolicy(Duration.ofHours(1), Duration.ofMinutes(1), 3));
    assertThrows(
        IllegalArgumentException.class,
        () -> new RetryPolicy(Duration.ofMinutes(1), Duration.ofHours(1), 0));
  }
}
