package nl.alkmaar.wijkaanzet.standalone.security;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.alkmaar.wijkaanzet.web.ClientAddress;

/**
 * Slows down password guessing, without letting a stranger lock a moderator out:
 *
 * <ul>
 *   <li>after {@value #MAX_FAILURES} failed logins for one name from one address (an IPv6 address
 *       by its /64) within {@link #WINDOW}, that name is refused <em>from that address</em> for
 *       {@link #LOCK} (also with the right password);
 *   <li>after {@value #MAX_FAILURES_PER_NAME} failures for one name from any addresses, the name is
 *       refused everywhere for {@link #LOCK}: guessing from many addresses at once is stopped too;
 *   <li>neither lock holds for a browser where this user logged in before ({@link KnownDevices}):
 *       the moderator at their own computer can always log in, whatever strangers try.
 * </ul>
 *
 * Counted whether or not the user exists, so the answer never tells which names exist. Hosts behind
 * a load balancer without sticky sessions count together ({@link SharedFailures}); when the shared
 * store fails, this host's own count stands in.
 */
public final class LoginThrottle {

  public static final int MAX_FAILURES = 5;
  public static final int MAX_FAILURES_PER_NAME = 25;
  public static final Duration WINDOW = Duration.ofMinutes(15);
  public static final Duration LOCK = Duration.ofMinutes(15);

  /** Guessing many different names must not fill the memory. */
  private static final int MAX_RECORDS = 20_000;

  /** Failed logins and locks that every host sees, by key. */
  public interface SharedFailures {
    boolean locked(String key, long now);

    /** Counts a failure; {@code limit} of them within the window lock the key. */
    void failed(String key, int limit, long windowMillis, long lockMillis, long now);

    /** Forgets the failures of the key (not its lock). */
    void clear(String key);
  }

  private final Clock clock;
  private final Map<String, Record> byNameAndAddress = new HashMap<>();
  private final Map<String, Record> byName = new HashMap<>();
  private final Optional<SharedFailures> shared;

  public LoginThrottle(Clock clock) {
    this(clock, Optional.empty());
  }

  public LoginThrottle(Clock clock, Optional<SharedFailures> shared) {
    this.clock = clock;
    this.shared = shared;
  }

  /**
   * @param knownDevice whether the login comes from a browser where this name logged in before
   */
  public boolean isLocked(String name, String address, boolean knownDevice) {
    if (knownDevice) {
      return false;
    }
    long now = clock.millis();
    if (shared.isPresent()) {
      try {
        return shared.get().locked(pair(name, address), now) || shared.get().locked(key(name), now);
      } catch (RuntimeException unreachable) {
        // this host's own count below
      }
    }
    return isLockedHere(name, address, now);
  }

  private synchronized boolean isLockedHere(String name, String address, long now) {
    return isLocked(byNameAndAddress.get(pair(name, address)), now)
        || isLocked(byName.get(key(name)), now);
  }

  public void failed(String name, String address) {
    long now = clock.millis();
    if (shared.isPresent()) {
      try {
        shared
            .get()
            .failed(pair(name, address), MAX_FAILURES, WINDOW.toMillis(), LOCK.toMillis(), now);
        shared
            .get()
            .failed(key(name), MAX_FAILURES_PER_NAME, WINDOW.toMillis(), LOCK.toMillis(), now);
        return;
      } catch (RuntimeException unreachable) {
        // this host's own count below
      }
    }
    failedHere(name, address, now);
  }

  private synchronized void failedHere(String name, String address, long now) {
    count(byNameAndAddress, pair(name, address), MAX_FAILURES, now);
    count(byName, key(name), MAX_FAILURES_PER_NAME, now);
  }

  /**
   * The right password from this address: its own count starts again, unless it is locked. The
   * count over all addresses is left alone, or an attacker who also knows one password could reset
   * it.
   */
  public void succeeded(String name, String address) {
    String pair = pair(name, address);
    if (shared.isPresent()) {
      try {
        if (!shared.get().locked(pair, clock.millis())) {
          shared.get().clear(pair);
        }
        return;
      } catch (RuntimeException unreachable) {
        // this host's own count below
      }
    }
    succeededHere(pair);
  }

  private synchronized void succeededHere(String pair) {
    // A known browser passing a lock must not lift it for the stranger at the same address.
    if (!isLocked(byNameAndAddress.get(pair), clock.millis())) {
      byNameAndAddress.remove(pair);
    }
  }

  private static boolean isLocked(Record record, long now) {
    return record != null && record.lockedUntil > now;
  }

  private static void count(Map<String, Record> records, String key, int limit, long now) {
    if (records.size() >= MAX_RECORDS) {
      records.values().removeIf(record -> record.isStale(now));
    }
    Record record = records.computeIfAbsent(key, k -> new Record());
    record.failures.addLast(now);
    while (record.failures.peekFirst() <= now - WINDOW.toMillis()) {
      record.failures.removeFirst();
    }
    if (record.failures.size() >= limit) {
      record.lockedUntil = now + LOCK.toMillis();
      record.failures.clear();
    }
  }

  private static String key(String name) {
    return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
  }

  private static String pair(String name, String address) {
    return key(name) + "\n" + ClientAddress.key(address);
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
