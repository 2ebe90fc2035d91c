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
}
