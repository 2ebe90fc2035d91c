package nl.alkmaar.wijkaanzet.standalone.security;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Slows down password guessing: after {@value #MAX_FAILURES} failed logins for one user name within
 * {@link #WINDOW}, that name is refused for {@link #LOCK} (also with the right password). Counted
 * per name, whether or not the user exists, so the answer never tells which names exist.
 */
public final class LoginThrottle {

  public static final int MAX_FAILURES = 5;
  public static final Duration WINDOW = Duration.ofMinutes(15);
  public static final Duration LOCK = Duration.ofMinutes(15);

  /** Guessing many different names must not fill the memory. */
  private static final int MAX_NAMES = 10_000;

  private final Clock clock;
  private final Map<String, Record> byName = new HashMap<>();

  public LoginThrottle(Clock clock) {
    this.clock = clock;
  }

  public synchronized boolean isLocked(String name) {
    Record record = byName.get(key(name));
    return record != null && record.lockedUntil > clock.millis();
  }

  public synchronized void failed(String name) {
    long now = clock.millis();
    if (byName.size() >= MAX_NAMES) {
      byName.values().removeIf(record -> record.isStale(now));
    }
    Record record = byName.computeIfAbsent(key(name), k -> new Record());
    record.failures.addLast(now);
    while (record.failures.peekFirst() <= now - WINDOW.toMillis()) {
      record.failures.removeFirst();
    }
    if (record.failures.size() >= MAX_FAILURES) {
      record.lockedUntil = now + LOCK.toMillis();
      record.failures.clear();
    }
  }

  public synchronized void succeeded(String name) {
    byName.remove(key(name));
  }

  private static String key(String name) {
    return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
  }

  private static final class Record {
    private final Deque<Long> failures = new ArrayDeque<>();
    private long lockedUntil;

    boolean isStale(long now) {
      return lockedUntil <= now
          && (failures.isEmpty() || failures.peekLast() <= now - WINDOW.toMillis());
    }
  }
}
