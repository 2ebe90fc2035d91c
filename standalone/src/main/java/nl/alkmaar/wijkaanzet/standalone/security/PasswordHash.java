package nl.alkmaar.wijkaanzet.standalone.security;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A password stored as {@code pbkdf2-sha256$<iterations>$<salt b64>$<hash b64>}: PBKDF2 with
 * HMAC-SHA256 from the JDK, a random 16-byte salt and a 32-byte hash. Slow on purpose, so a stolen
 * users file does not give away the passwords; compared in constant time.
 */
public final class PasswordHash {

  public static final String SCHEME = "pbkdf2-sha256";

  /** OWASP's advice for PBKDF2-HMAC-SHA256 (2023); about 0.2 s on our machines. */
  public static final int DEFAULT_ITERATIONS = 600_000;

  /** Fewer rounds than this are refused when a file is read. */
  public static final int MIN_ITERATIONS = 210_000;

  static final int SALT_BYTES = 16;
  static final int HASH_BYTES = 32;
  private static final int MAX_ITERATIONS = 10_000_000;

  private final int iterations;
  private final byte[] salt;
  private final byte[] hash;

  private PasswordHash(int iterations, byte[] salt, byte[] hash) {
    this.iterations = iterations;
    this.salt = salt;
    this.hash = hash;
  }

  /** Hashes a new password with a fresh salt from {@code random}. */
  public static PasswordHash create(char[] password, SecureRandom random) {
    byte[] salt = new byte[SALT_BYTES];
    random.nextBytes(salt);
    return new PasswordHash(
        DEFAULT_ITERATIONS, salt, derive(password, salt, DEFAULT_ITERATIONS, HASH_BYTES));
  }

  /**
   * Reads the stored form.
   *
   * @throws IllegalArgumentException with a Dutch explanation of what is wrong
   */
  public static PasswordHash parse(String encoded) {
    String[] parts = encoded == null ? new String[0] : encoded.strip().split("\\$", -1);
    if (parts.length != 4 || !parts[0].equals(SCHEME)) {
      throw new IllegalArgumentException(
          "dit is geen wachtwoord-hash in de vorm "
              + SCHEME
              + "$<rondes>$<zout>$<hash>. Maak de gebruiker opnieuw aan met gebruiker-toevoegen.");
    }
    int iterations;
    try {
      iterations = Integer.parseInt(parts[1]);
    } catch (NumberFormatException e) {
      iterations = -1;
    }
    if (iterations < MIN_ITERATIONS || iterations > MAX_ITERATIONS) {
      throw new IllegalArgumentException(
          "het aantal rondes moet tussen "
              + MIN_ITERATIONS
              + " en "
              + MAX_ITERATIONS
              + " liggen, zodat een wachtwoord niet snel te raden is.");
    }
    byte[] salt = base64(parts[2]);
    byte[] hash = base64(parts[3]);
    if (salt == null || salt.length != SALT_BYTES || hash == null || hash.length != HASH_BYTES) {
      throw new IllegalArgumentException(
          "het zout of de hash is geen geldige Base64-tekst van de goede lengte ("
              + SALT_BYTES
              + " en "
              + HASH_BYTES
              + " bytes).");
    }
    return new PasswordHash(iterations, salt, hash);
  }

  /**
   * Whether {@code password} is the one this hash was made from; takes the same time either way.
   */
  public boolean matches(char[] password) {
    // The JDK's PBKDF2 refuses an empty password; spend the same time and say no.
    boolean empty = password.length == 0;
    byte[] candidate = derive(empty ? new char[] {' '} : password, salt, iterations, hash.length);
    return MessageDigest.isEqual(candidate, hash) && !empty;
  }

  public String encoded() {
    Base64.Encoder base64 = Base64.getEncoder();
    return SCHEME
        + "$"
        + iterations
        + "$"
        + base64.encodeToString(salt)
        + "$"
        + base64.encodeToString(hash);
  }

  @Override
  public String toString() {
    return SCHEME + "$" + iterations + "$…";
  }

  private static byte[] derive(char[] password, byte[] salt, int iterations, int bytes) {
    PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, bytes * 8);
    try {
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PBKDF2WithHmacSHA256 is missing from this JDK", e);
    } finally {
      spec.clearPassword();
    }
  }

  private static byte[] base64(String text) {
    try {
      return Base64.getDecoder().decode(text);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
