package nl.alkmaar.wijkaanzet.vote;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Progressive lockout after wrong codes: {@code free} mistakes per key (an address, an identity),
 * then a wait that doubles with every further mistake, up to {@code longest}. A key that made no
 * mistake for a day is forgotten.
 */
public final class WrongAttempts {

  private static final long FORGET_AFTER_MILLIS = Duration.ofDays(1).toMillis();

  private record Record(int mistakes, long lockedUntil, long last) {}

  private final int free;
  private final Duration first;
  private final Duration longest;
  private final Clock clock;
  private final Map<String, Record> records = new ConcurrentHashMap<>();

  public WrongAttempts(int free, Duration first, Duration longest, Clock clock) {
    this.free = free;
    this.first = first;
    this.longest = longest;
    this.clock = clock;
  }

  /** Seconds {@code key} must still wait, or 0 when it may try. */
  public long waitSeconds(String key) {
    Record record = records.get(key);
    long now = clock.millis();
    if (record == null || record.lockedUntil() <= now) {
      return 0;
    }
    return Math.max(1, (record.lockedUntil() - now + 999) / 1000);
  }

  /** Counts a mistake of {@code key}. */
  public void mistake(String key) {
    long now = clock.millis();
    if (records.size() > 100_000) {
      records.values().removeIf(record -> now - record.last() > FORGET_AFTER_MILLIS);
    }
    records.compute(
        key,
        (k, record) -> {
          int mistakes =
              record == null || now - record.last() > FORGET_AFTER_MILLIS
                  ? 1
                  : record.mistakes() + 1;
          long lockedUntil = now;
          if (mistakes >= free) {
            int doublings = Math.min(20, mistakes - free);
            long wait = Math.min(longest.toMillis(), first.toMillis() << doublings);
            lockedUntil = now + wait;
          }
          return new Record(mistakes, lockedUntil, now);
        });
  }
}
