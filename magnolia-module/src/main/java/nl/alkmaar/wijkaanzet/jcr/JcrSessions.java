package nl.alkmaar.wijkaanzet.jcr;

import java.util.Optional;
import java.util.function.Consumer;

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

  /**
   * Calls {@code changed} with the path of every node and property that changes below {@code path}
   * once the change is saved, whoever saved it: this host, another node of a cluster, an editor in
   * Magnolia's content app. The calls come on a thread of the repository's, shortly after the save.
   * Empty when this repository cannot report changes; closing the answer stops the reports.
   */
  default Optional<AutoCloseable> observe(String workspace, String path, Consumer<String> changed) {
    return observe(workspace, path, null, change -> changed.accept(change.path()));
  }

  /**
   * As {@link #observe(String, String, Consumer)}, leaving out what sessions saved after marking
   * their saves with {@code ownMark} (JCR's event user data; {@code null} leaves out nothing): a
   * writer that counts its own saves itself only needs to hear of everyone else's.
   */
  default Optional<AutoCloseable> observe(
      String workspace, String path, String ownMark, Consumer<ChangeReports.Change> changed) {
    return Optional.empty();
  }
}
