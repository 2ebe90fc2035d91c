package nl.alkmaar.wijkaanzet.standalone.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import nl.alkmaar.wijkaanzet.web.RateLimiter;
import org.junit.jupiter.api.Test;

class LoginCapacityTest {

  @Test
  void oneAddressMayFailABurstOfLoginsThenWaits() {
    LoginCapacity capacity = new LoginCapacity(Clock.systemUTC());
    for (int i = 0; i < LoginCapacity.BURST; i++) {
      assertTrue(capacity.admits("198.51.100.7"));
      capacity.failed("198.51.100.7");
    }

    assertFalse(capacity.admits("198.51.100.7"));
    assertTrue(capacity.admits("192.0.2.10"), "another address is not slowed");
  }

  @Test
  void loginsThatSucceedDoNotCount() {
    LoginCapacity capacity = new LoginCapacity(Clock.systemUTC());
    for (int i = 0; i < LoginCapacity.BURST * 3; i++) {
      assertTrue(capacity.admits("192.0.2.10"), "a library full of staff logging in");
    }
  }

  @Test
  void beyondTheHashesAtOnceALoginIsRefusedQuickly() {
    LoginCapacity capacity =
        new LoginCapacity(new RateLimiter(100, Duration.ofSeconds(1), Clock.systemUTC()), 1);
    Optional<LoginCapacity.HashTurn> first = capacity.hashTurn(false);
    assertTrue(first.isPresent());

    long started = System.nanoTime();
    assertTrue(capacity.hashTurn(false).isEmpty());
    assertTrue(System.nanoTime() - started < Duration.ofSeconds(2).toNanos(), "waits only briefly");

    assertTrue(capacity.hashTurn(true).isPresent(), "a known browser has its own turn");
    first.get().close();
    assertTrue(capacity.hashTurn(false).isPresent(), "the turn came free");
  }
}
