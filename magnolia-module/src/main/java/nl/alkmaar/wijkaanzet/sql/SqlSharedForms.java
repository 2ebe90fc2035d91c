package nl.alkmaar.wijkaanzet.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import nl.alkmaar.wijkaanzet.jcr.RepositoryFailure;
import nl.alkmaar.wijkaanzet.web.KeptPhotos;
import nl.alkmaar.wijkaanzet.web.SharedForms;

/**
 * Form states and kept photos in two tables of the cluster's database, for hosts behind a load
 * balancer without sticky sessions. Expired rows are deleted as new ones come; the photos hold at
 * most {@link #MAX_PHOTO_BYTES} in all (the oldest go first), as a host's own folder does. A
 * failing database is {@link SharedFormsUnavailable} (a {@link RepositoryFailure}: 503).
 */
public final class SqlSharedForms implements SharedForms, AutoCloseable {

  static final long MAX_PHOTO_BYTES = 256L * 1024 * 1024;

  /**
   * Bytes of states kept at most (the newest), as a host's memory was bounded, whatever a flood of
   * form posts sends (a state may be up to the form's 64 kB).
   */
  static final long MAX_STATE_BYTES = 32L * 1024 * 1024;

  static final String SCHEMA =
      """
      CREATE TABLE IF NOT EXISTS wijkaanzet_form_states (
        token text PRIMARY KEY,
        browser text NOT NULL,
        state bytea NOT NULL,
        until timestamptz NOT NULL);
      CREATE INDEX IF NOT EXISTS wijkaanzet_form_states_until ON wijkaanzet_form_states (until);
      CREATE INDEX IF NOT EXISTS wijkaanzet_form_states_browser
        ON wijkaanzet_form_states (browser);
      CREATE TABLE IF NOT EXISTS wijkaanzet_kept_photos (
        key text PRIMARY KEY,
        browser text NOT NULL,
        image bytea NOT NULL,
        thumbnail bytea NOT NULL,
        width integer NOT NULL,
        height integer NOT NULL,
        until timestamptz NOT NULL);
      CREATE INDEX IF NOT EXISTS wijkaanzet_kept_photos_until ON wijkaanzet_kept_photos (until);
      CREATE INDEX IF NOT EXISTS wijkaanzet_kept_photos_browser
        ON wijkaanzet_kept_photos (browser);
      """;

  private final SharedConnections connections;
  private final long maxPhotoBytes;
  private final java.util.concurrent.atomic.AtomicLong nextTrim =
      new java.util.concurrent.atomic.AtomicLong(System.nanoTime());
  private final long maxStateBytes;

  private SqlSharedForms(SharedConnections connections, long maxPhotoBytes, long maxStateBytes) {
    this.connections = connections;
    this.maxPhotoBytes = maxPhotoBytes;
    this.maxStateBytes = maxStateBytes;
  }

  /** Creates the tables where they are missing. */
  public static SqlSharedForms open(Database database) throws SQLException {
    return open(database, MAX_PHOTO_BYTES, MAX_STATE_BYTES);
  }

  /** Over connections whose tables exist (or not: for a test of a database that is away). */
  static SqlSharedForms over(SharedConnections connections) {
    return new SqlSharedForms(connections, MAX_PHOTO_BYTES, MAX_STATE_BYTES);
  }

  static SqlSharedForms open(Database database, long maxPhotoBytes, long maxStateBytes)
      throws SQLException {
    SharedConnections connections = new SharedConnections(database, 4);
    connections.inTransaction(
        sql -> {
          try (Statement lock = sql.createStatement()) {
            lock.execute("SELECT pg_advisory_xact_lock(30625, 1)"); // two hosts starting at once
            lock.execute(SCHEMA);
          }
          return null;
        });
    return new SqlSharedForms(connections, maxPhotoBytes, maxStateBytes);
  }

  /** The shared store could not be reached: a post is answered 503 with Retry-After. */
  public static final class SharedFormsUnavailable extends RepositoryFailure {
    SharedFormsUnavailable(SQLException cause) {
      super("the shared form store is not reachable", cause);
    }
  }

  private <T> T run(KeptConnection.Work<T> work) {
    try {
      return connections.inTransaction(work);
    } catch (SQLException e) {
      throw new SharedFormsUnavailable(e);
    }
  }

  @Override
  public void keepState(String token, String browser, byte[] state, Instant now, Instant until) {
    run(
        sql -> {
          deleteExpired(sql, "wijkaanzet_form_states", now);
          try (PreparedStatement insert =
              sql.prepareStatement(
                  "INSERT INTO wijkaanzet_form_states (token, browser, state, until)"
                      + " VALUES (?, ?, ?, ?)")) {
            insert.setString(1, token);
            insert.setString(2, browser);
            insert.setBytes(3, state);
            insert.setTimestamp(4, Timestamp.from(until));
            insert.executeUpdate();
          }
          trimNowAndThen(sql);
          return null;
        });
  }

  @Override
  public Optional<byte[]> state(String token, String browser, Instant now) {
    return run(
        sql -> {
          try (PreparedStatement select =
              sql.prepareStatement(
                  "SELECT state FROM wijkaanzet_form_states"
                      + " WHERE token = ? AND browser = ? AND until >= ?")) {
            select.setString(1, token);
            select.setString(2, browser);
            select.setTimestamp(3, Timestamp.from(now));
            try (ResultSet rows = select.executeQuery()) {
              return rows.next() ? Optional.of(rows.getBytes(1)) : Optional.<byte[]>empty();
            }
          }
        });
  }

  @Override
  public void forgetStates(String browser) {
    deleteOf("wijkaanzet_form_states", browser);
  }

  @Override
  public void keepPhoto(
      String key, String browser, KeptPhotos.Picture photo, Instant now, Instant until) {
    run(
        sql -> {
          deleteExpired(sql, "wijkaanzet_kept_photos", now);
          try (PreparedStatement insert =
              sql.prepareStatement(
                  "INSERT INTO wijkaanzet_kept_photos"
                      + " (key, browser, image, thumbnail, width, height, until)"
                      + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, key);
            insert.setString(2, browser);
            insert.setBytes(3, photo.image());
            insert.setBytes(4, photo.thumbnail());
            insert.setInt(5, photo.width());
            insert.setInt(6, photo.height());
            insert.setTimestamp(7, Timestamp.from(until));
            insert.executeUpdate();
          }
          try (PreparedStatement oldest =
              sql.prepareStatement(
                  "DELETE FROM wijkaanzet_kept_photos WHERE key IN (SELECT key FROM (SELECT key,"
                      + " sum(octet_length(image) + octet_length(thumbnail)) OVER (ORDER BY until"
                      + " DESC, key) AS newer FROM wijkaanzet_kept_photos) AS kept"
                      + " WHERE newer > ?)")) {
            oldest.setLong(1, maxPhotoBytes);
            oldest.executeUpdate();
          }
          return null;
        });
  }

  @Override
  public Optional<KeptPhotos.Picture> photo(String key, String browser, Instant now) {
    return run(
        sql -> {
          try (PreparedStatement select =
              sql.prepareStatement(
                  "SELECT image, thumbnail, width, height FROM wijkaanzet_kept_photos"
                      + " WHERE key = ? AND browser = ? AND until >= ?")) {
            select.setString(1, key);
            select.setString(2, browser);
            select.setTimestamp(3, Timestamp.from(now));
            try (ResultSet rows = select.executeQuery()) {
              return rows.next()
                  ? Optional.of(
                      new KeptPhotos.Picture(
                          rows.getBytes(1), rows.getBytes(2), rows.getInt(3), rows.getInt(4)))
                  : Optional.<KeptPhotos.Picture>empty();
            }
          }
        });
  }

  @Override
  public void forgetPhotos(String browser) {
    deleteOf("wijkaanzet_kept_photos", browser);
  }

  private void deleteOf(String table, String browser) {
    run(
        sql -> {
          try (PreparedStatement delete =
              sql.prepareStatement("DELETE FROM " + table + " WHERE browser = ?")) {
            delete.setString(1, browser);
            delete.executeUpdate();
          }
          return null;
        });
  }

  /** Drops the oldest states beyond {@code maxStateBytes}, at most every few seconds. */
  private void trimNowAndThen(Connection sql) throws SQLException {
    long now = System.nanoTime();
    long due = nextTrim.get();
    if (now - due < 0 || !nextTrim.compareAndSet(due, now + 5_000_000_000L)) {
      return;
    }
    try (PreparedStatement trim =
        sql.prepareStatement(
            "DELETE FROM wijkaanzet_form_states WHERE token IN (SELECT token FROM (SELECT token,"
                + " sum(octet_length(state)) OVER (ORDER BY until DESC, token) AS newer FROM"
                + " wijkaanzet_form_states) AS kept WHERE newer > ?)")) {
      trim.setLong(1, maxStateBytes);
      trim.executeUpdate();
    }
  }

  private static void deleteExpired(Connection sql, String table, Instant now) throws SQLException {
    try (PreparedStatement delete =
        sql.prepareStatement("DELETE FROM " + table + " WHERE until < ?")) {
      delete.setTimestamp(1, Timestamp.from(now));
      delete.executeUpdate();
    }
  }

  @Override
  public void close() {
    connections.close();
  }
}
