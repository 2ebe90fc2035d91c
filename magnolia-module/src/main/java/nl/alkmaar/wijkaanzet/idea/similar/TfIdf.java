package nl.alkmaar.wijkaanzet.idea.similar;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Term weights learned from one candidate set: a term that most points share ("straat", "graag")
 * counts for little, a rare one for much. Weight of a term counted {@code c} times in a text:
 * {@code (1 + ln c) · (1 + ln((1 + N) / (1 + df)))}, with {@code N} candidates of which {@code df}
 * contain the term; vectors are scaled to length 1 so that a dot product is the cosine.
 */
final class TfIdf {

  private final int documents;
  private final Map<String, Integer> documentFrequency;

  private TfIdf(int documents, Map<String, Integer> documentFrequency) {
    this.documents = documents;
    this.documentFrequency = Map.copyOf(documentFrequency);
  }

  static TfIdf learn(Collection<Map<String, Integer>> counts) {
    Map<String, Integer> df = new HashMap<>();
    for (Map<String, Integer> document : counts) {
      document.keySet().forEach(term -> df.merge(term, 1, Integer::sum));
    }
    return new TfIdf(counts.size(), df);
  }

  /** The unit-length weighted vector of a text's counts; empty for empty counts. */
  Map<String, Double> vector(Map<String, Integer> counts) {
    Map<String, Double> vector = new HashMap<>();
    double squares = 0;
    for (Map.Entry<String, Integer> entry : counts.entrySet()) {
      double weight = (1 + Math.log(entry.getValue())) * idf(entry.getKey());
      vector.put(entry.getKey(), weight);
      squares += weight * weight;
    }
    double length = Math.sqrt(squares);
    vector.replaceAll((term, weight) -> weight / length);
    return Map.copyOf(vector);
  }

  private double idf(String term) {
    return 1 + Math.log((1.0 + documents) / (1.0 + documentFrequency.getOrDefault(term, 0)));
  }

  static double cosine(Map<String, Double> a, Map<String, Double> b) {
    Map<String, Double> small = a.size() <= b.size() ? a : b;
    Map<String, Double> large = small == a ? b : a;
    double dot = 0;
    for (Map.Entry<String, Double> entry : small.entrySet()) {
      Double other = large.get(entry.getKey());
      if (other != null) {
        dot += entry.getValue() * other;
      }
    }
    return dot;
  }
}
