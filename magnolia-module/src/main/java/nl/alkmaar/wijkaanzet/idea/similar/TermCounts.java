package nl.alkmaar.wijkaanzet.idea.similar;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What one text consists of, as the engine compares it: how often each stem occurs, and how often
 * each character trigram of those stems occurs. Trigrams are taken per stem with a boundary mark
 * ("_speeltuin_" gives "_sp", "spe", …, "in_"), so word order does not matter but word starts and
 * ends do. The concepts ({@link Concepts}) are what the stems mean beyond their letters.
 */
record TermCounts(
    Map<String, Integer> stems, Map<String, Integer> trigrams, Map<String, Integer> concepts) {

  TermCounts {
    stems = Map.copyOf(stems);
    trigrams = Map.copyOf(trigrams);
    concepts = Map.copyOf(concepts);
  }

  static TermCounts of(DutchAnalyzer analyzer, Concepts concepts, String text) {
    Map<String, Integer> stems = new HashMap<>();
    Map<String, Integer> trigrams = new HashMap<>();
    List<String> analysed = analyzer.stems(text);
    for (String stem : analysed) {
      stems.merge(stem, 1, Integer::sum);
      String marked = "_" + stem + "_";
      for (int i = 0; i + 3 <= marked.length(); i++) {
        trigrams.merge(marked.substring(i, i + 3), 1, Integer::sum);
      }
    }
    return new TermCounts(stems, trigrams, concepts.of(analysed));
  }

  boolean isEmpty() {
    return stems.isEmpty();
  }
}
