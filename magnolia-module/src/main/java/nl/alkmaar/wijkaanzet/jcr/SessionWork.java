package nl.alkmaar.wijkaanzet.jcr;

import javax.jcr.RepositoryException;
import javax.jcr.Session;

/** Work done with one JCR session; the session's lifetime belongs to the {@link JcrSessions}. */
@FunctionalInterface
public interface SessionWork<T> {
  T run(Session session) throws RepositoryException;
}
