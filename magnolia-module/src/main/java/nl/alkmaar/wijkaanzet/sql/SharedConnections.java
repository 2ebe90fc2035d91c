package nl.alkmaar.wijkaanzet.sql;

import java.sql.SQLException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A few kept connections that request threads take turns on, so a burst of requests opens no more
 * connections than this (PostgreSQL's own limit is about a hundred for all hosts together). A
 * request that waits longer than {@link #WAIT_SECONDS} for one is refused, as when the database is
 * away.
 */
public final class SharedConnections implements AutoCloseable {

  static final long WAIT_SECONDS = 3;

  private final BlockingQueue<KeptConnection> idle;

  public SharedConnections(Database database, int size) {
    idle = new ArrayBlockingQueue<>(size);
    for (int i = 0; i < size; i++) {
      idle.add(new KeptConnection(database)); // each connects on first use
    }
  }

  /** As {@link KeptConnection#inTransaction}, on whichever connection is free. */
  public <T> T inTransaction(KeptConnection.Work<T> work) throws SQLException {
    KeptConnection connection;
    try {
      connection = idle.poll(WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SQLException("interrupted while waiting for a database connection", "08000", e);
    }
    if (connection == null) {
      throw new SQLException("no database connection free within " + WAIT_SECONDS + " s", "08000");
    }
    try {
      return connection.inTransaction(work);
    } finally {
      idle.add(connection);
    }
  }

  @Override
  public void close() {
    idle.forEach(KeptConnection::close);
  }
}
