package nl.alkmaar.wijkaanzet.standalone.security;

import nl.alkmaar.wijkaanzet.sql.Database;
import org.eclipse.jetty.ee10.servlet.SessionHandler;
import org.eclipse.jetty.session.DatabaseAdaptor;
import org.eclipse.jetty.session.JDBCSessionDataStore;
import org.eclipse.jetty.session.JDBCSessionDataStoreFactory;
import org.eclipse.jetty.session.NullSessionCache;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Staff logins shared by the hosts of a cluster, so a load balancer need not send a desk worker to
 * the same host every time: Jetty's own JDBC session store in the cluster's database (table {@value
 * #TABLE}), read on every request and kept by no host (a host's copy would be stale once another
 * host changed the session: logout, the chosen campaign). The login itself is stored as the user's
 * name and roles, never the password (Jetty rebuilds the identity from them, see {@code
 * setPersistAuthenticationCredentials(false)} in {@link StaffSecurity}). The session is written
 * before the answer leaves, so the next request may go to any host at once. While the database is
 * away a host uses its own recent copy of a session ({@link HostCopyOfSessions}).
 */
public final class SharedStaffSessions {

  static final String TABLE = "wijkaanzet_staff_sessions";

  private SharedStaffSessions() {}

  public static void keepIn(SessionHandler sessions, Database database) {
    PGSimpleDataSource source = new PGSimpleDataSource();
    source.setURL(database.url());
    source.setUser(database.user());
    source.setPassword(database.password());
    source.setConnectTimeout(5);
    source.setSocketTimeout(10);
    DatabaseAdaptor adaptor = new DatabaseAdaptor();
    adaptor.setDatasource(source);
    JDBCSessionDataStore.SessionTableSchema schema = new JDBCSessionDataStore.SessionTableSchema();
    schema.setTableName(TABLE);
    JDBCSessionDataStoreFactory store = new JDBCSessionDataStoreFactory();
    store.setDatabaseAdaptor(adaptor);
    store.setSessionTableSchema(schema);
    NullSessionCache cache = new NullSessionCache(sessions);
    cache.setSessionDataStore(new HostCopyOfSessions(store.getSessionDataStore(sessions)));
    cache.setSaveOnCreate(true);
    cache.setFlushOnResponseCommit(true);
    sessions.setSessionCache(cache);
  }
}
