package nl.alkmaar.wijkaanzet.vote;

import java.time.Instant;
import java.util.Map;
import java.util.function.Function;

/**
 * The counts as the ballot box holds them at {@code countedAt}: every ballot any host of the store
 * took. On Magnolia's author the live tallies only know the ballots the author itself took (the
 * public instances take residents' ballots), so results, exports, statistics and the review's order
 * read these instead.
 */
public final class StoredCounts {

  private final Function<String, TallySnapshot> perWijk;
  private final Map<String, Integer> byWay;
  private final Instant countedAt;

  StoredCounts(
      Function<String, TallySnapshot> perWijk, Map<String, Integer> byWay, Instant countedAt) {
    this.perWijk = perWijk;
    this.byWay = Map.copyOf(byWay);
    this.countedAt = countedAt;
  }

  /** A wijk's published points with their votes, most votes first (as {@link Voting#tally}). */
  public TallySnapshot tally(String wijk) {
    return perWijk.apply(wijk);
  }

  /** Ballots per way of voting (see {@link Tallies#byWay()}). */
  public Map<String, Integer> byWay() {
    return byWay;
  }

  public Instant countedAt() {
    return countedAt;
  }
}
