package nl.alkmaar.wijkaanzet.idea.similar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DutchAnalyzerTest {

  private final DutchAnalyzer analyzer = new DutchAnalyzer();

  @Test
  void foldingDropsCaseDiacriticsAndLigatures() {
    assertEquals(
        "een cafe, ideeen en een ijsbaan", DutchAnalyzer.fold("Één Café, ideeën en een ĳsbaan"));
  }

  @Test
  void slashesHyphensAndApostrophesSplitWords() {
    assertEquals(
        List.of("kennemerstraatweg", "nassaulaan", "auto", "avonds"),
        analyzer.tokens("Kennemerstraatweg/Nassaulaan: auto's 's avonds"));
  }

  @Test
  void digitsAreKeptAndSplitFromLetters() {
    assertEquals(
        List.of("nummer", "40", "30", "km", "zone"), analyzer.tokens("nummer 40, 30km-zone"));
  }

  @Test
  void stopWordsGoButWordsThatCarryTheRequestStay() {
    assertEquals(
        List.of("meer", "bankjes", "minder", "auto", "geen", "drempel"),
        analyzer.contentWords("Ik zou graag meer bankjes willen, minder auto's en geen drempel."));
  }

  @Test
  void stopWordsAreFoldedLikeTheText() {
    assertTrue(analyzer.isStopWord("een"));
    assertEquals(List.of("speeltuin"), analyzer.contentWords("Één speeltuin"));
  }

  @ParameterizedTest(name = "{0} and {1} share a stem")
  @CsvSource({
    "fietspad, fietspaden",
    "kapot, kapotte",
    "lantaarnpaal, lantaarnpalen",
    "boom, bomen",
    "speeltuin, speeltuintje",
    "bank, bankjes",
    "paal, paaltje",
    "boom, boompje",
    "drempel, drempels",
    "hond, honden"
  })
  void inflectionsAndDiminutivesShareAStem(String word, String variant) {
    assertEquals(DutchAnalyzer.stem(word), DutchAnalyzer.stem(variant));
  }

  @Test
  void numbersAreNotStemmed() {
    assertEquals("30", DutchAnalyzer.stem("30"));
  }

  @Test
  void stemsAreTheStemsOfTheContentWords() {
    assertEquals(List.of("kapot", "lantarenpal"), analyzer.stems("De kapotte lantarenpaal"));
  }

  @Test
  void emptyAndBlankTextHaveNoWords() {
    assertEquals(List.of(), analyzer.stems(""));
    assertEquals(List.of(), analyzer.stems("  \n\t "));
    assertEquals(List.of(), analyzer.stems("en de het"));
  }
}
