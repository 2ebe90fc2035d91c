package nl.alkmaar.wijkaanzet.idea.similar;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Look-alike quality on the team's set and on the six blind sets of issue 15, leave-one-out within
 * each wijk, with the defaults a resident sees. Sets A to D may be tuned on (their misses may be
 * read: {@code -Dmisses=b}); sets E and F are held out and only reported. A report, not a test: the
 * targets (P@1 ≥ 0.85, R@5 ≥ 0.75, singletons with a suggestion ≤ 0.25 on held-out text) are judged
 * in docs/PERFORMANCE.md.
 *
 * <p>Run: {@code bench/lookalikes.sh}
 */
public final class BlindLookAlikeReport {

  private BlindLookAlikeReport() {}

  public static void main(String[] args) {
    if (!System.getProperty("sweep", "").isEmpty()) {
      sweepOnTheTuningSets();
      return;
    }
    String share = System.getProperty("concepts", "");
    double concepts = share.isEmpty() ? SimilarityEngine.CONCEPT_SHARE : Double.parseDouble(share);
    SimilarityEngine engine = engine(SimilarityEngine.STEM_SHARE, concepts);
    double minScore = SimilarityEngine.DEFAULT_MIN_SCORE;
    String misses = System.getProperty("misses", "");
    System.out.printf(
        Locale.ROOT,
        "stems %.2f, concepts %.2f, minimum score %.2f%n",
        SimilarityEngine.STEM_SHARE,
        concepts,
        minScore);
    System.out.println(
        "| set | points | clustered | clusters | singletons | P@1 | R@5 | shown that are"
            + " look-alikes | singletons with a suggestion |");
    System.out.println("|---|---|---|---|---|---|---|---|---|");
    row("team's own (tuned on)", measure(engine, LabelledIdeas.RESOURCE, minScore, false));
    List<Measured> tuning = new ArrayList<>();
    for (String set : LabelledIdeas.BLIND_TUNING) {
      String letter = letter(set);
      Measured m = measure(engine, set, minScore, misses.equalsIgnoreCase(letter));
      tuning.add(m);
      row("blind " + letter.toUpperCase(Locale.ROOT) + " (tuned on)", m);
    }
    row("blind A–D pooled (tuned on)", Measured.pooled(tuning));
    List<Measured> heldOut = new ArrayList<>();
    for (String set : LabelledIdeas.BLIND_HELD_OUT) {
      Measured m = measure(engine, set, minScore, false);
      heldOut.add(m);
      row("**blind " + letter(set).toUpperCase(Locale.ROOT) + " (held out)**", m);
    }
    row("**blind E–F pooled (held out)**", Measured.pooled(heldOut));
  }

  private static SimilarityEngine engine(double stems, double concepts) {
    return new SimilarityEngine(
        new DutchAnalyzer(),
        Concepts.bundled(),
        SimilarityEngine.Shares.withConcepts(stems, concepts));
  }

  private static String letter(String resource) {
    return resource.substring(resource.lastIndexOf('-') + 1, resource.lastIndexOf('.'));
  }

  /** One set's result, or several pooled: counts, so that pooling weighs each point alike. */
  private record Measured(
      int points,
      int clustered,
      int clusters,
      int singletons,
      double topHits,
      double recallSum,
      int shown,
      double shownRight,
      int suggestedToSingletons) {

    static Measured of(int points, LeaveOneOut.Result r) {
      return new Measured(
          points,
          r.clusteredIdeas(),
          r.clusters(),
          r.singletons(),
          r.precisionAt1() * r.clusteredIdeas(),
          r.recallAt5() * r.clusteredIdeas(),
          1,
          r.shownPrecision(),
          r.falseSuggestions().size());
    }

    static Measured pooled(List<Measured> all) {
      return new Measured(
          all.stream().mapToInt(Measured::points).sum(),
          all.stream().mapToInt(Measured::clustered).sum(),
          all.stream().mapToInt(Measured::clusters).sum(),
          all.stream().mapToInt(Measured::singletons).sum(),
          all.stream().mapToDouble(Measured::topHits).sum(),
          all.stream().mapToDouble(Measured::recallSum).sum(),
          all.stream().mapToInt(Measured::shown).sum(),
          all.stream().mapToDouble(Measured::shownRight).sum(),
          all.stream().mapToInt(Measured::suggestedToSingletons).sum());
    }

    double precisionAt1() {
      return topHits / clustered;
    }

    double recallAt5() {
      return recallSum / clustered;
    }

    /** Mean over the sets of the share of shown points that are look-alikes. */
    double shownPrecision() {
      return shownRight / shown;
    }

    double singletonRate() {
      return singletons == 0 ? 0 : (double) suggestedToSingletons / singletons;
    }
  }

  private static Measured measure(
      SimilarityEngine engine, String resource, double minScore, boolean listMisses) {
    LabelledIdeas set = LabelledIdeas.load(resource);
    LeaveOneOut.Result r =
        LeaveOneOut.measure(engine, set, SimilarityEngine.DEFAULT_LIMIT, minScore);
    if (listMisses) {
      r.missedTopHits().forEach(miss -> System.out.println("  miss: " + miss));
      r.falseSuggestions().forEach(hit -> System.out.println("  singleton: " + hit));
    }
    return Measured.of(set.points().size(), r);
  }

  private static void row(String name, Measured m) {
    System.out.printf(
        Locale.ROOT,
        "| %s | %d | %d | %d | %d | %.3f | %.3f | %.3f | %.3f (%d) |%n",
        name,
        m.points(),
        m.clustered(),
        m.clusters(),
        m.singletons(),
        m.precisionAt1(),
        m.recallAt5(),
        m.shownPrecision(),
        m.singletonRate(),
        m.suggestedToSingletons());
  }

  /**
   * Tuning sets only (the team's and A to D; E and F stay unseen): for each split, the lowest
   * minimum score that keeps the singletons with a suggestion at or under a quarter on A–D pooled
   * and on the team's set, and P@1 and R@5 there. The engine's settings are the best pooled P@1.
   */
  private static void sweepOnTheTuningSets() {
    System.out.println(
        "| stems' share | concepts | min score | A–D: P@1 | A–D: R@5 | A–D: singletons |"
            + " team: P@1 | team: R@5 | team: singletons |");
    System.out.println("|---|---|---|---|---|---|---|---|---|");
    for (double stems : new double[] {0.2, 0.3}) {
      for (double concepts : new double[] {0.3, 0.4, 0.5, 0.6, 0.7}) {
        SimilarityEngine engine = engine(stems, concepts);
        for (int hundredths = 20; hundredths <= 70; hundredths++) {
          double minScore = hundredths / 100.0;
          Measured team = measure(engine, LabelledIdeas.RESOURCE, minScore, false);
          if (team.singletonRate() > 0.25) {
            continue;
          }
          Measured tuning =
              Measured.pooled(
                  LabelledIdeas.BLIND_TUNING.stream()
                      .map(set -> measure(engine, set, minScore, false))
                      .toList());
          if (tuning.singletonRate() <= 0.25) {
            System.out.printf(
                Locale.ROOT,
                "| %.1f | %.1f | %.2f | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f |%n",
                stems,
                concepts,
                minScore,
                tuning.precisionAt1(),
                tuning.recallAt5(),
                tuning.singletonRate(),
                team.precisionAt1(),
                team.recallAt5(),
                team.singletonRate());
            break;
          }
        }
      }
    }
  }
}
