package nl.alkmaar.wijkaanzet.jcr;

import java.util.Optional;
import java.util.function.Consumer;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

/**
 * A session per unit of work on a plain JCR repository, logged out afterwards: the standalone
 * host's repository and the tests' in-memory one. (Inside Magnolia the sessions come from its
 * system context instead.)
 */
public final class RepositoryJcrSessions implements JcrSessions {

  /** Opens a session on one workspace, e.g. {@code repository.login(credentials, workspace)}. */
  @FunctionalInterface
  public interface Login {
    Session to(String workspace) throws RepositoryException;
  }

  private final Login login;

  public RepositoryJcrSessions(Login login) {
    this.login = login;
  }

  @Override
  public <T> T read(String workspace, SessionWork<T> work) {
    return run(workspace, work, false);
  }

  @Override
  public <T> T write(String workspace, SessionWork<T> work) {
    return run(workspace, work, true);
  }

  /**
   * Keeps one session open across writes. Jackrabbit's sessions are finalizable: one per save of a
   * busy writer piles them up for the finalizer, with every node state they read, and the
   * collector's pauses grow with them (seen as the ballot writer's slowest saves).
   */
  @Override
  public HeldSession hold(String workspace) {
    return new KeptSession(login, workspace);
  }

  @Override
  public Optional<AutoCloseable> observe(
      String workspace, String path, String ownMark, Consumer<ChangeReports.Change> changed) {
    try {
      return Optional.of(ChangeReports.register(login.to(workspace), path, ownMark, changed));
    } catch (RepositoryException e) {
      throw new RepositoryFailure("cannot watch " + path + " in workspace " + workspace, e);
    }
  }

  private <T> T run(String workspace, SessionWork<T> work, boolean save) {
    Session session = null;
    try {
      session = login.to(workspace);
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
