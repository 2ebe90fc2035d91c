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
  void aPartCountsAtTheEndFromFourLettersAtTheStartFromFiveWithThreeLettersLeft() throws Exception {
    Concepts concepts = of("park: park\nhond: hondenpoep\nwandelen: rond\n");

    assertEquals(Map.of("park", 1), concepts.of(analyzer.stems("wandelpark")));
    assertEquals(
        Map.of(), concepts.of(analyzer.stems("parkeerplaats")), "park is too short a start");
    assertEquals(Map.of("hond", 1), concepts.of(analyzer.stems("hondenpoepbakken")));
    assertEquals(Map.of(), concepts.of(analyzer.stems("grond")), "one letter left is no compound");
  }

  @Test
  void aWordWrittenWithAnEqualsSignCountsOnlyOnItsOwn() throws Exception {
    Concepts concepts = of("spelen: =spelen speeltuin\n");

    assertEquals(Map.of("spelen", 1), concepts.of(analyzer.stems("spelen")));
    assertEquals(Map.of(), concepts.of(analyzer.stems("klokkenspel")));
  }

  @Test
  void wordsThatCanNeverMatchAreListedAndAByteOrderMarkIsNoLine() throws Exception {
    Concepts concepts = of("\uFEFF# Begrippen: kop\nverkeer: klaar-over drempel de\n");

    assertEquals(List.of("klaar-over", "de"), concepts.unusable(), "two words, a stop word");
    assertEquals(1, concepts.size(), "only drempel; the commented header adds nothing");
  }

  @Test
  void theShippedListHasNoDeadWordsAndNoKnownAccidents() {
    Concepts bundled = Concepts.bundled();

    assertEquals(List.of(), bundled.unusable());
    Map<String, String> accidents =
        Map.ofEntries(
            Map.entry("voedselbank", "zitten"),
            Map.entry("klokkenspel", "spelen-speeltuin"),
            Map.entry("plattegrond", "wandelen"),
            Map.entry("ophangen", "jongeren"),
            Map.entry("onrust", "zitten"),
            Map.entry("overkapping", "groen-snoeien"),
            Map.entry("beperking", "groen-planten"),
            Map.entry("versteend", "water-open"),
            Map.entry("vangrail", "spelen-skaten"),
            Map.entry("chipkaart", "ontmoeten-activiteit"),
            Map.entry("ogenblik", "afval-zwerfvuil"),
            Map.entry("mantelzorg", "zorg"),
            Map.entry("bouwvergunning", "parkeren-regels"),
            Map.entry("fietsslot", "water-open"),
            Map.entry("Bergerweg 30", "verkeer-snelheid"),
            Map.entry("alleen voor bewoners", "eenzaam"),
            Map.entry("ouders bij school", "eenzaam"),
            Map.entry("kunstgras", "cultuur"),
            Map.entry("kinderkopjes", "spelen-speeltuin"),
            Map.entry("nachtrust", "uitgaan"));
    accidents.forEach(
        (text, concept) ->
            assertTrue(
                !bundled.of(analyzer.stems(text)).containsKey(concept),
                text + " is no " + concept));
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
