package nl.alkmaar.wijkaanzet.idea;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

  @Test
  void composesAccentsSoTheyCompareEqual() {
    assertEquals("café", TextNormalizer.line("cafe\u0301"));
  }

  @Test
  void singleLinesLoseLineBreaksTabsAndInvisibleCharacters() {
    assertEquals(
        "Meer groen op het plein",
        TextNormalizer.line("  Meer\u00a0groen\t op \n het\u200b plein\u0007 "));
  }

  @Test
  void textKeepsParagraphsButNotRunsOfEmptyLines() {
    assertEquals(
        "Eerste regel\ntweede regel\n\nNieuwe alinea",
        TextNormalizer.text("Eerste regel  \r\n  tweede regel\r\n\r\n\r\n\r\nNieuwe\talinea "));
  }

  @Test
  void blankBecomesNothing() {
    assertNull(TextNormalizer.line(" \t\u200b "));
    assertNull(TextNormalizer.text("\n\n"));
    assertNull(TextNormalizer.line(null));
  }

  @Test
  void markupIsKeptAsTextForTheTemplatesToEscape() {
    assertEquals("<b>vet</b> & zo", TextNormalizer.line("<b>vet</b> & zo"));
  }
}
