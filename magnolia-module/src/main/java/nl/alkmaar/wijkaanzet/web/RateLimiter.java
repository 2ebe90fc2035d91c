package nl.alkmaar.wijkaanzet.web;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-client token buckets: {@code capacity} requests at once, then one more every {@code refill}.
 * Buckets of clients that stayed away long enough to be full again are dropped, so memory stays
 * bounded by the clients of the last few minutes.
 */
public final class RateLimiter {

  private final int capacity;
  private final Duration refill;
  private final Clock clock;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  public RateLimiter(int capacity, Duration refill, Clock clock) {
    this.capacity = capacity;
    this.refill = refill;
    this.clock = clock;
  }

  /** Takes one token for {@code client}; the answer says whether and when to retry. */
  public Decision acquire(String client) {
    long now = clock.millis();
    if (buckets.size() > 10_000) {
      buckets.values().removeIf(bucket -> bucket.isFullAt(now));
    }
    return buckets.computeIfAbsent(client, key -> new Bucket(now)).take(now);
  }

  /** Whether {@code client} has a token left now, without taking it. */
  public boolean hasTokenFor(String client) {
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
      long wait = (long) Math.ceil((1 - tokens) * refill.toMillis() / 1000.0);
      return new Decision(false, Math.max(1, wait));
    }

    synchronized boolean hasToken(long now) {
      return tokens + (now - updated) / (double) refill.toMillis() >= 1;
    }

    synchronized boolean isFullAt(long now) {
      return tokens + (now - updated) / (double) refill.toMillis() >= capacity;
    }
  }
}
