package nl.alkmaar.wijkaanzet.web;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * What a form left behind, sealed before it goes to the shared database: AES-GCM under a key that
 * only the browser's own cookie and the hosts' shared secret together give, and the browser named
 * there only by an HMAC of its cookie. A copy of the database (a backup, the write-ahead log) holds
 * no readable name, e-mail address, letter code or photo, and cannot tell which browser sent what.
 */
final class SealedForBrowser {

  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final byte[] secret;
  private final SecureRandom random = new SecureRandom();

  /**
   * @param hostsSecret the key every host derives from the installation's secret
   */
  SealedForBrowser(byte[] hostsSecret) {
    this.secret = Hmac.sha256(hostsSecret, "wijkaanzet closed form states");
  }

  /** How the shared store names the browser: not its cookie. */
  String browserName(String browser) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(Hmac.sha256(secret, "name|" + browser));
  }

  byte[] seal(String browser, byte[] plain) {
    try {
      byte[] iv = new byte[IV_BYTES];
      random.nextBytes(iv);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key(browser), new GCMParameterSpec(TAG_BITS, iv));
      byte[] closed = cipher.doFinal(plain);
      return ByteBuffer.allocate(IV_BYTES + closed.length).put(iv).put(closed).array();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM unavailable", e);
    }
  }

  /** The plain bytes, or empty when the seal is not this browser's (or was tampered with). */
  Optional<byte[]> open(String browser, byte[] closed) {
    if (closed.length <= IV_BYTES) {
      return Optional.empty();
    }
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(
          Cipher.DECRYPT_MODE, key(browser), new GCMParameterSpec(TAG_BITS, closed, 0, IV_BYTES));
      return Optional.of(cipher.doFinal(closed, IV_BYTES, closed.length - IV_BYTES));
    } catch (javax.crypto.AEADBadTagException e) {
      return Optional.empty();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM unavailable", e);
    }
  }

  private SecretKeySpec key(String browser) {
    byte[] key = Hmac.sha256(secret, "key|" + browser);
    return new SecretKeySpec(key, 0, 32, "AES");
  }
}
