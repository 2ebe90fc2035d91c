package nl.alkmaar.wijkaanzet.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Tokens for server-rendered forms against cross-site request forgery, without server state: {@code
 * <issued-at>.<HMAC(secret, issued-at)>}, valid for a few hours. A page rendered from a cache still
 * carries a usable token; a forged form on another site has none.
 */
public final class FormTokens {

  static final Duration VALIDITY = Duration.ofHours(6);

  private final byte[] secret;
  private final Clock clock;

  public FormTokens(byte[] secret, Clock clock) {
    this.secret = secret.clone();
    this.clock = clock;
  }

  /**
   * A key for the form tokens derived from the installation's secret (the voter secret every host
   * of one installation shares), so that every host accepts the tokens of the others; a key of its
   * own, not the secret itself.
   */
  public static byte[] derivedSecret(byte[] installationSecret) {
    return Hmac.sha256(installationSecret, "wijkaanzet form tokens");
  }

  public String issue() {
    return issueFor("");
  }

  public boolean isValid(String token) {
    return isValidFor(token, "");
  }

  /**
   * A token that only {@code subject} (a logged-in user's name) can send back: the public form's
   * tokens are handed to anyone, so staff screens bind theirs to the user.
   */
  public String issueFor(String subject) {
    String issued = Long.toString(clock.millis());
    return issued + "." + sign(issued + "|" + subject);
  }

  public boolean isValidFor(String token, String subject) {
    if (token == null) {
      return false;
    }
    int dot = token.indexOf('.');
    if (dot <= 0) {
      return false;
    }
    String issued = token.substring(0, dot);
    if (!issued.chars().allMatch(Character::isDigit)) {
      return false;
    }
    byte[] expected = sign(issued + "|" + subject).getBytes(StandardCharsets.US_ASCII);
    byte[] given = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
    if (!MessageDigest.isEqual(expected, given)) {
      return false;
    }
    long age = clock.millis() - Long.parseLong(issued);
    return age >= -60_000 && age <= VALIDITY.toMillis();
  }

  private String sign(String value) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      byte[] digest = mac.doFinal(value.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }
}
