package nl.alkmaar.wijkaanzet.web;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a form post left for the page it redirects to (post/redirect/get): the input and its errors,
 * or the confirmation. Kept in memory under an unguessable key for half an hour, so a resident who
 * reloads sees the same page and nothing they typed is lost; the address carries only the key,
 * never their data. (Behind a load balancer, use sticky sessions.)
 *
 * <p>A state belongs to the browser that made it ({@link BrowserKey}): someone who finds the
 * address in the history of a shared computer, in another browser, sees an empty form. Memory is
 * bounded by bytes, not only by count: when {@link #MAX_BYTES} is reached the oldest states go
 * first.
 */
public final class FormStates {

  /** The page parameter that carries a state's key after a form post. */
  public static final String PARAMETER = "formulier";

  static final Duration LIFETIME = Duration.ofMinutes(30);
  static final long MAX_BYTES = 32L * 1024 * 1024;

  private final Clock clock;
  private final long maxBytes;
  private final SecureRandom random;
  private final Map<String, Entry> entries = new LinkedHashMap<>();
  private long bytes;

  public FormStates(Clock clock, SecureRandom random) {
    this(clock, random, MAX_BYTES);
  }

  FormStates(Clock clock, SecureRandom random, long maxBytes) {
    this.clock = clock;
    this.random = random;
    this.maxBytes = maxBytes;
  }

  /**
   * @param browser the {@link BrowserKey} of the browser that may read the state back
   * @param size about how many bytes {@code state} holds
   */
  public synchronized String put(String browser, Object state, long size) {
    long now = clock.millis();
    dropExpired(now);
    while (!entries.isEmpty() && bytes + size > maxBytes) {
      Iterator<Entry> oldest = entries.values().iterator();
      bytes -= oldest.next().size;
      oldest.remove();
    }
    byte[] key = new byte[18];
    random.nextBytes(key);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(key);
    entries.put(token, new Entry(browser, state, size, now + LIFETIME.toMillis()));
    bytes += size;
    return token;
  }

  public synchronized <T> Optional<T> get(String browser, String token, Class<T> type) {
    Entry entry = token == null ? null : entries.get(token);
    if (entry == null || !entry.browser.equals(browser) || entry.expiresAt < clock.millis()) {
      return Optional.empty();
    }
    return type.isInstance(entry.state) ? Optional.of(type.cast(entry.state)) : Optional.empty();
  }

  /** Drops every state of {@code browser}, e.g. the typed-in details once the form was sent. */
  public synchronized void forget(String browser) {
    Iterator<Entry> it = entries.values().iterator();
    while (it.hasNext()) {
      Entry entry = it.next();
      if (entry.browser.equals(browser)) {
        bytes -= entry.size;
        it.remove();
      }
    }
  }

  /** Bytes held now (as estimated by the callers), for tests and monitoring. */
  public synchronized long bytes() {
    return bytes;
  }

  private void dropExpired(long now) {
    Iterator<Entry> it = entries.values().iterator();
    while (it.hasNext()) {
      Entry entry = it.next();
      if (entry.expiresAt >= now) {
        return; // in the order they were made, so the rest is younger
      }
      bytes -= entry.size;
      it.remove();
    }
  }

  private record Entry(String browser, Object state, long size, long expiresAt) {}
}
