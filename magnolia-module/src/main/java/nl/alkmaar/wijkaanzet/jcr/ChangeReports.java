package nl.alkmaar.wijkaanzet.jcr;

import java.util.function.Consumer;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.observation.Event;
import javax.jcr.observation.EventIterator;
import javax.jcr.observation.EventListener;
import javax.jcr.observation.ObservationManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * JCR observation on a session kept open for it: the paths of what changed below a path, including
 * changes saved by other sessions and (in a cluster) other nodes. Closing removes the listener and
 * logs the session out.
 */
public final class ChangeReports implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ChangeReports.class);

  static final int EVENTS =
      Event.NODE_ADDED
          | Event.NODE_REMOVED
          | Event.NODE_MOVED
          | Event.PROPERTY_ADDED
          | Event.PROPERTY_CHANGED
          | Event.PROPERTY_REMOVED;

  private final Session session;
  private final EventListener listener;

  private ChangeReports(Session session, EventListener listener) {
    this.session = session;
    this.listener = listener;
  }

  /**
   * Listens on {@code session} (which this then owns) for changes below {@code path}, also changes
   * this same session saves, but not those saved by a session whose user data is {@code ownMark}.
   */
  public static ChangeReports register(
      Session session, String path, String ownMark, Consumer<Change> changed)
      throws RepositoryException {
    EventListener listener = events -> report(events, ownMark, changed);
    try {
      ObservationManager manager = session.getWorkspace().getObservationManager();
      manager.addEventListener(listener, EVENTS, path, true, null, null, false);
    } catch (RepositoryException | RuntimeException e) {
      session.logout();
      throw e;
    }
    return new ChangeReports(session, listener);
  }

  /**
   * What changed: the path of the node or property, the identifier of that node (of the node that
   * has the property), and whether it was a node (added, removed, moved) or a property. The
   * identifier finds the node even where this host's view of its folder is behind (see {@link
   * SavedElsewhere}).
   */
  public record Change(String path, String identifier, boolean ofNode) {}

  private static void report(EventIterator events, String ownMark, Consumer<Change> changed) {
    while (events.hasNext()) {
      Event event = events.nextEvent();
      try {
        if (ownMark != null && ownMark.equals(event.getUserData())) {
          continue;
        }
        changed.accept(
            new Change(
                event.getPath(),
                event.getIdentifier(),
                (event.getType() & (Event.NODE_ADDED | Event.NODE_REMOVED | Event.NODE_MOVED))
                    != 0));
      } catch (RepositoryException | RuntimeException e) {
        // One unreadable event must not stop the ones after it.
        LOG.warn("a change report could not be handled", e);
      }
    }
  }

  @Override
  public void close() {
    try {
      if (session.isLive()) {
        session.getWorkspace().getObservationManager().removeEventListener(listener);
      }
    } catch (RepositoryException e) {
      LOG.debug("listener already gone", e);
    } finally {
      session.logout();
    }
  }
}
