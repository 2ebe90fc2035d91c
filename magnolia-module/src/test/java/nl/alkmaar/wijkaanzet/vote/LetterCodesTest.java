package nl.alkmaar.wijkaanzet.vote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LetterCodesTest {

  @Test
  void codesAreUniqueFormattedAndFreeOfLookAlikes() {
    List<String> codes = LetterCodes.generate(new SecureRandom(), 5000);

    assertEquals(5000, new HashSet<>(codes).size());
    for (String code : codes) {
      assertTrue(code.matches("[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}"), code);
      assertTrue(code.chars().noneMatch(c -> "01ILOUV".indexOf(c) >= 0), code);
    }
  }

  @Test
  void enoughSymbolsThatGuessingIsHopeless() {
    assertEquals(29, LetterCodes.SYMBOLS.length());
    double bits = LetterCodes.LENGTH * Math.log(LetterCodes.SYMBOLS.length()) / Math.log(2);
    assertTrue(bits > 58, "bits: " + bits);
  }

  @Test
  void aCodeIsReadAsPeopleTypeIt() {
    assertEquals(Optional.of("ABCDEFGH2345"), LetterCodes.normalize(" abcd-efgh 2345 "));
    assertEquals(Optional.of("ABCDEFGH2345"), LetterCodes.normalize("ABCD.EFGH.2345"));
    assertEquals("ABCD-EFGH-2345", LetterCodes.format("ABCDEFGH2345"));
  }

  @Test
  void whatCannotBeACodeIsRecognisedBeforeAnyLookUp() {
    assertEquals(Optional.empty(), LetterCodes.normalize(null));
    assertEquals(Optional.empty(), LetterCodes.normalize(""));
    assertEquals(Optional.empty(), LetterCodes.normalize("ABCD-EFGH-234"), "too short");
    assertEquals(Optional.empty(), LetterCodes.normalize("ABCD-EFGH-23456"), "too long");
    assertEquals(Optional.empty(), LetterCodes.normalize("ABCD-EFGH-2340"), "a zero");
    assertEquals(Optional.empty(), LetterCodes.normalize("ABCD-EFGH-234O"), "an O");
    assertEquals(Optional.empty(), LetterCodes.normalize("ABCD-EFGH-234€"));
  }
}
