package nl.alkmaar.wijkaanzet.web;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-client token buckets: {@code capacity} requests at once, then one more every {@code refill}.
 * Buckets of clients that stayed away long enough to be full again are dropped, so memory stays
 * bounded by the clients of the last few minutes. Hosts behind a load balancer without sticky
 * sessions share the buckets ({@link SharedRateBuckets}, under this limiter's {@code space}); when
 * the shared store fails, this host's own buckets stand in, so a limit always holds.
 */
public final class RateLimiter {

  private final int capacity;
  private final Duration refill;
  private final Clock clock;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
  private final String space;
  private final Optional<SharedRateBuckets> shared;

  public RateLimiter(int capacity, Duration refill, Clock clock) {
    this(capacity, refill, clock, "", Optional.empty());
  }

  /**
   * @param space what the limiter counts ({@code submit}, {@code login}), keeping its buckets apart
   *     from other limiters' in {@code shared}
   */
  public RateLimiter(
      int capacity,
      Duration refill,
      Clock clock,
      String space,
      Optional<SharedRateBuckets> shared) {
    this.capacity = capacity;
    this.refill = refill;
    this.clock = clock;
    this.space = space;
    this.shared = shared;
  }

  /** Takes one token for {@code client}; the answer says whether and when to retry. */
  public Decision acquire(String client) {
    if (sharedUsable()) {
      try {
        double had =
            shared.get().take(space + ":" + client, capacity, refill.toMillis(), clock.millis());
        return had >= 1 ? new Decision(true, 0) : refused(had);
      } catch (RuntimeException unreachable) {
        sharedFailed();
      }
    }
    long now = clock.millis();
    if (buckets.size() > 10_000) {
      buckets.values().removeIf(bucket -> bucket.isFullAt(now));
    }
    return buckets.computeIfAbsent(client, key -> new Bucket(now)).take(now);
  }

  /** After a failure of the shared store, this host's buckets only, for {@link #PAUSE_NANOS}. */
  private static final long PAUSE_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(10);

  private volatile long sharedPausedUntil = System.nanoTime();

  private boolean sharedUsable() {
    return shared.isPresent() && System.nanoTime() - sharedPausedUntil >= 0;
  }

  /** Requests do not each wait for a database that is away: the next ten seconds go local. */
  private void sharedFailed() {
    sharedPausedUntil = System.nanoTime() + PAUSE_NANOS;
  }

  private Decision refused(double tokens) {
    long wait = (long) Math.ceil((1 - tokens) * refill.toMillis() / 1000.0);
    return new Decision(false, Math.max(1, wait));
  }

  /** Whether {@code client} has a token left now, without taking it. */
  public boolean hasTokenFor(String client) {
    if (shared.isPresent()) {
      try {
        return shared
                .get()
                .tokens(space + ":" + client, capacity, refill.toMillis(), clock.millis())
            >= 1;
      } catch (RuntimeException unreachable) {
        // this host's own buckets below
      }
    }
    Bucket bucket = buckets.get(client);
    return bucket == null || bucket.hasToken(clock.millis());
  }

  /** Whether the request may proceed; otherwise how many seconds until it may. */
  public record Decision(boolean allowed, long retryAfterSeconds) {}

  private final class Bucket {
    private double tokens = capacity;
    private long updated;

    Bucket(long now) {
      updated = now;
    }

    synchronized Decision take(long now) {
      tokens = Math.min(capacity, tokens + (now - updated) / (double) refill.toMillis());
      updated = now;
      if (tokens >= 1) {
        tokens -= 1;
        return new Decision(true, 0);
      }
      return refused(tokens);
    }

    synchronized boolean hasToken(long now) {
      return tokens + (now - updated) / (double) refill.toMillis() >= 1;
    }

    synchronized boolean isFullAt(long now) {
      return tokens + (now - updated) / (double) refill.toMillis() >= capacity;
    }
  }
}
