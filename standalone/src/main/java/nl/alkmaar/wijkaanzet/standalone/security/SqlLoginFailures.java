package nl.alkmaar.wijkaanzet.standalone.security;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import nl.alkmaar.wijkaanzet.sql.Database;
import nl.alkmaar.wijkaanzet.sql.KeptConnection;
import nl.alkmaar.wijkaanzet.sql.SharedConnections;
import nl.alkmaar.wijkaanzet.web.Hmac;

/**
 * Failed logins and the locks they cause, in two tables of the cluster's database, so that guessing
 * a password on N hosts costs as many tries as on one. The tables hold no name and no address: each
 * key is an HMAC of them under a key derived from the installation's secret.
 */
public final class SqlLoginFailures implements LoginThrottle.SharedFailures, AutoCloseable {

  static final String SCHEMA =
      """
      CREATE TABLE IF NOT EXISTS wijkaanzet_login_failures (
        key text NOT NULL,
        at bigint NOT NULL);
      CREATE INDEX IF NOT EXISTS wijkaanzet_login_failures_key ON wijkaanzet_login_failures (key);
      CREATE TABLE IF NOT EXISTS wijkaanzet_login_locks (
        key text PRIMARY KEY,
        until bigint NOT NULL);
      """;

  private final SharedConnections connections;
  private final byte[] secret;

  private SqlLoginFailures(SharedConnections connections, byte[] secret) {
    this.connections = connections;
    this.secret = secret;
  }

  public static SqlLoginFailures open(Database database, byte[] installationSecret)
      throws SQLException {
    SharedConnections connections = new SharedConnections(database, 2);
    connections.inTransaction(
        sql -> {
          try (Statement schema = sql.createStatement()) {
            schema.execute("SELECT pg_advisory_xact_lock(30625, 3)");
            schema.execute(SCHEMA);
          }
          return null;
        });
    return new SqlLoginFailures(connections, derive(installationSecret));
  }

  private static byte[] derive(byte[] installationSecret) {
    return Hmac.sha256(installationSecret, "wijkaanzet login failures");
  }

  private String hidden(String key) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(Hmac.sha256(secret, key));
  }

  @Override
  public boolean locked(String key, long now) {
    return run(
        sql -> {
          try (PreparedStatement lock =
              sql.prepareStatement(
                  "SELECT 1 FROM wijkaanzet_login_locks WHERE key = ? AND until > ?")) {
            lock.setString(1, hidden(key));
            lock.setLong(2, now);
            try (ResultSet rows = lock.executeQuery()) {
              return rows.next();
            }
          }
        });
  }

  @Override
  public void failed(String key, int limit, long windowMillis, long lockMillis, long now) {
    String hidden = hidden(key);
    run(
        sql -> {
          try (PreparedStatement turn =
                  sql.prepareStatement("SELECT pg_advisory_xact_lock(30626, hashtext(?))");
              PreparedStatement insert =
                  sql.prepareStatement(
                      "INSERT INTO wijkaanzet_login_failures (key, at) VALUES (?, ?)");
              PreparedStatement old =
                  sql.prepareStatement("DELETE FROM wijkaanzet_login_failures WHERE at <= ?");
              PreparedStatement ended =
                  sql.prepareStatement("DELETE FROM wijkaanzet_login_locks WHERE until <= ?");
              PreparedStatement count =
                  sql.prepareStatement(
                      "SELECT count(*) FROM wijkaanzet_login_failures WHERE key = ?")) {
            turn.setString(1, hidden);
            turn.execute();
            insert.setString(1, hidden);
            insert.setLong(2, now);
            insert.executeUpdate();
            old.setLong(1, now - windowMillis);
            old.executeUpdate();
            ended.setLong(1, now);
            ended.executeUpdate();
            count.setString(1, hidden);
            int failures;
            try (ResultSet rows = count.executeQuery()) {
              rows.next();
              failures = rows.getInt(1);
            }
            if (failures >= limit) {
              lock(sql, hidden, now + lockMillis);
            }
          }
          return null;
        });
  }

  private static void lock(java.sql.Connection sql, String hidden, long until) throws SQLException {
    try (PreparedStatement lock =
            sql.prepareStatement(
                "INSERT INTO wijkaanzet_login_locks (key, until) VALUES (?, ?)"
                    + " ON CONFLICT (key) DO UPDATE SET until = EXCLUDED.until");
        PreparedStatement clear =
            sql.prepareStatement("DELETE FROM wijkaanzet_login_failures WHERE key = ?")) {
      lock.setString(1, hidden);
      lock.setLong(2, until);
      lock.executeUpdate();
      clear.setString(1, hidden);
      clear.executeUpdate();
    }
  }

  @Override
  public void clear(String key) {
    run(
        sql -> {
          try (PreparedStatement clear =
              sql.prepareStatement("DELETE FROM wijkaanzet_login_failures WHERE key = ?")) {
            clear.setString(1, hidden(key));
            clear.executeUpdate();
          }
          return null;
        });
  }

  private <T> T run(KeptConnection.Work<T> work) {
    try {
      return connections.inTransaction(work);
    } catch (SQLException e) {
      throw new IllegalStateException("the shared login failures are not reachable", e);
    }
  }

  @Override
  public void close() {
    connections.close();
  }
}
