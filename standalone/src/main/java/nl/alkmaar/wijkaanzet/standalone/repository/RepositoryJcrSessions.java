package nl.alkmaar.wijkaanzet.standalone.repository;

import javax.jcr.RepositoryException;
import javax.jcr.Session;
import nl.alkmaar.wijkaanzet.jcr.JcrSessions;
import nl.alkmaar.wijkaanzet.jcr.RepositoryFailure;
import nl.alkmaar.wijkaanzet.jcr.SessionWork;

/** A session per unit of work on the embedded repository, logged out afterwards. */
public final class RepositoryJcrSessions implements JcrSessions {

  private final EmbeddedRepository repository;

  public RepositoryJcrSessions(EmbeddedRepository repository) {
    this.repository = repository;
  }

  @Override
  public <T> T read(String workspace, SessionWork<T> work) {
    return run(workspace, work, false);
  }

  @Override
  public <T> T write(String workspace, SessionWork<T> work) {
    return run(workspace, work, true);
  }

  private <T> T run(String workspace, SessionWork<T> work, boolean save) {
    Session session = null;
    try {
      session = repository.login(workspace);
      T result = work.run(session);
      if (save) {
        session.save();
      }
      return result;
    } catch (RepositoryException e) {
      throw new RepositoryFailure("repository work in workspace " + workspace + " failed", e);
    } finally {
      if (session != null) {
        session.logout();
      }
    }
  }
}
