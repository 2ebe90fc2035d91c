package nl.alkmaar.wijkaanzet.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import nl.alkmaar.wijkaanzet.web.RateLimiter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Rate limits shared by two hosts on real PostgreSQL: a client gets the limit once, not twice. */
class SqlRateBucketsTest {

  @RegisterExtension static final EmbeddedDatabase POSTGRES = new EmbeddedDatabase();
  private final AtomicReference<Instant> now =
      new AtomicReference<>(Instant.parse("2024-04-20T12:00:00Z"));
  private final Clock clock =
      new Clock() {
        @Override
        public java.time.ZoneId getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return now.get();
        }
      };

  private RateLimiter limiter(SqlRateBuckets shared, String space) {
    return new RateLimiter(3, Duration.ofMinutes(3), clock, space, Optional.of(shared));
  }

  @Test
  void twoHostsGiveAClientItsBurstOnceAndThenOneEveryRefill() throws Exception {
    try (SqlRateBuckets onA = SqlRateBuckets.open(POSTGRES.database());
        SqlRateBuckets onB = SqlRateBuckets.open(POSTGRES.database())) {
      RateLimiter a = limiter(onA, "submit");
      RateLimiter b = limiter(onB, "submit");

      assertTrue(a.acquire("10.0.0.1").allowed());
      assertTrue(b.acquire("10.0.0.1").allowed());
      assertTrue(b.hasTokenFor("10.0.0.1"));
      assertTrue(a.acquire("10.0.0.1").allowed());
      RateLimiter.Decision fourth = b.acquire("10.0.0.1");

      assertFalse(fourth.allowed(), "the burst of 3 is shared, not 3 per host");
      assertEquals(180, fourth.retryAfterSeconds());
      assertFalse(a.hasTokenFor("10.0.0.1"));
      assertTrue(a.acquire("10.0.0.2").allowed(), "another client has its own bucket");
      assertTrue(
          limiter(onA, "login").acquire("10.0.0.1").allowed(), "another limiter its own too");

      now.set(now.get().plus(Duration.ofMinutes(3)));
      assertTrue(b.acquire("10.0.0.1").allowed(), "one more after the refill");
      assertFalse(a.acquire("10.0.0.1").allowed());
    }
  }

  @Test
  void withoutTheDatabaseEachHostStillLimits() throws Exception {
    Database away = new Database("jdbc:postgresql://127.0.0.1:1/nothing", "postgres", "");
    SqlRateBuckets gone = SqlRateBuckets.over(new SharedConnections(away, 1));
    RateLimiter a = limiter(gone, "submit");

    for (int i = 0; i < 3; i++) {
      assertTrue(a.acquire("10.0.0.9").allowed());
    }
    assertFalse(a.acquire("10.0.0.9").allowed(), "this host's own buckets stand in");
  }
}
