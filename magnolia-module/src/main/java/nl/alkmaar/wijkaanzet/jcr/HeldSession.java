package nl.alkmaar.wijkaanzet.jcr;

/**
 * One thread's many writes in a row through the same session, for a single writer such as the
 * ballot writer. Not for sharing between threads: a JCR session is not thread-safe.
 */
public interface HeldSession extends AutoCloseable {

  /** As {@link JcrSessions#write}: saved in one go, nothing kept if the work fails. */
  <T> T write(SessionWork<T> work);

  /** Gives the session back; the next write would open another. */
  @Override
  void close();
}
