package nl.alkmaar.wijkaanzet.standalone.security;

import nl.alkmaar.wijkaanzet.sql.Database;
import org.apache.commons.dbcp.BasicDataSource;
import org.eclipse.jetty.ee10.servlet.SessionHandler;
import org.eclipse.jetty.session.DatabaseAdaptor;
import org.eclipse.jetty.session.JDBCSessionDataStore;
import org.eclipse.jetty.session.JDBCSessionDataStoreFactory;
import org.eclipse.jetty.session.NullSessionCache;

/**
 * Staff logins shared by the hosts of a cluster, so a load balancer need not send a desk worker to
 * the same host every time: Jetty's own JDBC session store in the cluster's database (table {@value
 * #TABLE}), read on every request and kept by no host (a host's copy would be stale once another
 * host changed the session: logout, the chosen campaign). The login itself is stored as the user's
 * name and roles, never the password (Jetty rebuilds the identity from them, see {@code
 * setPersistAuthenticationCredentials(false)} in {@link StaffSecurity}). The session is written
 * before the answer leaves, so the next request may go to any host at once. While the database is
 * away a host uses its own recent copy of a session ({@link HostCopyOfSessions}). Whoever can write
 * the session table can forge a login (Jetty keeps a session's attributes as serialised Java
 * objects): give the hosts' database user alone write access to it (docs/CLUSTER.md).
 */
public final class SharedStaffSessions {

  static final String TABLE = "wijkaanzet_staff_sessions";

  private SharedStaffSessions() {}

  public static void keepIn(SessionHandler sessions, Database database) {
    // A small pool: Jetty asks the data source for a connection per load and per store.
    BasicDataSource source = new BasicDataSource();
    source.setDriverClassName("org.postgresql.Driver");
    source.setUrl(database.url());
    source.setUsername(database.user());
    source.setPassword(database.password());
    source.addConnectionProperty("connectTimeout", "5");
    source.addConnectionProperty("socketTimeout", "10");
    source.setMaxActive(8);
    source.setMaxIdle(4);
    source.setMaxWait(3_000);
    source.setTestOnBorrow(true);
    source.setValidationQuery("SELECT 1");
    DatabaseAdaptor adaptor = new DatabaseAdaptor();
    adaptor.setDatasource(source);
    JDBCSessionDataStore.SessionTableSchema schema = new JDBCSessionDataStore.SessionTableSchema();
    schema.setTableName(TABLE);
    JDBCSessionDataStoreFactory store = new JDBCSessionDataStoreFactory();
    store.setDatabaseAdaptor(adaptor);
    store.setSessionTableSchema(schema);
    // The last access of a session is written at most once a minute (each change at once).
    store.setSavePeriodSec(60);
    NullSessionCache cache = new NullSessionCache(sessions);
    cache.setSessionDataStore(new HostCopyOfSessions(store.getSessionDataStore(sessions)));
    cache.setSaveOnCreate(true);
    cache.setFlushOnResponseCommit(true);
    sessions.setSessionCache(cache);
  }
}
