package nl.alkmaar.wijkaanzet.result;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.alkmaar.wijkaanzet.review.Verdict;

/**
 * Which points of a wijk are chosen: the {@code winners} with the most votes among the points that
 * may be chosen. A point may be chosen when its verdict allows it and at least one resident voted
 * for it. With {@code nextMovesUp} a point that is not feasible (or not reviewed) leaves the top
 * and the next one moves up; without it, the top is the {@code winners} points with the most votes
 * and only the feasible ones among them are chosen. Equal votes at the edge of the top are never
 * decided here: those points stay {@link Standing#TIED} until an editor's {@code tieBreak} names
 * exactly as many of them as there are seats left.
 */
public final class Selection {

  private Selection() {}

  /**
   * @param votes every published point of the wijk with its votes (0 included)
   * @param verdicts the verdict per point, where there is one
   * @param tieBreak the points an editor chose among tied ones (may be empty)
   */
  public static WijkSelection select(
      String wijk,
      Map<String, Integer> votes,
      Map<String, Verdict> verdicts,
      int winners,
      boolean nextMovesUp,
      Set<String> tieBreak) {
    List<String> ranked = new ArrayList<>(votes.keySet());
    ranked.sort(
        Comparator.comparing((String id) -> votes.get(id)).reversed().thenComparing(id -> id));
    List<String> contenders =
        ranked.stream()
            .filter(id -> votes.get(id) > 0)
            .filter(id -> !nextMovesUp || mayBeChosen(verdicts.get(id)))
            .toList();
    Set<String> chosen = new HashSet<>();
    List<String> tied = new ArrayList<>();
    int seats = 0;
    if (contenders.size() <= winners) {
      chosen.addAll(contenders);
    } else {
      int edge = votes.get(contenders.get(winners - 1));
      chosen.addAll(contenders.stream().filter(id -> votes.get(id) > edge).toList());
      seats = winners - chosen.size();
      // Every point at the edge is in the tie, also one that cannot be chosen: without moving
      // up, the editor may draw it, and its seat then stays empty.
      tied.addAll(contenders.stream().filter(id -> votes.get(id) == edge).toList());
    }
    // Without moving up, the top may hold points that cannot be chosen: they leave a gap.
    chosen.removeIf(id -> !mayBeChosen(verdicts.get(id)));
    if (tied.size() <= seats) {
      tied.stream().filter(id -> mayBeChosen(verdicts.get(id))).forEach(chosen::add);
      tied.clear();
    }
    boolean decided = tieBreak.size() == seats && tied.containsAll(tieBreak);
    if (!tied.isEmpty() && decided) {
      tieBreak.stream().filter(id -> mayBeChosen(verdicts.get(id))).forEach(chosen::add);
    }
    List<RankedPoint> points = new ArrayList<>();
    List<String> unreviewed = new ArrayList<>();
    int rank = 0;
    int previous = -1;
    for (int i = 0; i < ranked.size(); i++) {
      String id = ranked.get(i);
      int count = votes.get(id);
      if (count != previous) {
        rank = i + 1;
        previous = count;
      }
      Optional<Verdict> verdict = Optional.ofNullable(verdicts.get(id));
      if (verdict.isEmpty()) {
        unreviewed.add(id);
      }
      List<String> waiting = decided ? List.of() : tied;
      points.add(new RankedPoint(id, count, rank, verdict, standing(id, verdict, chosen, waiting)));
    }
    return new WijkSelection(
        wijk, points, tied, tied.isEmpty() ? 0 : seats, decided && !tied.isEmpty(), unreviewed);
  }

  private static boolean mayBeChosen(Verdict verdict) {
    return verdict != null && verdict.allowsChoice();
  }

  private static Standing standing(
      String id, Optional<Verdict> verdict, Set<String> chosen, List<String> tied) {
    if (chosen.contains(id)) {
      return Standing.CHOSEN;
    }
    if (tied.contains(id)) {
      return Standing.TIED;
    }
    if (verdict.isEmpty()) {
      return Standing.NOT_REVIEWED;
    }
    return verdict.get().allowsChoice() ? Standing.NOT_CHOSEN : Standing.NOT_FEASIBLE;
  }
}
