package nl.alkmaar.wijkaanzet.idea.similar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SimilarityEngineTest {

  private static final List<SimilarityCandidate> WIJK =
      List.of(
          new SimilarityCandidate(
              "speeltuin", "Speeltuintje opknappen", "Nieuwe toestellen graag."),
          new SimilarityCandidate("lamp", "Kapotte lantarenpaal", "Het is 's avonds erg donker."),
          new SimilarityCandidate("fiets", "Fietspaden vol gaten", "Graag opnieuw asfalteren."),
          new SimilarityCandidate("drempel", "Verkeerdrempel", "Er wordt te hard gereden."),
          new SimilarityCandidate("bomen", "Meer bomen in de straat", "Voor schaduw in de zomer."),
          new SimilarityCandidate("poep", "Hondenpoep op het gras", "Baasjes ruimen niets op."),
          new SimilarityCandidate("bank", "Bankjes bij het water", "Om even te zitten."));

  private final SimilarityEngine engine = new SimilarityEngine();
  private final SimilarityIndex index = engine.index(WIJK);

  @ParameterizedTest(name = "\"{0}\" finds {1}")
  @CsvSource({
    "speeltuin, speeltuin",
    "lantaarnpaal kapot, lamp",
    "fietspad, fiets",
    "verkeersdrempel, drempel",
    "poep van honden, poep",
    "zitbankje, bank"
  })
  void variantsTyposAndWordOrderFindTheirLookAlike(String text, String expected) {
    List<SimilarMatch> matches = index.query(text, 5, 0);

    assertEquals(expected, matches.get(0).id(), text + ": " + matches);
    // Clearly ahead, not first by a hair: the runner-up scores at most half as much.
    assertTrue(matches.size() == 1 || matches.get(0).score() >= 2 * matches.get(1).score());
  }

  @Test
  void matchesComeBestFirstWithScoresBetweenZeroAndOne() {
    List<SimilarMatch> matches = index.query("kapotte lantaarnpaal bij de speeltuin", 7, 0);

    assertEquals(Set.of("lamp", "speeltuin"), Set.of(matches.get(0).id(), matches.get(1).id()));
    for (int i = 0; i < matches.size(); i++) {
      assertTrue(matches.get(i).score() > 0 && matches.get(i).score() <= 1);
      if (i > 0) {
        assertTrue(matches.get(i - 1).score() >= matches.get(i).score());
      }
    }
  }

  @Test
  void theSameTextScoresOne() {
    List<SimilarMatch> matches = index.query("Bankjes bij het water\nOm even te zitten.", 1, 0);

    assertEquals(List.of(new SimilarMatch("bank", 1.0)), matches);
  }

  @Test
  void limitCutsTheList() {
    assertEquals(2, index.query("straat gras water gaten donker", 2, 0).size());
    assertEquals(List.of(), index.query("speeltuin", 0, 0));
    assertThrows(IllegalArgumentException.class, () -> index.query("speeltuin", -1, 0));
  }

  @Test
  void minScoreLeavesOutWeakMatches() {
    List<SimilarMatch> all = index.query("meer bomen en bankjes", 7, 0);
    double cut = all.get(1).score();

    List<SimilarMatch> strong = index.query("meer bomen en bankjes", 7, cut);

    assertTrue(all.size() > strong.size());
    assertTrue(strong.stream().allMatch(match -> match.score() >= cut));
    assertThrows(IllegalArgumentException.class, () -> index.query("bomen", 5, 1.5));
    assertThrows(IllegalArgumentException.class, () -> index.query("bomen", 5, Double.NaN));
  }

  @Test
  void aWishNamedInOtherWordsMeetsThroughItsBegrip() {
    List<SimilarMatch> matches =
        index.query("Zitplekken langs het water graag", 1, SimilarityEngine.DEFAULT_MIN_SCORE);

    assertEquals("bank", matches.get(0).id(), "zitplek and bankje name one wish");
  }

  @Test
  void aTopicTheWordListDoesNotKnowStillMeetsInTheSameWords() {
    SimilarityIndex withFibre =
        engine.index(
            List.of(
                new SimilarityCandidate(
                    "p-glasvezel", "Glasvezel in de Schermerweg", "Het internet is hier traag."),
                new SimilarityCandidate("p-gras", "Gras maaien", "Het gras is te lang.")));

    List<SimilarMatch> matches =
        withFibre.query(
            "Glasvezel aanleggen in de Schermerweg", 5, SimilarityEngine.DEFAULT_MIN_SCORE);

    assertEquals(List.of("p-glasvezel"), matches.stream().map(SimilarMatch::id).toList());
  }

  @Test
  void unrelatedTextIsNotSuggested() {
    assertEquals(
        List.of(),
        index.query(
            "Een AED aan de muur van het buurthuis", 5, SimilarityEngine.DEFAULT_MIN_SCORE));
  }

  @Test
  void excludedIdsAreLeftOut() {
    String text = "Hondenpoep op het gras\nBaasjes ruimen niets op.";

    assertEquals("poep", index.query(text, 5, 0).get(0).id());
    assertTrue(
        index.query(text, 5, 0, Set.of("poep")).stream()
            .noneMatch(match -> match.id().equals("poep")));
  }

  @Test
  void emptyIndexFindsNothing() {
    SimilarityIndex empty = engine.index(List.of());

    assertEquals(0, empty.size());
    assertEquals(List.of(), empty.query("speeltuin", 5, 0));
  }

  @Test
  void emptyBlankOrStopWordQueriesFindNothing() {
    assertEquals(List.of(), index.query("", 5, 0));
    assertEquals(List.of(), index.query("   \n ", 5, 0));
    assertEquals(List.of(), index.query("de het een", 5, 0));
  }

  @Test
  void idsMustBeUnique() {
    List<SimilarityCandidate> twice =
        List.of(new SimilarityCandidate("a", "x", "y"), new SimilarityCandidate("a", "z", null));

    assertThrows(IllegalArgumentException.class, () -> engine.index(twice));
  }

  @Test
  void oneIndexAnswersManyThreadsAlike() {
    List<SimilarMatch> expected = index.query("kapotte lantaarnpaal", 5, 0);

    assertTrue(
        IntStream.range(0, 200)
            .parallel()
            .allMatch(i -> index.query("kapotte lantaarnpaal", 5, 0).equals(expected)));
  }
}
