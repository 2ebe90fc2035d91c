package nl.alkmaar.wijkaanzet.idea.similar;

import java.util.Locale;

/**
 * Look-alike quality on the team's set and on the four blind sets of issue 15, leave-one-out within
 * each wijk, with the defaults a resident sees. Set A may be tuned on; sets B, C and D are held out
 * and only reported. A report, not a test: the targets (P@1 ≥ 0.85, R@5 ≥ 0.75, singletons with a
 * suggestion ≤ 0.25 on the held-out sets) are judged in docs/PERFORMANCE.md. Prints the misses of
 * set A with {@code -Dmisses=a}.
 *
 * <p>Run: {@code bench/lookalikes.sh}
 */
public final class BlindLookAlikeReport {

  private BlindLookAlikeReport() {}

  public static void main(String[] args) {
    if (System.getProperty("sweep") != null && !System.getProperty("sweep").isEmpty()) {
      sweepOnTheTuningSet();
      return;
    }
    String share = System.getProperty("concepts", "");
    double concepts = share.isEmpty() ? SimilarityEngine.CONCEPT_SHARE : Double.parseDouble(share);
    SimilarityEngine engine =
        new SimilarityEngine(
            new DutchAnalyzer(),
            Concepts.bundled(),
            SimilarityEngine.Shares.withConcepts(SimilarityEngine.STEM_SHARE, concepts));
    System.out.println("concepts' share " + concepts);
    System.out.println(
        "| set | points | clustered | clusters | singletons | P@1 | R@5 | shown that are"
            + " look-alikes | singletons with a suggestion |");
    System.out.println("|---|---|---|---|---|---|---|---|---|");
    report("team's own (tuned on)", LabelledIdeas.RESOURCE, engine, false);
    report(
        "blind A (may be tuned on)",
        LabelledIdeas.BLIND_TUNING,
        engine,
        "a".equals(System.getProperty("misses")));
    report("**blind B (held out)**", LabelledIdeas.BLIND_HELD_OUT, engine, false);
    report("**blind C (held out)**", LabelledIdeas.BLIND_HELD_OUT_C, engine, false);
    report("**blind D (held out)**", LabelledIdeas.BLIND_HELD_OUT_D, engine, false);
  }

  private static void report(
      String name, String resource, SimilarityEngine engine, boolean misses) {
    LabelledIdeas set = LabelledIdeas.load(resource);
    LeaveOneOut.Result r =
        LeaveOneOut.measure(
            engine, set, SimilarityEngine.DEFAULT_LIMIT, SimilarityEngine.DEFAULT_MIN_SCORE);
    System.out.printf(
        Locale.ROOT,
        "| %s | %d | %d | %d | %d | %.3f | %.3f | %.3f | %.3f (%d) |%n",
        name,
        set.points().size(),
        r.clusteredIdeas(),
        r.clusters(),
        r.singletons(),
        r.precisionAt1(),
        r.recallAt5(),
        r.shownPrecision(),
        r.falseSuggestionRate(),
        r.falseSuggestions().size());
    if (misses) {
      r.missedTopHits().forEach(miss -> System.out.println("  miss: " + miss));
      r.falseSuggestions().forEach(hit -> System.out.println("  singleton: " + hit));
    }
  }

  /**
   * Tuning sets only (the team's and A; B, C and D stay unseen): for each share of the concepts,
   * the lowest minimum score that keeps the singletons with a suggestion at or under a quarter on
   * both, and what P@1 and R@5 are there. The engine's settings are the best P@1 on set A of this.
   */
  private static void sweepOnTheTuningSet() {
    LabelledIdeas tuning = LabelledIdeas.load(LabelledIdeas.BLIND_TUNING);
    LabelledIdeas team = LabelledIdeas.load(LabelledIdeas.RESOURCE);
    System.out.println(
        "| stems' share | concepts | min score | A: P@1 | A: R@5 | A: singletons | team: P@1 |"
            + " team: R@5 | team: singletons |");
    System.out.println("|---|---|---|---|---|---|---|---|---|");
    for (double stems : new double[] {0.3, 0.4}) {
      for (double concepts : new double[] {0, 0.1, 0.2, 0.3, 0.4, 0.5}) {
        SimilarityEngine engine =
            new SimilarityEngine(
                new DutchAnalyzer(),
                Concepts.bundled(),
                SimilarityEngine.Shares.withConcepts(stems, concepts));
        for (int hundredths = 10; hundredths <= 60; hundredths++) {
          double minScore = hundredths / 100.0;
          LeaveOneOut.Result a = LeaveOneOut.measure(engine, tuning, 5, minScore);
          LeaveOneOut.Result t = LeaveOneOut.measure(engine, team, 5, minScore);
          if (a.falseSuggestionRate() <= 0.25 && t.falseSuggestionRate() <= 0.25) {
            System.out.printf(
                Locale.ROOT,
                "| %.1f | %.1f | %.2f | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f |%n",
                stems,
                concepts,
                minScore,
                a.precisionAt1(),
                a.recallAt5(),
                a.falseSuggestionRate(),
                t.precisionAt1(),
                t.recallAt5(),
                t.falseSuggestionRate());
            break;
          }
        }
      }
    }
  }
}
