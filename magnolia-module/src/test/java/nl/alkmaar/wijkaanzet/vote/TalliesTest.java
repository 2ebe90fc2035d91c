package nl.alkmaar.wijkaanzet.vote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The tallies count each ballot once by its id: in a cluster the writer and the reports of other
 * nodes may both name the same ballot, in either order.
 */
class TalliesTest {

  private static final LocalDate MAY = LocalDate.of(2024, 5, 14);

  @Test
  void theSameBallotReportedTwiceCountsOnce() {
    Tallies tallies = new Tallies();
    Ballot ballot = ballot("abc", List.of("p1", "p2"));

    assertTrue(tallies.add(ballot));
    assertFalse(tallies.add(ballot), "the second report changes nothing");

    TallySnapshot oudorp = tallies.snapshot("oudorp");
    assertEquals(1, oudorp.ballots());
    assertEquals(Map.of("p1", 1, "p2", 1), votes(oudorp));
    assertEquals(Map.of("stemcode", 1), tallies.byWay());
  }

  @Test
  void aChangedBallotTakesTheEarlierOnesPlaceWhicheverReportComesFirst() {
    Ballot first = ballot("abc", List.of("p1"));
    Ballot changed = ballot("abc", List.of("p2", "p3"));

    // The writer's order: take back the earlier one, count the new one.
    Tallies writer = new Tallies();
    writer.add(first);
    writer.remove(first);
    writer.add(changed);

    // A report of the changed ballot came before the writer got round to it.
    Tallies reportFirst = new Tallies();
    reportFirst.add(first);
    reportFirst.add(changed);
    reportFirst.remove(first);
    reportFirst.add(changed);

    for (Tallies tallies : List.of(writer, reportFirst)) {
      TallySnapshot oudorp = tallies.snapshot("oudorp");
      assertEquals(1, oudorp.ballots());
      assertEquals(Map.of("p2", 1, "p3", 1), votes(oudorp));
    }
  }

  private static Map<String, Integer> votes(TallySnapshot snapshot) {
    return snapshot.points().stream()
        .collect(
            java.util.stream.Collectors.toMap(TallySnapshot.Count::id, TallySnapshot.Count::votes));
  }

  private static Ballot ballot(String id, List<String> ideas) {
    return new Ballot(id, "oudorp", ideas, VoteMethod.CODE, null, MAY);
  }
}
