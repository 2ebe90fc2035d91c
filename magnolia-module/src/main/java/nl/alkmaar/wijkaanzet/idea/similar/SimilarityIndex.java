package nl.alkmaar.wijkaanzet.idea.similar;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The candidates of one wijk, analysed once, asked many times. Immutable, so one index serves all
 * request threads; build a new one (with {@link SimilarityEngine#index}) when points are published.
 */
public final class SimilarityIndex {

  private final DutchAnalyzer analyzer;
  private final Concepts concepts;
  private final SimilarityEngine.Shares shares;
  private final TfIdf stemWeights;
  private final TfIdf trigramWeights;
  private final TfIdf conceptWeights;
  private final List<IndexedIdea> points;

  SimilarityIndex(
      DutchAnalyzer analyzer,
      Concepts concepts,
      SimilarityEngine.Shares shares,
      Map<String, TermCounts> countsById) {
    this.analyzer = analyzer;
    this.concepts = concepts;
    this.shares = shares;
    this.stemWeights = TfIdf.learn(countsById.values().stream().map(TermCounts::stems).toList());
    this.trigramWeights =
        TfIdf.learn(countsById.values().stream().map(TermCounts::trigrams).toList());
    this.conceptWeights =
        TfIdf.learn(countsById.values().stream().map(TermCounts::concepts).toList());
    this.points =
        countsById.entrySet().stream()
            .map(
                entry ->
                    new IndexedIdea(
                        entry.getKey(),
                        stemWeights.vector(entry.getValue().stems()),
                        trigramWeights.vector(entry.getValue().trigrams()),
                        conceptWeights.vector(entry.getValue().concepts())))
            .toList();
  }

  public int size() {
    return points.size();
  }

  /** The best look-alikes of a text (a new point's title and description), best first. */
  public List<SimilarMatch> query(String text, int limit, double minScore) {
    return query(text, limit, minScore, Set.of());
  }

  /**
   * As {@link #query(String, int, double)}, leaving out some points: moderators asking what looks
   * like point X leave out X itself. Scores are rounded to three decimals, ties go by id, and only
   * scores of at least {@code minScore} are returned.
   */
  public List<SimilarMatch> query(String text, int limit, double minScore, Set<String> excludeIds) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(excludeIds, "excludeIds");
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative: " + limit);
    }
    if (!(minScore >= 0 && minScore <= 1)) {
      throw new IllegalArgumentException("minScore must be between 0 and 1: " + minScore);
    }
    TermCounts counts = TermCounts.of(analyzer, concepts, text);
    if (counts.isEmpty() || limit == 0) {
      return List.of();
    }
    Map<String, Double> stems = stemWeights.vector(counts.stems());
    Map<String, Double> trigrams = trigramWeights.vector(counts.trigrams());
    Map<String, Double> meant = conceptWeights.vector(counts.concepts());
    return points.stream()
        .filter(point -> !excludeIds.contains(point.id()))
        .map(point -> new SimilarMatch(point.id(), round(score(point, stems, trigrams, meant))))
        .filter(match -> match.score() >= minScore && match.score() > 0)
        .sorted(
            Comparator.comparingDouble(SimilarMatch::score)
                .reversed()
                .thenComparing(SimilarMatch::id))
        .limit(limit)
        .toList();
  }

  private double score(
      IndexedIdea point,
      Map<String, Double> stems,
      Map<String, Double> trigrams,
      Map<String, Double> meant) {
    double wordsPart =
        shares.stems() * TfIdf.cosine(point.stems(), stems)
            + shares.trigrams() * TfIdf.cosine(point.trigrams(), trigrams);
    double blended = wordsPart + shares.concepts() * TfIdf.cosine(point.concepts(), meant);
    // The same thing said in the same words is a look-alike whatever the word list knows of it:
    // the words alone, at their full weight, also count.
    double wordsAlone = shares.concepts() < 1 ? wordsPart / (1 - shares.concepts()) : 0;
    return Math.max(blended, wordsAlone);
  }

  private static double round(double score) {
    return Math.min(1.0, Math.round(score * 1000) / 1000.0);
  }

  private record IndexedIdea(
      String id,
      Map<String, Double> stems,
      Map<String, Double> trigrams,
      Map<String, Double> concepts) {}
}
