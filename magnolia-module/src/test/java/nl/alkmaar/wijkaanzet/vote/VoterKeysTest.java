package nl.alkmaar.wijkaanzet.vote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class VoterKeysTest {

  private static final byte[] SECRET = new byte[32];
  private static final byte[] OTHER = new byte[32];

  static {
    Arrays.fill(SECRET, (byte) 7);
    Arrays.fill(OTHER, (byte) 8);
  }

  @Test
  void theSameIdentityGivesTheSameKeyAndNothingOfItself() {
    VoterKeys keys = new VoterKeys(SECRET);

    String key = keys.ofCode("ABCDEFGH2345");
    assertEquals(key, keys.ofCode("ABCDEFGH2345"));
    assertTrue(key.matches("[0-9a-f]{32}"), key);
    assertTrue(!key.contains("abcdefgh"));
    assertEquals(keys.ofEmail("Jan@Example.nl "), keys.ofEmail("jan@example.nl"));
  }

  @Test
  void aCodeAndAnAddressNeverShareAKeyAndAnotherSecretGivesOtherKeys() {
    VoterKeys keys = new VoterKeys(SECRET);

    assertNotEquals(keys.ofCode("JAN@EXAMPLE.NL"), keys.ofEmail("jan@example.nl"));
    assertNotEquals(keys.ofCode("ABCDEFGH2345"), new VoterKeys(OTHER).ofCode("ABCDEFGH2345"));
  }

  @Test
  void aShortSecretIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new VoterKeys(new byte[16]));
  }
}
