package nl.alkmaar.wijkaanzet.vote;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.alkmaar.wijkaanzet.idea.Idea;
import nl.alkmaar.wijkaanzet.idea.IdeaStore;

/**
 * The published points of each wijk as ballots and bars need them, read from the store at most once
 * a second per wijk: thousands of ballots a second must not each read a wijk. A point withdrawn a
 * moment ago may still take a vote in that second; its votes are kept and it leaves the bars.
 */
final class PublishedIdeas {

  private static final long MAX_AGE_MILLIS = 1000;

  private record Loaded(Map<String, Idea> byId, long at) {}

  private final IdeaStore ideas;
  private final String campaignId;
  private final Clock clock;
  private final Map<String, Loaded> byWijk = new ConcurrentHashMap<>();

  PublishedIdeas(IdeaStore ideas, String campaignId, Clock clock) {
    this.ideas = ideas;
    this.campaignId = campaignId;
    this.clock = clock;
  }

  /** The wijk's published points by id, newest first. */
  Map<String, Idea> of(String wijk) {
    Loaded loaded = byWijk.get(wijk);
    if (loaded != null && fresh(loaded, clock.millis())) {
      return loaded.byId();
    }
    // One thread reads the wijk again; the others that found it stale wait for that read
    // instead of each reading it too (thousands of ballots a second arrive at the same moment).
    return byWijk
        .compute(wijk, (key, old) -> old != null && fresh(old, clock.millis()) ? old : load(key))
        .byId();
  }

  private Loaded load(String wijk) {
    Map<String, Idea> byId = new LinkedHashMap<>();
    for (Idea idea : ideas.published(campaignId, wijk)) {
      byId.put(idea.id(), idea);
    }
    return new Loaded(byId, clock.millis());
  }

  private static boolean fresh(Loaded loaded, long now) {
    return now >= loaded.at() && now - loaded.at() <= MAX_AGE_MILLIS;
  }
}
