package nl.alkmaar.wijkaanzet.idea.similar;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.alkmaar.wijkaanzet.idea.similar.LabelledIdeas.LabelledIdea;

/**
 * Leave-one-out over a labelled set: each point is the "new" point, the index holds all the others
 * of its wijk (so the IDF is learned without it, as for a resident who has not yet submitted).
 */
final class LeaveOneOut {

  /** What the measurement found; rates are fractions between 0 and 1. */
  record Result(
      int clusteredIdeas,
      int clusters,
      int singletons,
      double precisionAt1,
      double recallAt5,
      double shownPrecision,
      double falseSuggestionRate,
      List<String> missedTopHits,
      List<String> falseSuggestions) {}

  private LeaveOneOut() {}

  static Result measure(SimilarityEngine engine, LabelledIdeas set, int limit, double minScore) {
    Map<String, Long> sizes = set.clusterSizes();
    Map<String, LabelledIdea> byId = set.byId();
    int clustered = 0;
    int topHits = 0;
    double recallSum = 0;
    int shown = 0;
    int shownRight = 0;
    int singletons = 0;
    List<String> missed = new ArrayList<>();
    List<String> falseSuggestions = new ArrayList<>();
    for (LabelledIdea point : set.points()) {
      List<SimilarMatch> matches =
          othersThan(engine, set, point).query(point.text(), limit, minScore);
      Set<String> mates =
          set.points().stream()
              .filter(other -> other.cluster().equals(point.cluster()) && other != point)
              .filter(point::sharesWijkWith)
              .map(LabelledIdea::id)
              .collect(Collectors.toSet());
      if (mates.isEmpty()) {
        singletons++;
        if (!matches.isEmpty()) {
          falseSuggestions.add(point.id() + " → " + matches.get(0));
        }
        continue;
      }
      clustered++;
      if (!matches.isEmpty() && mates.contains(matches.get(0).id())) {
        topHits++;
      } else {
        missed.add(
            point.id() + " → " + (matches.isEmpty() ? "nothing" : describe(matches.get(0), byId)));
      }
      long found = matches.stream().filter(match -> mates.contains(match.id())).count();
      recallSum += (double) found / mates.size();
      shown += matches.size();
      shownRight += (int) found;
    }
    long clusters = sizes.values().stream().filter(size -> size > 1).count();
    return new Result(
        clustered,
        (int) clusters,
        singletons,
        (double) topHits / clustered,
        recallSum / clustered,
        shown == 0 ? 0 : (double) shownRight / shown,
        singletons == 0 ? 0 : (double) falseSuggestions.size() / singletons,
        missed,
        falseSuggestions);
  }

  private static SimilarityIndex othersThan(
      SimilarityEngine engine, LabelledIdeas set, LabelledIdea left) {
    return engine.index(
        set.points().stream()
            .filter(point -> point != left && left.sharesWijkWith(point))
            .map(LabelledIdea::candidate)
            .toList());
  }

  private static String describe(SimilarMatch match, Map<String, LabelledIdea> byId) {
    return match.id() + " (" + byId.get(match.id()).cluster() + ", " + match.score() + ")";
  }
}
