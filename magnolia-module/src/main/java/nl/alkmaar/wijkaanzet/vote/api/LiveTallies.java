package nl.alkmaar.wijkaanzet.vote.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import nl.alkmaar.wijkaanzet.vote.TallySnapshot;
import nl.alkmaar.wijkaanzet.vote.Voting;
import nl.alkmaar.wijkaanzet.web.EventStreams;
import nl.alkmaar.wijkaanzet.web.Json;

/**
 * The live vote bars' streams: after ballots of a wijk are saved the wijk is marked, and every
 * {@value #TICK_MILLIS} ms each marked wijk's snapshot goes to its clients once, however many
 * ballots came in (four updates a second at most).
 */
final class LiveTallies implements AutoCloseable {

  static final long TICK_MILLIS = 250;
  static final long HEARTBEAT_SECONDS = 15;
  static final long RETRY_MILLIS = 3000;

  private final Voting voting;
  private final EventStreams streams = new EventStreams(HEARTBEAT_SECONDS);
  private final Set<String> changed = ConcurrentHashMap.newKeySet();
  private final Runnable unsubscribe;
  private final ScheduledExecutorService ticker =
      Executors.newSingleThreadScheduledExecutor(
          runnable -> {
            Thread thread = new Thread(runnable, "wijkaanzet-live-tallies");
            thread.setDaemon(true);
            return thread;
          });

  LiveTallies(Voting voting) {
    this.voting = voting;
    this.unsubscribe = voting.onChange(changed::add);
    ticker.scheduleAtFixedRate(this::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
  }

  /**
   * Opens a stream; a client that saw the current snapshot ({@code lastEventId}) waits for news.
   */
  void open(
      HttpServletRequest request, HttpServletResponse response, String wijk, String lastEventId)
      throws IOException {
    streams.open(request, response, wijk, event(voting.tally(wijk)), lastEventId, RETRY_MILLIS);
  }

  int openStreams() {
    return streams.openStreams();
  }

  static EventStreams.Event event(TallySnapshot tally) {
    return new EventStreams.Event(
        id(tally), "tally", Json.mapper().valueToTree(TalliesServlet.json(tally)).toString());
  }

  /** Changes with every ballot and with every point that joins or leaves the bars. */
  static String id(TallySnapshot tally) {
    return tally.version() + "-" + tally.points().size();
  }

  private void tick() {
    for (String wijk : changed) {
      changed.remove(wijk);
      try {
        streams.publish(wijk, event(voting.tally(wijk)));
      } catch (RuntimeException e) {
        // the next ballot marks the wijk again; the ticker must keep running
      }
    }
  }

  @Override
  public void close() {
    unsubscribe.run();
    ticker.shutdownNow();
    streams.close();
  }
}
