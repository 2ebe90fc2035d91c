package nl.alkmaar.wijkaanzet.sql;

import java.sql.Connection;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One thread's connection, kept between its transactions and opened again after a failure (a
 * database restart leaves a broken connection behind). Not for sharing between threads.
 */
public final class KeptConnection implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(KeptConnection.class);

  /** Work inside one transaction. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  private final Database database;
  private Connection connection;

  public KeptConnection(Database database) {
    this.database = database;
  }

  /**
   * Runs {@code work} in one transaction and commits it. When anything fails the transaction is
   * rolled back, the connection is let go (the next call opens a new one) and the failure thrown. A
   * kept connection that turns out broken before the commit (the database restarted since the last
   * transaction) is replaced and the work run once more: nothing of it had been sent to commit.
   */
  public <T> T inTransaction(Work<T> work) throws SQLException {
    boolean kept = connection != null;
    try {
      return once(work);
    } catch (BrokenBeforeCommit e) {
      if (!kept) {
        throw e.failure;
      }
      LOG.info("the kept database connection was broken; trying once on a new one");
      try {
        return once(work);
      } catch (BrokenBeforeCommit again) {
        throw again.failure;
      }
    }
  }

  private <T> T once(Work<T> work) throws SQLException, BrokenBeforeCommit {
    if (connection == null) {
      connection = database.connect();
      connection.setAutoCommit(false);
    }
    T result;
    try {
      result = work.run(connection);
    } catch (SQLException e) {
      letGo();
      if (isConnectionFailure(e)) {
        throw new BrokenBeforeCommit(e);
      }
      throw e;
    } catch (RuntimeException e) {
      letGo();
      throw e;
    }
    try {
      connection.commit();
      return result;
    } catch (SQLException e) {
      letGo(); // the outcome is unknown: never tried again here
      throw e;
    }
  }

  /** SQL state class 08: the connection, not the statement, failed. */
  private static boolean isConnectionFailure(SQLException e) {
    return e.getSQLState() != null && e.getSQLState().startsWith("08");
  }

  /** Carries a connection failure that happened before anything was sent to commit. */
  private static final class BrokenBeforeCommit extends Exception {
    private final SQLException failure;

    BrokenBeforeCommit(SQLException failure) {
      super(failure);
      this.failure = failure;
    }
  }

  private void letGo() {
    Connection broken = connection;
    connection = null;
    try {
      broken.rollback();
    } catch (SQLException e) {
      LOG.debug("no rollback on a broken connection", e);
    }
    try {
      broken.close();
    } catch (SQLException e) {
      LOG.debug("closing a broken connection", e);
    }
  }

  @Override
  public void close() {
    if (connection != null) {
      try {
        connection.close();
      } catch (SQLException e) {
        LOG.debug("closing a kept connection", e);
      } finally {
        connection = null;
      }
    }
  }
}
