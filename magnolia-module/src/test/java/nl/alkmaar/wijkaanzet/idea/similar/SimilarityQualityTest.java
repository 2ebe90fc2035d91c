package nl.alkmaar.wijkaanzet.idea.similar;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * How well the engine finds look-alikes on the labelled set, leave-one-out, with the defaults a
 * resident sees (top {@value SimilarityEngine#DEFAULT_LIMIT}, {@link
 * SimilarityEngine#DEFAULT_MIN_SCORE}). Prints the numbers (docs/PERFORMANCE.md quotes them); the
 * floors sit below what was measured, so a change that makes the engine worse fails here.
 *
 * <p>Run: {@code mvn -B -q -pl magnolia-module test -Dtest=SimilarityQualityTest}
 */
class SimilarityQualityTest {

  private static LeaveOneOut.Result result;
  private static LeaveOneOut.Result unfiltered;

  @BeforeAll
  static void measure() {
    LabelledIdeas set = LabelledIdeas.load();
    SimilarityEngine engine = new SimilarityEngine();
    result =
        LeaveOneOut.measure(
            engine, set, SimilarityEngine.DEFAULT_LIMIT, SimilarityEngine.DEFAULT_MIN_SCORE);
    unfiltered = LeaveOneOut.measure(engine, set, SimilarityEngine.DEFAULT_LIMIT, 0);
    report(set);
  }

  @Test
  void theTopSuggestionIsUsuallyALookAlike() {
    assertTrue(result.precisionAt1() >= 0.9, "P@1 " + result.precisionAt1());
  }

  @Test
  void mostLookAlikesAreAmongTheFiveShown() {
    assertTrue(result.recallAt5() >= 0.8, "R@5 " + result.recallAt5());
  }

  @Test
  void fewPointsThatLookLikeNothingGetASuggestion() {
    assertTrue(
        result.falseSuggestionRate() <= 0.35, "false suggestions " + result.falseSuggestionRate());
  }

  private static void report(LabelledIdeas set) {
    System.out.printf(
        Locale.ROOT,
        "Look-alike quality (leave-one-out, %d points: %d in %d clusters, %d singletons)%n",
        set.points().size(),
        result.clusteredIdeas(),
        result.clusters(),
        result.singletons());
    line("min score " + SimilarityEngine.DEFAULT_MIN_SCORE, result);
    line("min score 0 (ranking only)", unfiltered);
    result
        .missedTopHits()
        .forEach(miss -> System.out.println("  top hit not a look-alike: " + miss));
    result.falseSuggestions().forEach(hit -> System.out.println("  singleton suggested: " + hit));
  }

  private static void line(String label, LeaveOneOut.Result r) {
    System.out.printf(
        Locale.ROOT,
        "  %-28s P@1 %.3f  R@5 %.3f  shown that are look-alikes %.3f  singletons with a"
            + " suggestion %.3f (%d)%n",
        label,
        r.precisionAt1(),
        r.recallAt5(),
        r.shownPrecision(),
        r.falseSuggestionRate(),
        r.falseSuggestions().size());
  }
}
