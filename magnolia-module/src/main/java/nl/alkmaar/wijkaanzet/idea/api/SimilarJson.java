package nl.alkmaar.wijkaanzet.idea.api;

import nl.alkmaar.wijkaanzet.idea.SimilarIdeas;
import nl.alkmaar.wijkaanzet.idea.Summaries;

/** One look-alike in {@code GET /api/ideas/similar}: public fields and the score. */
public record SimilarJson(String id, String title, String summary, String category, double score) {

  static SimilarJson of(SimilarIdeas.Match match) {
    return new SimilarJson(
        match.idea().id(),
        match.idea().title(),
        Summaries.of(match.idea().description()),
        match.idea().category(),
        match.score());
  }
}
