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
 *   words(q, d) = s · cos(stems) + (1 − s) · cos(trigrams)
 *   score(q, d) = max( (1 − c) · words + c · cos(concepts),  words )
 * </pre>
 *
 * <ul>
 *   <li>{@code stems}: Snowball Dutch stems of the content words ({@link DutchAnalyzer}), so
 *       "fietspaden" meets "fietspad" and "kapotte" meets "kapot";
 *   <li>{@code trigrams}: character trigrams of each stem, so typos ("verkeerdrempel"), spelling
 *       variants ("lantarenpaal") and Dutch compounds ("hondenpoep" against "poep van honden")
 *       still share most of their parts;
 *   <li>{@code concepts}: what the words mean ({@link Concepts}, the list {@code begrippen.txt}):
 *       "bankje" and "zitplek", "laadpaal" and "opladen" name the same wish though they share no
 *       letters — the misses of the words alone on text the engine was not tuned on (issue 15);
 *   <li>all three are TF-IDF vectors with the IDF learned from the candidate set ({@link TfIdf}):
 *       words and concepts most points of the wijk share count little, which also keeps unrelated
 *       points below the minimum score;
 *   <li>the second term of the maximum: the same thing said in the same words is a look-alike
 *       whatever the word list knows of it ("glasvezel", "carillon");
 *   <li>{@code s} = {@value #STEM_SHARE}, {@code c} = {@value #CONCEPT_SHARE}, minimum score
 *       {@value #DEFAULT_MIN_SCORE}: chosen on the tuning sets only (the team's set and blind sets
 *       A–D, {@code SWEEP=1 bench/lookalikes.sh}) as the best P@1 on A–D that keeps the singletons
 *       with a suggestion at or under a quarter there and on the team's set; docs/LOOKALIKES.md
 *       explains it, docs/PERFORMANCE.md has the sweep and the numbers on the held-out sets E and
 *       F.
 * </ul>
 *
 * <p>Shared place names ("Bergerweg") and objects weigh heavily, so a different request at the same
 * place can still pass the minimum score: that is where most wrong suggestions come from.
 */
public final class SimilarityEngine {

  /** How many look-alikes a resident is shown. */
  public static final int DEFAULT_LIMIT = 5;

  /** Below this score a point is not suggested: it shares words, but not the request. */
  public static final double DEFAULT_MIN_SCORE = 0.47;

  static final double STEM_SHARE = 0.2;

  /** The concepts' share of a score. */
  static final double CONCEPT_SHARE = 0.6;

  /** How much each comparison counts in a score; the three add up to 1. */
  record Shares(double stems, double trigrams, double concepts) {

    Shares {
      if (Math.abs(stems + trigrams + concepts - 1) > 1e-9
          || stems < 0
          || trigrams < 0
          || concepts < 0) {
        throw new IllegalArgumentException("shares must be between 0 and 1 and add up to 1");
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

  /** With the concept list in the jar. */
  public SimilarityEngine() {
    this(Concepts.bundled());
  }

  /** With {@code concepts}, for example the list as editors extended it in the light module. */
  public SimilarityEngine(Concepts concepts) {
    this(new DutchAnalyzer(), concepts, Shares.withConcepts(STEM_SHARE, CONCEPT_SHARE));
  }

  SimilarityEngine(DutchAnalyzer analyzer, double stemShare) {
    this(analyzer, Concepts.none(), Shares.wordsOnly(stemShare));
  }

  SimilarityEngine(DutchAnalyzer analyzer, Concepts concepts, Shares shares) {
    this.analyzer = analyzer;
    this.concepts = concepts;
    this.shares = shares;
  }

  /** The word list this engine compares meanings with. */
  public Concepts concepts() {
    return concepts;
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
