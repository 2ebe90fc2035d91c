package nl.alkmaar.wijkaanzet.vote;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.alkmaar.wijkaanzet.idea.Idea;
import nl.alkmaar.wijkaanzet.idea.IdeaStore;

/**
 * The published points of each wijk by id, as ballots and bars need them. The store keeps them in
 * memory and hands out the same list until one of them changes (ViewedIdeaStore), so the map is
 * made again only then: thousands of ballots a second do not each build it, and a point withdrawn a
 * moment ago takes no more votes.
 */
final class PublishedIdeas {

  private record Indexed(List<Idea> source, Map<String, Idea> byId) {}

  private final IdeaStore ideas;
  private final String campaignId;
  private final Map<String, Indexed> byWijk = new ConcurrentHashMap<>();

  PublishedIdeas(IdeaStore ideas, String campaignId) {
    this.ideas = ideas;
    this.campaignId = campaignId;
  }

  /** The wijk's published points by id, newest first. */
  Map<String, Idea> of(String wijk) {
    List<Idea> now = ideas.published(campaignId, wijk);
    Indexed known = byWijk.get(wijk);
    if (known != null && known.source() == now) {
      return known.byId();
    }
    Map<String, Idea> byId = new LinkedHashMap<>();
    for (Idea idea : now) {
      byId.put(idea.id(), idea);
    }
    Map<String, Idea> indexed = java.util.Collections.unmodifiableMap(byId);
    byWijk.put(wijk, new Indexed(now, indexed));
    return indexed;
  }
}
