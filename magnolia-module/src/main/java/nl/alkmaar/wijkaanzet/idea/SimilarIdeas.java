package nl.alkmaar.wijkaanzet.idea;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import nl.alkmaar.wijkaanzet.idea.similar.Concepts;
import nl.alkmaar.wijkaanzet.idea.similar.SimilarMatch;
import nl.alkmaar.wijkaanzet.idea.similar.SimilarityCandidate;
import nl.alkmaar.wijkaanzet.idea.similar.SimilarityEngine;
import nl.alkmaar.wijkaanzet.idea.similar.SimilarityIndex;

/**
 * Published points of a wijk that look like a text: what residents see while they type, and what
 * moderators get as merge candidates. The index of a wijk is kept until its published points
 * change, because residents ask again after every pause in typing.
 */
public final class SimilarIdeas {

  private final IdeaStore store;
  private final Supplier<Concepts> concepts;
  private volatile SimilarityEngine engine;
  private final Map<String, Cached> indexes = new ConcurrentHashMap<>();

  /** With the jar's word list. */
  public SimilarIdeas(IdeaStore store) {
    this(store, ConceptList.bundled());
  }

  /**
   * With the word list {@code concepts} gives ({@link ConceptList}: the light module's, read again
   * when editors change it); a new list builds every wijk's index afresh when it is next asked.
   */
  public SimilarIdeas(IdeaStore store, Supplier<Concepts> concepts) {
    this.store = store;
    this.concepts = concepts;
    this.engine = new SimilarityEngine(concepts.get());
  }

  /** A published point with how much it looks like the text, 0 to 1. */
  public record Match(Idea idea, double score) {}

  public List<Match> like(String campaignId, String wijk, String text, Set<String> excludeIds) {
    return rank(campaignId + "/" + wijk, store.published(campaignId, wijk), text, excludeIds);
  }

  /**
   * For moderators: submitted and published points of the wijk that look like {@code text}, the
   * points a merge could go into (two new look-alikes can be merged before either is published).
   */
  public List<Match> mergeCandidates(
      String campaignId, String wijk, String text, Set<String> excludeIds) {
    List<Idea> open =
        store.inWijk(campaignId, wijk).stream()
            .map(ModeratedIdea::idea)
            .filter(
                idea ->
                    idea.status() == IdeaStatus.INGEDIEND
                        || idea.status() == IdeaStatus.GEPUBLICEERD)
            .toList();
    return rank(campaignId + "/" + wijk + "/moderation", open, text, excludeIds);
  }

  private List<Match> rank(String key, List<Idea> published, String text, Set<String> excludeIds) {
    Cached cached = indexFor(key, published);
    List<SimilarMatch> matches =
        cached
            .index()
            .query(
                text == null ? "" : text,
                SimilarityEngine.DEFAULT_LIMIT,
                SimilarityEngine.DEFAULT_MIN_SCORE,
                excludeIds);
    return matches.stream()
        .map(match -> new Match(cached.byId().get(match.id()), match.score()))
        .toList();
  }

  /**
   * The index of these points. The store hands out the same list until a point changes (its
   * in-memory view), so a residents' question while typing costs no index work; a new list whose
   * texts are the same keeps the index too (the moderators' candidates are read afresh each time).
   */
  private Cached indexFor(String key, List<Idea> points) {
    SimilarityEngine now = engineNow();
    Cached cached = indexes.get(key);
    if (cached != null && cached.engine().concepts() != now.concepts()) {
      cached = null;
    }
    if (cached != null && cached.source() == points) {
      return cached;
    }
    List<SimilarityCandidate> candidates =
        points.stream()
            .map(idea -> new SimilarityCandidate(idea.id(), idea.title(), idea.description()))
            .toList();
    SimilarityIndex index =
        cached != null && cached.candidates().equals(candidates)
            ? cached.index()
            : now.index(candidates);
    Map<String, Idea> byId =
        points.stream()
            .collect(java.util.stream.Collectors.toMap(Idea::id, idea -> idea, (a, b) -> a));
    Cached fresh = new Cached(now, points, candidates, index, byId);
    indexes.put(key, fresh);
    return fresh;
  }

  /** The engine of the word list in use; a new one when the list changed. */
  private SimilarityEngine engineNow() {
    Concepts list = concepts.get();
    SimilarityEngine known = engine;
    if (known.concepts() == list) {
      return known;
    }
    SimilarityEngine fresh = new SimilarityEngine(list);
    engine = fresh;
    return fresh;
  }

  private record Cached(
      SimilarityEngine engine,
      List<Idea> source,
      List<SimilarityCandidate> candidates,
      SimilarityIndex index,
      Map<String, Idea> byId) {}
}
