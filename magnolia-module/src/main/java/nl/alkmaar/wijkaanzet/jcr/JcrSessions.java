package nl.alkmaar.wijkaanzet.jcr;

/**
 * The port to the content repository. Inside Magnolia sessions come from the system context ({@code
 * MagnoliaJcrSessions}); the standalone host logs in to its own Jackrabbit.
 */
public interface JcrSessions {

  /** Runs work that only reads. */
  <T> T read(String workspace, SessionWork<T> work);

  /** Runs work that changes content and saves it in one go; nothing is saved if it fails. */
  <T> T write(String workspace, SessionWork<T> work);

  /**
   * A session for one thread that writes again and again. By default every write still gets a
   * session of its own, as Magnolia's system context hands them out.
   */
  default HeldSession hold(String workspace) {
    return new HeldSession() {
      @Override
      public <T> T write(SessionWork<T> work) {
        return JcrSessions.this.write(workspace, work);
      }

      @Override
      public void close() {
        // nothing held
      }
    };
  }
}
