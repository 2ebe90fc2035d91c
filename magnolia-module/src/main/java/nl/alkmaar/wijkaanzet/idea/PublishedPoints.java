package nl.alkmaar.wijkaanzet.idea;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The published points of each wijk in memory, for what residents read: the wijk page, the list
 * API, the look-alikes, the ballot. A wijk is read from the repository once, and again only when it
 * changed: right after a change this host made (before that change is answered), or when the
 * repository reports a change made elsewhere (another node of a cluster, an editor in the content
 * app) through {@link #changed}, which a background thread then reads. A resident's request never
 * waits for a repository read: the wijken are read in the background at start ({@link #warm}).
 *
 * <p>Each wijk's list is replaced whole, never edited in place, so a reader sees one consistent
 * list. The reads of one wijk run one at a time and each reads the repository as it is then, so the
 * last one to finish has the latest state.
 */
public final class PublishedPoints implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(PublishedPoints.class);

  /** When the repository cannot report changes: read every loaded wijk again this often. */
  static final long POLL_SECONDS = 10;

  /**
   * The published points of one wijk, newest first, read at {@code version}. The same snapshot
   * hands out the same lists, so what is made of them can be kept until the next snapshot.
   */
  public record Snapshot(
      List<ModeratedIdea> newestFirst,
      List<ModeratedIdea> oldestFirst,
      List<Idea> ideas,
      long version) {

    Snapshot(List<ModeratedIdea> newestFirst, long version) {
      this(
          List.copyOf(newestFirst),
          reversed(newestFirst),
          newestFirst.stream().map(ModeratedIdea::idea).toList(),
          version);
    }

    private static List<ModeratedIdea> reversed(List<ModeratedIdea> points) {
      List<ModeratedIdea> reversed = new java.util.ArrayList<>(points);
      java.util.Collections.reverse(reversed);
      return List.copyOf(reversed);
    }
  }

  private record Key(String campaignId, String wijk) {}

  private final BiFunction<String, String, List<ModeratedIdea>> read;
  private final Map<Key, Snapshot> byWijk = new ConcurrentHashMap<>();
  private final Set<Key> pending = ConcurrentHashMap.newKeySet();
  private final ScheduledExecutorService reader;
  private volatile long version;

  /**
   * @param read the published points of a campaign's wijk, newest first, from the repository
   */
  public PublishedPoints(BiFunction<String, String, List<ModeratedIdea>> read) {
    this.read = read;
    this.reader =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "wijkaanzet-published-points");
              thread.setDaemon(true);
              return thread;
            });
  }

  /** The wijk's published points as last read. */
  public Snapshot of(String campaignId, String wijk) {
    Key key = new Key(campaignId, wijk);
    Snapshot known = byWijk.get(key);
    return known != null ? known : reload(key);
  }

  /** Reads the wijk again now: after this host changed one of its points, before answering. */
  public void reload(String campaignId, String wijk) {
    reload(new Key(campaignId, wijk));
  }

  /**
   * Something under the wijk changed in the repository: read it again in the background (once for a
   * burst of changes). A wijk nobody has asked for yet is left until someone does.
   */
  public void changed(String campaignId, String wijk) {
    Key key = new Key(campaignId, wijk);
    if (!byWijk.containsKey(key) || !pending.add(key)) {
      return;
    }
    try {
      reader.execute(
          () -> {
            pending.remove(key);
            try {
              reload(key);
            } catch (RuntimeException e) {
              // The next change or poll tries again; until then the last list stays shown.
              LOG.warn("published points of {} could not be read again", key, e);
            }
          });
    } catch (java.util.concurrent.RejectedExecutionException closed) {
      pending.remove(key);
    }
  }

  /**
   * Reads these wijken in the background now, so that not even the first resident to open a wijk
   * waits for the repository.
   */
  public void warm(String campaignId, java.util.Collection<String> wijken) {
    for (String wijk : wijken) {
      try {
        reader.execute(() -> of(campaignId, wijk));
      } catch (java.util.concurrent.RejectedExecutionException closed) {
        return;
      }
    }
  }

  /** Without change reports from the repository, every loaded wijk is read again now and then. */
  public void pollWithoutReports() {
    reader.scheduleWithFixedDelay(
        () -> byWijk.keySet().forEach(key -> changed(key.campaignId(), key.wijk())),
        POLL_SECONDS,
        POLL_SECONDS,
        TimeUnit.SECONDS);
  }

  /** Goes up with every read of any wijk: a cheap sign that something may have changed. */
  public long version() {
    return version;
  }

  private Snapshot reload(Key key) {
    return byWijk.compute(
        key,
        (k, old) -> {
          List<ModeratedIdea> points = read.apply(k.campaignId(), k.wijk());
          if (old != null && old.newestFirst().equals(points)) {
            return old;
          }
          synchronized (this) {
            version++;
            return new Snapshot(points, version);
          }
        });
  }

  /** Stops the background reads and waits for one under way, before the repository closes. */
  @Override
  public void close() {
    reader.shutdownNow();
    try {
      reader.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
