package nl.alkmaar.wijkaanzet.idea.similar;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Rough timing of the engine for one wijk's worth of points (200, the labelled set repeated):
 * building the index and answering one query. Not a test, so no build depends on a machine's speed.
 *
 * <p>Run: {@code mvn -B -q -pl magnolia-module test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=nl.alkmaar.wijkaanzet.idea.similar.SimilarityBenchmark}
 */
public final class SimilarityBenchmark {

  private static final int POINTS = 200;
  private static final int ROUNDS = 200;

  private SimilarityBenchmark() {}

  public static void main(String[] args) {
    List<LabelledIdeas.LabelledIdea> labelled = LabelledIdeas.load().points();
    List<SimilarityCandidate> candidates =
        IntStream.range(0, POINTS)
            .mapToObj(
                i -> {
                  LabelledIdeas.LabelledIdea point = labelled.get(i % labelled.size());
                  return new SimilarityCandidate("b" + i, point.title(), point.description());
                })
            .toList();
    String query = "Kapotte lantarenpaal in de Vondelstraat, 's avonds is het erg donker";
    SimilarityEngine engine = new SimilarityEngine();

    long[] indexNanos = new long[ROUNDS];
    long[] queryNanos = new long[ROUNDS];
    SimilarityIndex index = null;
    for (int round = 0; round < 2 * ROUNDS; round++) {
      long start = System.nanoTime();
      index = engine.index(candidates);
      long indexed = System.nanoTime();
      index.query(query, SimilarityEngine.DEFAULT_LIMIT, SimilarityEngine.DEFAULT_MIN_SCORE);
      long answered = System.nanoTime();
      if (round >= ROUNDS) { // the first half warms up the JIT
        indexNanos[round - ROUNDS] = indexed - start;
        queryNanos[round - ROUNDS] = answered - indexed;
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%d points: index median %.2f ms (p90 %.2f), one query median %.3f ms (p90 %.3f)%n",
        index.size(),
        percentile(indexNanos, 50) / 1e6,
        percentile(indexNanos, 90) / 1e6,
        percentile(queryNanos, 50) / 1e6,
        percentile(queryNanos, 90) / 1e6);
  }

  private static long percentile(long[] values, int percent) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[Math.min(sorted.length - 1, sorted.length * percent / 100)];
  }
}
