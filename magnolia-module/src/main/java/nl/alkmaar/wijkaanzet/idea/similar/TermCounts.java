package nl.alkmaar.wijkaanzet.idea.similar;

import java.util.HashMap;
import java.util.Map;

/**
 * What one text consists of, as the engine compares it: how often each stem occurs, and how often
 * each character trigram of those stems occurs. Trigrams are taken per stem with a boundary mark
 * ("_speeltuin_" gives "_sp", "spe", …, "in_"), so word order does not matter but word starts and
 * ends do.
 */
record TermCounts(Map<String, Integer> stems, Map<String, Integer> trigrams) {

  TermCounts {
    stems = Map.copyOf(stems);
    trigrams = Map.copyOf(trigrams);
  }

  static TermCounts of(DutchAnalyzer analyzer, String text) {
    Map<String, Integer> stems = new HashMap<>();
    Map<String, Integer> trigrams = new HashMap<>();
    for (String stem : analyzer.stems(text)) {
      stems.merge(stem, 1, Integer::sum);
      String marked = "_" + stem + "_";
      for (int i = 0; i + 3 <= marked.length(); i++) {
        trigrams.merge(marked.substring(i, i + 3), 1, Integer::sum);
      }
    }
    return new TermCounts(stems, trigrams);
  }

  boolean isEmpty() {
    return stems.isEmpty();
  }
}
