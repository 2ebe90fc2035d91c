package nl.alkmaar.wijkaanzet.jcr;

import javax.jcr.RepositoryException;
import javax.jcr.Session;

/**
 * A session kept open for one thread's writes, renewed now and then so that the items it has cached
 * do not grow without end. After a failed write it is given up and the next write gets a new one.
 */
final class KeptSession implements HeldSession {

  /** Writes before the session is renewed. */
  static final int WRITES_PER_SESSION = 500;

  private final RepositoryJcrSessions.Login login;
  private final String workspace;
  private Session session;
  private int writes;

  KeptSession(RepositoryJcrSessions.Login login, String workspace) {
    this.login = login;
    this.workspace = workspace;
  }

  @Override
  public <T> T write(SessionWork<T> work) {
    try {
      if (session == null || writes >= WRITES_PER_SESSION || !session.isLive()) {
        close();
        session = login.to(workspace);
      }
      writes++;
      T result;
      try {
        result = work.run(session);
        session.save();
      } catch (RepositoryException | RuntimeException e) {
        dropChanges();
        throw e;
      }
      return result;
    } catch (RepositoryException e) {
      throw new RepositoryFailure("repository work in workspace " + workspace + " failed", e);
    }
  }

  /**
   * A new session for the next write: refreshing this one is not enough after a failed save in a
   * cluster (a database restart leaves Jackrabbit unable to restore the session's unsaved states).
   */
  private void dropChanges() {
    try {
      session.refresh(false);
    } catch (RepositoryException | RuntimeException e) {
      // logged out below either way
    }
    close();
  }

  @Override
  public void close() {
    if (session != null) {
      session.logout();
      session = null;
      writes = 0;
    }
  }
}
