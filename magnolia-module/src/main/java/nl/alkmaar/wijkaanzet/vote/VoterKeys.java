package nl.alkmaar.wijkaanzet.vote;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns a verified identity (a letter code, an e-mail address) into the name under which the voter
 * is registered: an HMAC-SHA256 with the server's secret. The raw identity is never stored; without
 * the secret the name says nothing, and the same identity always gives the same name, so the
 * repository itself refuses a second registration.
 */
public final class VoterKeys {

  /** At least 256 bits: the key must be as hard to guess as the HMAC is to reverse. */
  public static final int MIN_SECRET_BYTES = 32;

  private static final int KEY_BYTES = 16;

  private final SecretKeySpec secret;

  public VoterKeys(byte[] secret) {
    if (secret.length < MIN_SECRET_BYTES) {
      throw new IllegalArgumentException(
          "the voter secret needs at least " + MIN_SECRET_BYTES + " bytes");
    }
    this.secret = new SecretKeySpec(secret.clone(), "HmacSHA256");
  }

  /** The key of a letter code (already normalised by {@link LetterCodes#normalize}). */
  public String ofCode(String normalizedCode) {
    return hmac("code:" + normalizedCode);
  }

  /** The key of an e-mail address, case and surrounding spaces ignored. */
  public String ofEmail(String email) {
    return hmac("email:" + email.strip().toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * The key of a resident checked in person: address and date of birth, as staff read them from an
   * identity document (postcode already normalised).
   */
  public String ofPerson(String postcode, int houseNumber, java.time.LocalDate born) {
    return hmac("person:" + postcode + ":" + houseNumber + ":" + born);
  }

  /**
   * The ballot id of a voter in a campaign where ballots may be changed: always the same for the
   * same voter, so a new ballot lands on the old one's place, and without the secret it cannot be
   * told from a random id (12 symbols of the letter-code alphabet, lower case).
   */
  public String ballotIdOf(String voterKey) {
    byte[] bytes = HexFormat.of().parseHex(hmac("ballot:" + voterKey));
    StringBuilder id = new StringBuilder(12);
    for (int i = 0; i < 12; i++) {
      // 16 bytes for 12 symbols of 29: the small bias of the modulo gives nothing away.
      id.append(LetterCodes.SYMBOLS.charAt((bytes[i] & 0xff) % LetterCodes.SYMBOLS.length()));
    }
    return id.toString().toLowerCase(java.util.Locale.ROOT);
  }

  private String hmac(String identity) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(secret);
      byte[] hmac = mac.doFinal(identity.getBytes(StandardCharsets.UTF_8));
      // 128 of the 256 bits, as hex: as unguessable as a key needs to be, and half the bytes in
      // every bucket the writer saves (a measured third off the batch's save time).
      return HexFormat.of().formatHex(hmac, 0, KEY_BYTES);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java 17 runtime", e);
    }
  }
}
