package nl.alkmaar.wijkaanzet.sql;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * A PostgreSQL database by its JDBC address and login. The login comes from the environment of the
 * host (never a command line, where {@code ps} shows it) and never appears in a log: {@link
 * #toString} leaves it out. Both may be empty for trust authentication.
 */
public record Database(String url, String user, String password) {

  /** Seconds a statement may wait on the network before it fails (and the caller answers 503). */
  static final int SOCKET_TIMEOUT_SECONDS = 10;

  public Database {
    user = user == null ? "" : user;
    password = password == null ? "" : password;
  }

  /** A new connection; the driver must be on the class path (the host's, or the webapp's). */
  public Connection connect() throws SQLException {
    return DriverManager.getConnection(url, login(SOCKET_TIMEOUT_SECONDS));
  }

  /**
   * Whether the database answers now, asked on a connection of its own with 2-second timeouts (so a
   * health check never waits on a pool or on a database that is away).
   */
  public boolean answers() {
    try (Connection connection = DriverManager.getConnection(url, login(2))) {
      return connection.isValid(2);
    } catch (SQLException e) {
      return false;
    }
  }

  private Properties login(int timeoutSeconds) {
    Properties login = new Properties();
    login.setProperty("user", user);
    login.setProperty("password", password);
    login.setProperty("connectTimeout", Integer.toString(Math.min(timeoutSeconds, 5)));
    login.setProperty("loginTimeout", Integer.toString(Math.min(timeoutSeconds, 5)));
    login.setProperty("socketTimeout", Integer.toString(timeoutSeconds));
    return login;
  }

  /** The address only. */
  @Override
  public String toString() {
    return url;
  }
}
