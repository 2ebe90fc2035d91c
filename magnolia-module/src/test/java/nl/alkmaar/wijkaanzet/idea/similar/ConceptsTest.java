package nl.alkmaar.wijkaanzet.idea.similar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The concept list: words are folded and stemmed as texts are, and count inside compounds. */
class ConceptsTest {

  private final DutchAnalyzer analyzer = new DutchAnalyzer();

  private static Concepts of(String list) throws Exception {
    return Concepts.read(new StringReader(list));
  }

  @Test
  void wordsThatShareNoLettersMeetInTheirConcept() throws Exception {
    Concepts concepts = of("# zitten\nzitten: bankje zitplek picknicktafel\n");

    assertEquals(Map.of("zitten", 1), concepts.of(analyzer.stems("Een nieuw bankje")));
    assertEquals(Map.of("zitten", 1), concepts.of(analyzer.stems("meer zitplekken graag")));
    assertEquals(Map.of(), concepts.of(analyzer.stems("de stoep is kapot")));
  }

  @Test
  void aLongWordCountsInsideACompoundAndAShortOneOnlyOnItsOwn() throws Exception {
    Concepts concepts = of("verkeer: drempel 30\nwater: ijs\n");

    assertEquals(
        Map.of("verkeer", 1), concepts.of(analyzer.stems("Verkeersdrempels bij de school")));
    assertEquals(Map.of(), concepts.of(analyzer.stems("ijsbaan")), "ijs is too short a part");
    assertEquals(Map.of("water", 1), concepts.of(analyzer.stems("IJs")));
  }

  @Test
  void foldedAndStemmedLikeTheTextsAndLinesWithoutAColonSkipped() throws Exception {
    Concepts concepts = of("toegankelijk: Rolstoel ROLLATOR\nzonder dubbele punt\n\n");

    assertEquals(
        Map.of("toegankelijk", 2),
        concepts.of(analyzer.stems("met mijn rollator en de rolstoelen van de buren")));
  }

  @Test
  void theBundledListLoadsAndNamesEverydayWishes() {
    Concepts bundled = Concepts.bundled();

    for (String text :
        List.of("prullenbak", "hondenpoep", "lantaarnpaal", "speeltuin", "rolstoel", "bankje")) {
      assertTrue(!bundled.of(analyzer.stems(text)).isEmpty(), text);
    }
  }
}
