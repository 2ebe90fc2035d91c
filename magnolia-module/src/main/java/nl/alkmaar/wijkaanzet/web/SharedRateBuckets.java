package nl.alkmaar.wijkaanzet.web;

/**
 * Token buckets that several hosts share, so a client's limit holds across a load balancer without
 * sticky sessions (one host's buckets would give a client N times the limit on N hosts).
 */
public interface SharedRateBuckets {

  /**
   * Takes a token from bucket {@code key} (at most {@code capacity}, one more every {@code
   * refillMillis}) at {@code nowMillis}; answers the tokens the bucket had, refilled, before the
   * taking: below 1 means refused and nothing taken.
   */
  double take(String key, int capacity, long refillMillis, long nowMillis);

  /** The tokens bucket {@code key} has at {@code nowMillis}, without taking one. */
  double tokens(String key, int capacity, long refillMillis, long nowMillis);
}
