package nl.alkmaar.wijkaanzet.notify;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Exponential back-off: after the first failed attempt wait {@code firstDelay}, then twice as long
 * each time up to {@code maxDelay}; after {@code maxAttempts} attempts give up. The default (1
 * minute doubling to 1 hour, 10 attempts) keeps trying for about four hours, long enough to ride
 * out a mail server's maintenance window without hammering it.
 */
public record RetryPolicy(Duration firstDelay, Duration maxDelay, int maxAttempts) {

  public static final RetryPolicy DEFAULT =
      new RetryPolicy(Duration.ofMinutes(1), Duration.ofHours(1), 10);

  public RetryPolicy {
    if (firstDelay.isNegative() || firstDelay.isZero()) {
      throw new IllegalArgumentException("firstDelay must be positive: " + firstDelay);
    }
    if (maxDelay.compareTo(firstDelay) < 0) {
      throw new IllegalArgumentException("maxDelay must not be below firstDelay: " + maxDelay);
    }
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
    }
  }

  /**
   * When to try again after the attempt number {@code attemptsSoFar} (1 for the first) failed at
   * {@code now}; empty when that was the last attempt allowed.
   */
  public Optional<Instant> nextAttempt(int attemptsSoFar, Instant now) {
    if (attemptsSoFar >= maxAttempts) {
      return Optional.empty();
    }
    return Optional.of(now.plus(delayAfter(attemptsSoFar)));
  }

  Duration delayAfter(int attemptsSoFar) {
    // Doubling 62 times overflows a long; the cap is reached long before that.
    int doublings = Math.min(Math.max(attemptsSoFar - 1, 0), 40);
    Duration delay = firstDelay;
    for (int i = 0; i < doublings && delay.compareTo(maxDelay) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
  }
}
