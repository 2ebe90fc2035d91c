package nl.alkmaar.wijkaanzet.jcr;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javax.jcr.ItemNotFoundException;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows what others save below a folder (in a cluster: the other hosts), leaving out the saves a
 * writer marked as its own: each node {@code depth} levels down that is reported is read and handed
 * on. The reports come one per node and property and on the repository's thread; they are read on a
 * thread of this follower's, a whole batch in one session.
 */
public final class SavedElsewhere<T> implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(SavedElsewhere.class);

  /** Reads a reported node into what the follower is told. */
  @FunctionalInterface
  public interface NodeReader<T> {
    T read(Node node) throws RepositoryException;
  }

  private final BlockingQueue<String> identifiers = new LinkedBlockingQueue<>();
  private final JcrSessions sessions;
  private final String workspace;
  private final NodeReader<T> reader;
  private final Consumer<T> saved;
  private final Thread thread;
  private volatile boolean running = true;

  private SavedElsewhere(
      JcrSessions sessions,
      String workspace,
      String folder,
      NodeReader<T> reader,
      Consumer<T> saved) {
    this.sessions = sessions;
    this.workspace = workspace;
    this.reader = reader;
    this.saved = saved;
    this.thread = new Thread(this::run, "wijkaanzet-saved-elsewhere" + folder.replace('/', '-'));
    thread.setDaemon(true);
  }

  /**
   * Starts following; empty where the repository cannot report changes. Closing the answer stops
   * the reports and the reading thread.
   */
  public static <T> Optional<AutoCloseable> follow(
      JcrSessions sessions,
      String workspace,
      String folder,
      int depth,
      String ownMark,
      NodeReader<T> reader,
      Consumer<T> saved) {
    String below = folder + "/";
    SavedElsewhere<T> follower = new SavedElsewhere<>(sessions, workspace, folder, reader, saved);
    Optional<AutoCloseable> reports =
        sessions.observe(
            workspace,
            folder,
            ownMark,
            change -> {
              String path = change.path();
              String[] parts =
                  path.startsWith(below) ? path.substring(below.length()).split("/") : null;
              // The node itself, or one of its properties (whose event names the node's
              // identifier).
              int level = change.ofNode() ? depth : depth + 1;
              if (parts != null && parts.length == level) {
                follower.identifiers.add(change.identifier());
              }
            });
    if (reports.isEmpty()) {
      return Optional.empty();
    }
    follower.thread.start();
    return Optional.of(
        () -> {
          reports.get().close();
          follower.close();
        });
  }

  private void run() {
    while (running) {
      try {
        String first = identifiers.poll(1, TimeUnit.SECONDS);
        if (first == null) {
          continue;
        }
        List<String> drained = new ArrayList<>(List.of(first));
        identifiers.drainTo(drained);
        read(new LinkedHashSet<>(drained));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        LOG.warn("what another host saved could not be read; a recount will show it", e);
      }
    }
  }

  private void read(Set<String> batch) {
    List<T> read =
        sessions.read(
            workspace,
            session -> {
              List<T> found = new ArrayList<>();
              for (String identifier : batch) {
                try {
                  found.add(reader.read(session.getNodeByIdentifier(identifier)));
                } catch (ItemNotFoundException removed) {
                  // removed again since (a register forgotten after the campaign)
                }
              }
              return found;
            });
    read.forEach(saved);
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
  }
}
