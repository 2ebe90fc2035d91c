package nl.alkmaar.wijkaanzet.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a form post left for the page it redirects to (post/redirect/get): the input and its errors,
 * or the confirmation. Kept in memory under an unguessable key for half an hour, so a resident who
 * reloads sees the same page and nothing they typed is lost; the address carries only the key,
 * never their data. Hosts behind a load balancer without sticky sessions share them ({@link
 * SharedForms}, as JSON read back into the type the page asks for).
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
  private final Optional<SharedForms> shared;
  private final SealedForBrowser seal;
  private long bytes;

  /** States read back as the records they were; unknown properties (derived getters) skipped. */
  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .addModule(new JavaTimeModule())
          .build();

  public FormStates(Clock clock, SecureRandom random) {
    this(clock, random, MAX_BYTES, Optional.empty(), new byte[32]);
  }

  /**
   * States kept in {@code shared} instead of this host's memory, sealed for their browser with a
   * key from {@code hostsSecret} (the same on every host). When the shared store fails, a state is
   * kept in this host's memory instead (a page read on this host still shows it).
   */
  public FormStates(
      Clock clock, SecureRandom random, Optional<SharedForms> shared, byte[] hostsSecret) {
    this(clock, random, MAX_BYTES, shared, hostsSecret);
  }

  FormStates(Clock clock, SecureRandom random, long maxBytes) {
    this(clock, random, maxBytes, Optional.empty(), new byte[32]);
  }

  private FormStates(
      Clock clock,
      SecureRandom random,
      long maxBytes,
      Optional<SharedForms> shared,
      byte[] hostsSecret) {
    this.clock = clock;
    this.random = random;
    this.maxBytes = maxBytes;
    this.shared = shared;
    this.seal = new SealedForBrowser(hostsSecret);
  }

  /**
   * @param browser the {@link BrowserKey} of the browser that may read the state back
   * @param size about how many bytes {@code state} holds
   */
  public String put(String browser, Object state, long size) {
    if (shared.isPresent()) {
      String token = newToken();
      Instant now = clock.instant();
      try {
        shared
            .get()
            .keepState(
                token,
                seal.browserName(browser),
                seal.seal(browser, json(state)),
                now,
                now.plus(LIFETIME));
        return token;
      } catch (RuntimeException unreachable) {
        // What was sent is stored already: kept here rather than answering "try again".
      }
    }
    return putHere(browser, state, size);
  }

  private synchronized String putHere(String browser, Object state, long size) {
    long now = clock.millis();
    dropExpired(now);
    while (!entries.isEmpty() && bytes + size > maxBytes) {
      Iterator<Entry> oldest = entries.values().iterator();
      bytes -= oldest.next().size;
      oldest.remove();
    }
    String token = newToken();
    entries.put(token, new Entry(browser, state, size, now + LIFETIME.toMillis()));
    bytes += size;
    return token;
  }

  private String newToken() {
    byte[] key = new byte[18];
    random.nextBytes(key);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(key);
  }

  private static byte[] json(Object state) {
    try {
      return JSON.writeValueAsBytes(state);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("form state not writable as JSON", e);
    }
  }

  public <T> Optional<T> get(String browser, String token, Class<T> type) {
    if (shared.isPresent() && token != null) {
      Optional<T> kept = sharedState(browser, token, type);
      if (kept.isPresent()) {
        return kept;
      }
    }
    return getHere(browser, token, type);
  }

  private <T> Optional<T> sharedState(String browser, String token, Class<T> type) {
    Optional<byte[]> stored;
    try {
      stored = shared.get().state(token, seal.browserName(browser), clock.instant());
    } catch (RuntimeException unreachable) {
      // The page still renders, with an empty form, as when the state has expired.
      return Optional.empty();
    }
    return stored
        .flatMap(closed -> seal.open(browser, closed))
        .flatMap(
            json -> {
              try {
                return Optional.of(JSON.readValue(json, type));
              } catch (java.io.IOException e) {
                // Another version of the host wrote it (a rolling update): an empty form.
                return Optional.empty();
              }
            });
  }

  private synchronized <T> Optional<T> getHere(String browser, String token, Class<T> type) {
    Entry entry = token == null ? null : entries.get(token);
    if (entry == null || !entry.browser.equals(browser) || entry.expiresAt < clock.millis()) {
      return Optional.empty();
    }
    return type.isInstance(entry.state) ? Optional.of(type.cast(entry.state)) : Optional.empty();
  }

  /** Drops every state of {@code browser}, e.g. the typed-in details once the form was sent. */
  public void forget(String browser) {
    if (shared.isPresent()) {
      try {
        shared.get().forgetStates(seal.browserName(browser));
      } catch (RuntimeException unreachable) {
        // Best effort: the states expire within half an hour, sealed for this browser only.
      }
    }
    forgetHere(browser);
  }

  private synchronized void forgetHere(String browser) {
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
