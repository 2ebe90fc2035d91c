package nl.alkmaar.wijkaanzet.web;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a form post left for the page it redirects to (post/redirect/get): the input and its errors,
 * or the confirmation. Kept in memory under an unguessable key for half an hour, so a resident who
 * reloads sees the same page and nothing they typed is lost; the address carries only the key,
 * never their data. (Behind a load balancer, use sticky sessions.)
 */
public final class FormStates {

  static final Duration LIFETIME = Duration.ofMinutes(30);
  private static final int MAX_ENTRIES = 20_000;

  private final Clock clock;
  private final SecureRandom random = new SecureRandom();
  private final Map<String, Entry> entries = new ConcurrentHashMap<>();

  public FormStates(Clock clock) {
    this.clock = clock;
  }

  public String put(Object state) {
    long now = clock.millis();
    if (entries.size() >= MAX_ENTRIES) {
      entries.values().removeIf(entry -> entry.expiresAt < now);
    }
    byte[] key = new byte[18];
    random.nextBytes(key);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(key);
    entries.put(token, new Entry(state, now + LIFETIME.toMillis()));
    return token;
  }

  public <T> Optional<T> get(String token, Class<T> type) {
    if (token == null) {
      return Optional.empty();
    }
    Entry entry = entries.get(token);
    if (entry == null || entry.expiresAt < clock.millis()) {
      return Optional.empty();
    }
    return type.isInstance(entry.state) ? Optional.of(type.cast(entry.state)) : Optional.empty();
  }

  private record Entry(Object state, long expiresAt) {}
}
