package nl.alkmaar.wijkaanzet.standalone.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import nl.alkmaar.wijkaanzet.sql.Database;
import org.junit.jupiter.api.Test;

/** Failed logins counted by two hosts together, on real PostgreSQL. */
class SqlLoginFailuresTest {

  private static final byte[] SECRET = new byte[32];

  @Test
  void fiveFailuresSpreadOverTwoHostsLockTheNameFromThatAddressOnBoth() throws Exception {
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
      Database database =
          new Database(
              "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres", "postgres", "");
      Clock clock = Clock.fixed(Instant.parse("2024-04-20T12:00:00Z"), ZoneOffset.UTC);
      try (SqlLoginFailures onA = SqlLoginFailures.open(database, SECRET);
          SqlLoginFailures onB = SqlLoginFailures.open(database, SECRET)) {
        LoginThrottle a = new LoginThrottle(clock, Optional.of(onA));
        LoginThrottle b = new LoginThrottle(clock, Optional.of(onB));

        for (int i = 0; i < LoginThrottle.MAX_FAILURES - 1; i++) {
          (i % 2 == 0 ? a : b).failed("moderator1", "192.0.2.7");
        }
        assertFalse(b.isLocked("moderator1", "192.0.2.7", false));
        a.failed("moderator1", "192.0.2.7");

        assertTrue(b.isLocked("moderator1", "192.0.2.7", false), "locked on the other host too");
        assertTrue(a.isLocked("moderator1", "192.0.2.7", false));
        assertFalse(a.isLocked("moderator1", "198.51.100.1", false), "not from elsewhere");
        assertFalse(b.isLocked("moderator1", "192.0.2.7", true), "nor on a known device");
        LoginThrottle later =
            new LoginThrottle(
                Clock.offset(clock, LoginThrottle.LOCK.plus(Duration.ofSeconds(1))),
                Optional.of(onB));
        assertFalse(later.isLocked("moderator1", "192.0.2.7", false), "the lock ends");

        try (Connection db = java.sql.DriverManager.getConnection(database.url(), "postgres", "");
            ResultSet rows =
                db.createStatement()
                    .executeQuery(
                        "SELECT key FROM wijkaanzet_login_locks UNION ALL"
                            + " SELECT key FROM wijkaanzet_login_failures")) {
          while (rows.next()) {
            String key = rows.getString(1);
            assertFalse(key.contains("moderator1") || key.contains("192.0.2"), key);
          }
        }
      }
    }
  }
}
