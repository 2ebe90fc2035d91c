package nl.alkmaar.wijkaanzet.sql;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import nl.alkmaar.wijkaanzet.jcr.RepositoryFailure;
import nl.alkmaar.wijkaanzet.web.SharedRateBuckets;

/**
 * Token buckets in a table of the cluster's database: one statement per request takes a token (or
 * finds none) whatever host the request reached. A bucket that is full again says nothing and is
 * deleted, at most once a minute, so the table holds the clients of the last few minutes.
 */
public final class SqlRateBuckets implements SharedRateBuckets, AutoCloseable {

  static final String SCHEMA =
      """
      CREATE TABLE IF NOT EXISTS wijkaanzet_rate_buckets (
        key text PRIMARY KEY,
        tokens double precision NOT NULL,
        updated bigint NOT NULL,
        capacity integer NOT NULL,
        refill_ms double precision NOT NULL,
        allowed boolean NOT NULL);
      """;

  /** The refilled tokens of the existing row, with the asked bucket's values in EXCLUDED. */
  private static final String REFILLED =
      "least(EXCLUDED.capacity, b.tokens + greatest(0, EXCLUDED.updated - b.updated)"
          + " / EXCLUDED.refill_ms)";

  private static final String TAKE =
      "INSERT INTO wijkaanzet_rate_buckets AS b"
          + " (key, tokens, updated, capacity, refill_ms, allowed)"
          + " VALUES (?, ?, ?, ?, ?, true) ON CONFLICT (key) DO UPDATE SET allowed = "
          + REFILLED
          + " >= 1, tokens = CASE WHEN "
          + REFILLED
          + " >= 1 THEN "
          + REFILLED
          + " - 1 ELSE "
          + REFILLED
          + " END, updated = greatest(b.updated, EXCLUDED.updated), capacity = EXCLUDED.capacity,"
          + " refill_ms = EXCLUDED.refill_ms"
          + " RETURNING (xmax = 0) AS created, allowed, tokens";

  private final SharedConnections connections;
  private final AtomicLong nextSweep = new AtomicLong();

  private SqlRateBuckets(SharedConnections connections) {
    this.connections = connections;
  }

  /** Over connections whose table exists (or not: for a test of a database that is away). */
  static SqlRateBuckets over(SharedConnections connections) {
    return new SqlRateBuckets(connections);
  }

  /** Creates the table where it is missing. */
  public static SqlRateBuckets open(Database database) throws SQLException {
    SharedConnections connections = new SharedConnections(database, 4);
    connections.inTransaction(
        sql -> {
          try (Statement schema = sql.createStatement()) {
            schema.execute("SELECT pg_advisory_xact_lock(30625, 2)");
            schema.execute(SCHEMA);
          }
          return null;
        });
    return new SqlRateBuckets(connections);
  }

  @Override
  public double take(String key, int capacity, long refillMillis, long nowMillis) {
    sweepNowAndThen(nowMillis);
    return run(
        sql -> {
          try (PreparedStatement take = sql.prepareStatement(TAKE)) {
            take.setString(1, key);
            take.setDouble(2, capacity - 1);
            take.setLong(3, nowMillis);
            take.setInt(4, capacity);
            take.setDouble(5, refillMillis);
            try (ResultSet row = take.executeQuery()) {
              row.next();
              // A new bucket was full; else the tokens before the taking: those left and the
              // one taken, or (refused) those left.
              if (row.getBoolean("created")) {
                return (double) capacity;
              }
              double left = row.getDouble("tokens");
              return row.getBoolean("allowed") ? left + 1 : left;
            }
          }
        });
  }

  @Override
  public double tokens(String key, int capacity, long refillMillis, long nowMillis) {
    return run(
        sql -> {
          try (PreparedStatement read =
              sql.prepareStatement(
                  "SELECT tokens, updated FROM wijkaanzet_rate_buckets WHERE key = ?")) {
            read.setString(1, key);
            try (ResultSet row = read.executeQuery()) {
              if (!row.next()) {
                return (double) capacity;
              }
              double elapsed = Math.max(0, nowMillis - row.getLong("updated"));
              return Math.min(capacity, row.getDouble("tokens") + elapsed / refillMillis);
            }
          }
        });
  }

  private void sweepNowAndThen(long nowMillis) {
    long due = nextSweep.get();
    if (nowMillis < due
        || !nextSweep.compareAndSet(due, nowMillis + TimeUnit.MINUTES.toMillis(1))) {
      return;
    }
    run(
        sql -> {
          try (PreparedStatement sweep =
              sql.prepareStatement(
                  "DELETE FROM wijkaanzet_rate_buckets"
                      + " WHERE tokens + greatest(0, ? - updated) / refill_ms >= capacity")) {
            sweep.setLong(1, nowMillis);
            return sweep.executeUpdate();
          }
        });
  }

  private <T> T run(KeptConnection.Work<T> work) {
    try {
      return connections.inTransaction(work);
    } catch (SQLException e) {
      throw new RepositoryFailure("the shared rate limits are not reachable", e);
    }
  }

  @Override
  public void close() {
    connections.close();
  }
}
