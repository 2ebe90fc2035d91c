package nl.alkmaar.wijkaanzet.web;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Shared form states in a map, for tests of what goes into the shared store and comes back (the
 * JSON of each kind of state); {@code sql.SqlSharedFormsTest} tests the PostgreSQL store itself.
 */
public final class MemorySharedForms implements SharedForms {

  private record Kept(String browser, byte[] bytes, Instant until) {}

  private final Map<String, Kept> states = new ConcurrentHashMap<>();

  private static final byte[] SECRET = new byte[32];

  @Override
  public void keepState(String token, String browser, byte[] state, Instant now, Instant until) {
    states.put(token, new Kept(browser, state, until));
  }

  @Override
  public Optional<byte[]> state(String token, String browser, Instant now) {
    Kept kept = states.get(token);
    return kept != null && kept.browser().equals(browser) && !kept.until().isBefore(now)
        ? Optional.of(kept.bytes())
        : Optional.empty();
  }

  @Override
  public void forgetStates(String browser) {
    states.values().removeIf(kept -> kept.browser().equals(browser));
  }

  @Override
  public void keepPhoto(
      String key, String browser, KeptPhotos.Picture photo, Instant now, Instant until) {
    throw new UnsupportedOperationException("photos: see SqlSharedFormsTest");
  }

  @Override
  public Optional<KeptPhotos.Picture> photo(String key, String browser, Instant now) {
    return Optional.empty();
  }

  @Override
  public void forgetPhotos(String browser) {}

  /** A state written to the shared store and read back on "another host". */
  public static <T> T roundTrip(T state, Class<T> type) {
    MemorySharedForms shared = new MemorySharedForms();
    java.time.Clock clock = java.time.Clock.systemUTC();
    String token =
        new FormStates(clock, new java.security.SecureRandom(), Optional.of(shared), SECRET)
            .put("browser", state, 100);
    return new FormStates(clock, new java.security.SecureRandom(), Optional.of(shared), SECRET)
        .get("browser", token, type)
        .orElseThrow();
  }
}
