package nl.alkmaar.wijkaanzet.vote;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The counts per wijk, in memory: rebuilt from the ballot box at start and then raised by the one
 * writer after each durable save, and (in a cluster) by the ballots other nodes saved, as the
 * repository reports them. Request threads only read; nobody reads-then-writes a stored counter, so
 * no vote is lost to a race. Each ballot counts once by its id, whoever reports it first: the
 * writer and the reports of other nodes may both name it.
 */
public final class Tallies {

  private final Map<String, WijkTally> byWijk = new ConcurrentHashMap<>();
  private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();
  private final Map<String, Integer> byWay = new ConcurrentHashMap<>();
  private final Map<String, Ballot> counted = new HashMap<>();

  /**
   * Counts a ballot that is durably in the box. The same ballot again changes nothing; a ballot
   * with the id of a counted one (a voter who changed their choice) takes its place.
   *
   * @return whether the counts changed
   */
  public synchronized boolean add(Ballot ballot) {
    Ballot before = counted.put(ballot.id(), ballot);
    if (ballot.equals(before)) {
      return false;
    }
    if (before != null) {
      uncount(before);
    }
    byWijk.computeIfAbsent(ballot.wijk(), WijkTally::new).add(ballot.ideas());
    byWay.merge(way(ballot), 1, Integer::sum);
    return true;
  }

  /** Takes back the votes of a ballot that its voter replaced, if it is still the one counted. */
  synchronized void remove(Ballot ballot) {
    if (counted.remove(ballot.id(), ballot)) {
      uncount(ballot);
    }
  }

  private void uncount(Ballot ballot) {
    WijkTally tally = byWijk.get(ballot.wijk());
    if (tally != null) {
      tally.remove(ballot.ideas());
    }
    byWay.merge(way(ballot), -1, Integer::sum);
  }

  /**
   * Ballots per way of voting: the method ({@code stemcode}, {@code e-mail}) or, for ballots staff
   * recorded, {@code balie/<channel>} (bibliotheek, bus, …). Single counts only, as for points.
   */
  public Map<String, Integer> byWay() {
    Map<String, Integer> ways = new TreeMap<>();
    byWay.forEach(
        (way, count) -> {
          if (count > 0) {
            ways.put(way, count);
          }
        });
    return ways;
  }

  private static String way(Ballot ballot) {
    return ballot.method() == VoteMethod.ASSISTED && ballot.channel() != null
        ? ballot.method().id() + "/" + ballot.channel()
        : ballot.method().id();
  }

  /** Tells listeners (the live bars) which wijken changed; called by the writer after a batch. */
  void changed(Iterable<String> wijken) {
    for (String wijk : wijken) {
      for (Consumer<String> listener : listeners) {
        listener.accept(wijk);
      }
    }
  }

  /** Called with a wijk id whenever its counts changed; run the returned action to stop. */
  public Runnable onChange(Consumer<String> listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  /** Every point with at least one vote, in no particular order. */
  public TallySnapshot snapshot(String wijk) {
    WijkTally tally = byWijk.get(wijk);
    return tally == null ? new TallySnapshot(wijk, 0, 0, List.of()) : tally.snapshot();
  }

  /** Counts of every wijk, for a recount to compare with. */
  public Map<String, TallySnapshot> all() {
    Map<String, TallySnapshot> all = new HashMap<>();
    byWijk.forEach((wijk, tally) -> all.put(wijk, tally.snapshot()));
    return all;
  }

  private static final class WijkTally {
    private final String wijk;
    private final Map<String, Integer> votes = new HashMap<>();
    private int ballots;
    private long version;

    WijkTally(String wijk) {
      this.wijk = wijk;
    }

    synchronized void add(List<String> ideas) {
      for (String idea : ideas) {
        votes.merge(idea, 1, Integer::sum);
      }
      ballots++;
      version++;
    }

    synchronized void remove(List<String> ideas) {
      for (String idea : ideas) {
        votes.computeIfPresent(idea, (id, count) -> count > 1 ? count - 1 : null);
      }
      ballots--;
      version++;
    }

    synchronized TallySnapshot snapshot() {
      return new TallySnapshot(
          wijk,
          version,
          ballots,
          votes.entrySet().stream()
              .map(entry -> new TallySnapshot.Count(entry.getKey(), entry.getValue()))
              .toList());
    }
  }
}
