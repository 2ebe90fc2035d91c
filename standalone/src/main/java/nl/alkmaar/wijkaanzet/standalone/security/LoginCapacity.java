package nl.alkmaar.wijkaanzet.standalone.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import nl.alkmaar.wijkaanzet.web.ClientAddress;
import nl.alkmaar.wijkaanzet.web.RateLimiter;
import nl.alkmaar.wijkaanzet.web.SharedRateBuckets;

/**
 * How much login work strangers can cause. Every login attempt costs a deliberately slow password
 * hash (a fraction of a second of a core), so an address may only try {@value #BURST} logins at
 * once and then one every {@link #REFILL}, and only {@value #HASHES_AT_ONCE} hashes run at the same
 * time; beyond that a login is refused at once instead of queueing behind an attacker's.
 */
public final class LoginCapacity {

  static final int BURST = 20;
  static final Duration REFILL = Duration.ofSeconds(30);
  static final int HASHES_AT_ONCE = 2;
  static final Duration HASH_WAIT = Duration.ofMillis(500);
  static final Duration KNOWN_HASH_WAIT = Duration.ofSeconds(3);

  private final RateLimiter perAddress;
  private final Semaphore hashes;

  /**
   * Browsers where the user logged in before have a turn of their own: strangers cannot fill it.
   */
  private final Semaphore knownHashes = new Semaphore(1, true);

  public LoginCapacity(Clock clock) {
    this(new RateLimiter(BURST, REFILL, clock), HASHES_AT_ONCE);
  }

  /**
   * With the tries per address counted by all hosts together ({@code shared}); the hashes at once
   * stay per host, as they spend the host's own processor.
   */
  public LoginCapacity(Clock clock, java.util.Optional<SharedRateBuckets> shared) {
    this(new RateLimiter(BURST, REFILL, clock, "login", shared), HASHES_AT_ONCE);
  }

  LoginCapacity(RateLimiter perAddress, int hashesAtOnce) {
    this.perAddress = perAddress;
    this.hashes = new Semaphore(hashesAtOnce, true);
  }

  /** Whether {@code address} may try a login now. */
  public boolean admits(String address) {
    return perAddress.hasTokenFor(key(address));
  }

  /** A failed login from {@code address} uses up one of its tries. */
  public void failed(String address) {
    perAddress.acquire(key(address));
  }

  private static String key(String address) {
    return ClientAddress.key(address);
  }

  /**
   * A turn to hash a password, or empty when too many hashes run already.
   *
   * @param knownDevice whether the login comes from a browser where this user logged in before; it
   *     waits for its own turn, which logins from elsewhere never take
   */
  public Optional<HashTurn> hashTurn(boolean knownDevice) {
    Semaphore turns = knownDevice ? knownHashes : hashes;
    Duration wait = knownDevice ? KNOWN_HASH_WAIT : HASH_WAIT;
    try {
      if (turns.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
        return Optional.of(new HashTurn(turns));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return Optional.empty();
  }

  /** A taken turn; closing it lets the next login hash. */
  public static final class HashTurn implements AutoCloseable {
    private final Semaphore turns;
    private boolean released;

    private HashTurn(Semaphore turns) {
      this.turns = turns;
    }

    @Override
    public void close() {
      if (!released) {
        released = true;
        turns.release();
      }
    }
  }
}
