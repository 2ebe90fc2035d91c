package nl.alkmaar.wijkaanzet.result;

import static nl.alkmaar.wijkaanzet.review.Verdict.CONDITIONAL;
import static nl.alkmaar.wijkaanzet.review.Verdict.FEASIBLE;
import static nl.alkmaar.wijkaanzet.review.Verdict.NOT_FEASIBLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.alkmaar.wijkaanzet.review.Verdict;
import org.junit.jupiter.api.Test;

/** The selection rules on their own: top N, moving up, ties, too few, no votes. */
class SelectionTest {

  @Test
  void theThreeFeasiblePointsWithTheMostVotesAreChosen() {
    WijkSelection result =
        select(votes("a", 40, "b", 30, "c", 20, "d", 10), all(FEASIBLE), true, Set.of());

    assertEquals(Set.of("a", "b", "c"), Set.copyOf(result.chosen()));
    assertEquals(Standing.NOT_CHOSEN, standing(result, "d"));
    assertEquals(List.of(1, 2, 3, 4), result.points().stream().map(RankedPoint::rank).toList());
    assertFalse(result.undecided());
  }

  @Test
  void aPointThatIsNotFeasibleLeavesTheTopAndTheNextMovesUp() {
    Map<String, Verdict> verdicts = all(FEASIBLE);
    verdicts.put("b", NOT_FEASIBLE);
    verdicts.put("c", CONDITIONAL);

    WijkSelection result =
        select(votes("a", 40, "b", 30, "c", 20, "d", 10), verdicts, true, Set.of());

    assertEquals(Set.of("a", "c", "d"), Set.copyOf(result.chosen()));
    assertEquals(Standing.NOT_FEASIBLE, standing(result, "b"));
  }

  @Test
  void withoutMovingUpTheTopKeepsAGap() {
    Map<String, Verdict> verdicts = all(FEASIBLE);
    verdicts.put("b", NOT_FEASIBLE);

    WijkSelection result =
        select(votes("a", 40, "b", 30, "c", 20, "d", 10), verdicts, false, Set.of());

    assertEquals(Set.of("a", "c"), Set.copyOf(result.chosen()));
    assertEquals(Standing.NOT_CHOSEN, standing(result, "d"));
  }

  @Test
  void equalVotesAtTheEdgeWaitForTheEditorAndAreNeverDecidedSilently() {
    WijkSelection result =
        select(votes("a", 40, "b", 30, "c", 20, "d", 20, "e", 5), all(FEASIBLE), true, Set.of());

    assertEquals(Set.of("a", "b"), Set.copyOf(result.chosen()));
    assertTrue(result.undecided());
    assertEquals(List.of("c", "d"), result.tied());
    assertEquals(1, result.seatsForTied());
    assertEquals(Standing.TIED, standing(result, "c"));
    assertEquals(3, rank(result, "c"));
    assertEquals(3, rank(result, "d"), "equal votes share a rank");
    assertEquals(5, rank(result, "e"));

    WijkSelection decided =
        select(votes("a", 40, "b", 30, "c", 20, "d", 20, "e", 5), all(FEASIBLE), true, Set.of("d"));
    assertEquals(Set.of("a", "b", "d"), Set.copyOf(decided.chosen()));
    assertFalse(decided.undecided());
    assertEquals(List.of("c", "d"), decided.tied(), "the tie stays visible with the choice");
    assertEquals(Standing.NOT_CHOSEN, standing(decided, "c"));

    WijkSelection wrongChoice =
        select(votes("a", 40, "b", 30, "c", 20, "d", 20, "e", 5), all(FEASIBLE), true, Set.of("e"));
    assertTrue(wrongChoice.undecided(), "only a tied point can break the tie");
    WijkSelection twoForOneSeat =
        select(
            votes("a", 40, "b", 30, "c", 20, "d", 20, "e", 5),
            all(FEASIBLE),
            true,
            Set.of("c", "d"));
    assertTrue(twoForOneSeat.undecided(), "exactly as many as there are seats");
  }

  @Test
  void withoutMovingUpAnInfeasiblePointAtTheEdgeIsPartOfTheTieAndADrawForItLeavesTheSeatEmpty() {
    Map<String, Verdict> verdicts = all(FEASIBLE);
    verdicts.put("c", NOT_FEASIBLE);
    Map<String, Integer> votes = votes("a", 40, "b", 30, "c", 20, "d", 20);

    WijkSelection undecided = select(votes, verdicts, false, Set.of());
    assertTrue(undecided.undecided(), "c and d tie for the third place: not decided by us");
    assertEquals(List.of("c", "d"), undecided.tied());
    assertEquals(Set.of("a", "b"), Set.copyOf(undecided.chosen()));

    WijkSelection drawnC = select(votes, verdicts, false, Set.of("c"));
    assertEquals(Set.of("a", "b"), Set.copyOf(drawnC.chosen()), "the seat stays empty");
    assertEquals(Standing.NOT_FEASIBLE, standing(drawnC, "c"));
    assertEquals(Standing.NOT_CHOSEN, standing(drawnC, "d"));

    WijkSelection drawnD = select(votes, verdicts, false, Set.of("d"));
    assertEquals(Set.of("a", "b", "d"), Set.copyOf(drawnD.chosen()));
  }

  @Test
  void withMovingUpAnInfeasiblePointAtTheEdgeIsNoContender() {
    Map<String, Verdict> verdicts = all(FEASIBLE);
    verdicts.put("c", NOT_FEASIBLE);

    WijkSelection result =
        select(votes("a", 40, "b", 30, "c", 20, "d", 20), verdicts, true, Set.of());

    assertEquals(Set.of("a", "b", "d"), Set.copyOf(result.chosen()));
    assertFalse(result.undecided());
  }

  @Test
  void aTieThatFitsTheTopIsNoTie() {
    WijkSelection result =
        select(votes("a", 40, "b", 20, "c", 20, "d", 5), all(FEASIBLE), true, Set.of());

    assertEquals(Set.of("a", "b", "c"), Set.copyOf(result.chosen()));
    assertFalse(result.undecided());
  }

  @Test
  void fewerFeasiblePointsThanTheTopChooseFewer() {
    Map<String, Verdict> verdicts = all(NOT_FEASIBLE);
    verdicts.put("c", FEASIBLE);

    WijkSelection result =
        select(votes("a", 40, "b", 30, "c", 20, "d", 10), verdicts, true, Set.of());

    assertEquals(List.of("c"), result.chosen());
  }

  @Test
  void aWijkWithoutVotesChoosesNothingAndAPointWithoutVotesIsNeverChosen() {
    WijkSelection none = select(votes("a", 0, "b", 0), all(FEASIBLE), true, Set.of());
    assertEquals(List.of(), none.chosen());
    assertFalse(none.undecided());
    assertEquals(List.of(1, 1), none.points().stream().map(RankedPoint::rank).toList());

    WijkSelection one =
        select(votes("a", 3, "b", 0, "c", 0, "d", 0), all(FEASIBLE), true, Set.of());
    assertEquals(List.of("a"), one.chosen());
  }

  @Test
  void pointsWithoutAVerdictCannotBeChosenAndAreListed() {
    Map<String, Verdict> verdicts = all(FEASIBLE);
    verdicts.remove("a");

    WijkSelection result =
        select(votes("a", 40, "b", 30, "c", 20, "d", 10), verdicts, true, Set.of());

    assertEquals(Set.of("b", "c", "d"), Set.copyOf(result.chosen()));
    assertEquals(List.of("a"), result.unreviewed());
    assertEquals(Standing.NOT_REVIEWED, standing(result, "a"));
  }

  private static WijkSelection select(
      Map<String, Integer> votes,
      Map<String, Verdict> verdicts,
      boolean moveUp,
      Set<String> tieBreak) {
    return Selection.select("oudorp", votes, verdicts, 3, moveUp, tieBreak);
  }

  private static Map<String, Integer> votes(Object... idsAndVotes) {
    Map<String, Integer> votes = new LinkedHashMap<>();
    for (int i = 0; i < idsAndVotes.length; i += 2) {
      votes.put((String) idsAndVotes[i], (Integer) idsAndVotes[i + 1]);
    }
    return votes;
  }

  private static Map<String, Verdict> all(Verdict verdict) {
    Map<String, Verdict> verdicts = new LinkedHashMap<>();
    for (String id : List.of("a", "b", "c", "d", "e")) {
      verdicts.put(id, verdict);
    }
    return verdicts;
  }

  private static Standing standing(WijkSelection result, String id) {
    return point(result, id).standing();
  }

  private static int rank(WijkSelection result, String id) {
    return point(result, id).rank();
  }

  private static RankedPoint point(WijkSelection result, String id) {
    return result.points().stream().filter(p -> p.ideaId().equals(id)).findFirst().orElseThrow();
  }
}
