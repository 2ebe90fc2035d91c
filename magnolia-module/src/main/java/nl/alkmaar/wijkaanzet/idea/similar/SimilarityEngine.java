package nl.alkmaar.wijkaanzet.idea.similar;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds published verbeterpunten that look like a new one ("Lijkt uw idee op een van deze?") and
 * suggests merges to moderators. Pure domain code: it sees ids and texts, never the repository.
 *
 * <p>Score of candidate {@code d} (its title and description) for query text {@code q}, 0 to 1:
 *
 * <pre>
 *   score(q, d) = s · cos(stems(q), stems(d)) + (1 − s) · cos(trigrams(q), trigrams(d))
 * </pre>
 *
 * <ul>
 *   <li>{@code stems}: Snowball Dutch stems of the content words ({@link DutchAnalyzer}), so
 *       "fietspaden" meets "fietspad" and "kapotte" meets "kapot";
 *   <li>{@code trigrams}: character trigrams of each stem, so typos ("verkeerdrempel"), spelling
 *       variants ("lantarenpaal") and Dutch compounds ("hondenpoep" against "poep van honden")
 *       still share most of their parts;
 *   <li>both are TF-IDF vectors with the IDF learned from the candidate set ({@link TfIdf}): words
 *       most points share count little, which also keeps unrelated points below the minimum score;
 *   <li>{@code s} = {@value #STEM_SHARE}; title and description count alike (counting the title
 *       twice was measured and made the ranking worse on the labelled set);
 *   <li>a third part can compare what the words mean ({@link Concepts}: "bankje" and "zitplek" name
 *       the same wish); its share, {@value #CONCEPT_SHARE}, stays off until it helps on text it was
 *       not tuned on (issue 15).
 * </ul>
 *
 * <p>{@code s} and {@link #DEFAULT_MIN_SCORE} were tuned on the labelled set in {@code
 * src/test/resources/similarity/labelled-ideas.yaml}; {@code SimilarityQualityTest} measures them
 * and docs/PERFORMANCE.md lists the numbers. Shared place names ("Bergerweg") weigh heavily, so a
 * different request at the same place can still pass the minimum score.
 */
public final class SimilarityEngine {

  /** How many look-alikes a resident is shown. */
  public static final int DEFAULT_LIMIT = 5;

  /** Below this score a point is not suggested: it shares words, but not the request. */
  public static final double DEFAULT_MIN_SCORE = 0.25;

  static final double STEM_SHARE = 0.4;

  /** How much each comparison counts in a score; the three add up to 1. */
  record Shares(double stems, double trigrams, double concepts) {

    Shares {
      if (Math.abs(stems + trigrams + concepts - 1) > 1e-9) {
        throw new IllegalArgumentException("shares must add up to 1");
      }
    }

    /** Words only: {@code stemShare} for stems, the rest for trigrams. */
    static Shares wordsOnly(double stemShare) {
      return new Shares(stemShare, 1 - stemShare, 0);
    }

    /** {@code concepts} for the concepts, the rest for stems and trigrams as {@link #wordsOnly}. */
    static Shares withConcepts(double stemShare, double concepts) {
      return new Shares((1 - concepts) * stemShare, (1 - concepts) * (1 - stemShare), concepts);
    }
  }

  private final DutchAnalyzer analyzer;
  private final Concepts concepts;
  private final Shares shares;

  /**
   * The concepts' share of a score ({@link Concepts}): 0, off, for now. Measured 2026-12-07
   * (docs/PERFORMANCE.md, bench/lookalikes.sh): a share of 0.1 raised P@1 and R@5 on both blind
   * sets, but on the held-out one it gave more points that look like nothing a suggestion (0.24 to
   * 0.40); larger shares find more look-alikes and suggest still more to such points.
   */
  static final double CONCEPT_SHARE = 0;

  public SimilarityEngine() {
    this(
        new DutchAnalyzer(),
        CONCEPT_SHARE == 0 ? Concepts.none() : Concepts.bundled(),
        Shares.withConcepts(STEM_SHARE, CONCEPT_SHARE));
  }

  SimilarityEngine(DutchAnalyzer analyzer, double stemShare) {
    this(analyzer, Concepts.none(), Shares.wordsOnly(stemShare));
  }

  SimilarityEngine(DutchAnalyzer analyzer, Concepts concepts, Shares shares) {
    this.analyzer = analyzer;
    this.concepts = concepts;
    this.shares = shares;
  }

  /** Analyses the candidates (for example, the published points of one wijk). Ids must differ. */
  public SimilarityIndex index(List<SimilarityCandidate> candidates) {
    Map<String, TermCounts> countsById = new LinkedHashMap<>();
    for (SimilarityCandidate candidate : candidates) {
      TermCounts counts = TermCounts.of(analyzer, concepts, candidate.text());
      if (countsById.putIfAbsent(candidate.id(), counts) != null) {
        throw new IllegalArgumentException("candidate id occurs twice: " + candidate.id());
      }
    }
    return new SimilarityIndex(analyzer, concepts, shares, countsById);
  }
}
