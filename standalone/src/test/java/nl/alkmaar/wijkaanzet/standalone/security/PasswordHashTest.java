package nl.alkmaar.wijkaanzet.standalone.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class PasswordHashTest {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final PasswordHash KNOWN =
      PasswordHash.create("rode bus op het plein".toCharArray(), RANDOM);

  @Test
  void theRightPasswordMatchesAndAWrongOneDoesNot() {
    assertTrue(KNOWN.matches("rode bus op het plein".toCharArray()));
    assertFalse(KNOWN.matches("rode bus op het plein ".toCharArray()));
    assertFalse(KNOWN.matches("".toCharArray()));
  }

  @Test
  void theStoredFormHasSchemeRoundsSaltAndHashAndReadsBack() {
    String encoded = KNOWN.encoded();
    String[] parts = encoded.split("\\$");

    assertEquals(4, parts.length, encoded);
    assertEquals("pbkdf2-sha256", parts[0]);
    assertTrue(Integer.parseInt(parts[1]) >= 210_000, encoded);
    assertEquals(16, Base64.getDecoder().decode(parts[2]).length);
    assertEquals(32, Base64.getDecoder().decode(parts[3]).length);
    assertTrue(PasswordHash.parse(encoded).matches("rode bus op het plein".toCharArray()));
    assertFalse(KNOWN.toString().contains(parts[3]), "toString never shows the hash");
  }

  @Test
  void everyHashHasItsOwnSalt() {
    String first = PasswordHash.create("hetzelfde wachtwoord".toCharArray(), RANDOM).encoded();
    String second = PasswordHash.create("hetzelfde wachtwoord".toCharArray(), RANDOM).encoded();

    assertNotEquals(first.split("\\$")[2], second.split("\\$")[2]);
    assertNotEquals(first, second);
  }

  @Test
  void malformedHashesAreRefusedInDutch() {
    String salt = Base64.getEncoder().encodeToString(new byte[16]);
    String hash = Base64.getEncoder().encodeToString(new byte[32]);
    assertRefused("geheim123456", "geen wachtwoord-hash");
    assertRefused("md5$" + salt + "$" + hash, "geen wachtwoord-hash");
    assertRefused("pbkdf2-sha256$1000$" + salt + "$" + hash, "rondes");
    assertRefused("pbkdf2-sha256$veel$" + salt + "$" + hash, "rondes");
    assertRefused("pbkdf2-sha256$600000$!!!$" + hash, "Base64");
    assertRefused("pbkdf2-sha256$600000$" + salt + "$" + salt, "lengte");
    assertTrue(
        PasswordHash.parse("pbkdf2-sha256$210000$" + salt + "$" + hash) != null,
        "210,000 rounds is the minimum and allowed");
  }

  private static void assertRefused(String encoded, String expected) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PasswordHash.parse(encoded));
    assertTrue(e.getMessage().contains(expected), e.getMessage());
  }
}
