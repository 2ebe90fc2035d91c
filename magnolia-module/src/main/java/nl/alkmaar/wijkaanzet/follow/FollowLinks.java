package nl.alkmaar.wijkaanzet.follow;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The follower's key and the tokens in the mails' links, all HMAC-SHA256 with the server's secret,
 * so nothing about a link needs storing and a link cannot be made up or changed: {@code
 * <wijk>.<key>.<expires>.<mac>} to confirm (valid for a week), {@code <wijk>.<key>.<mac>} to stop
 * (valid for as long as the follower exists). The links name no address.
 */
final class FollowLinks {

  private static final int KEY_BYTES = 16;
  private static final int MAC_BYTES = 16;
  private static final int LONGEST_TOKEN = 200;

  private final SecretKeySpec secret;

  FollowLinks(byte[] secret) {
    if (secret.length < 32) {
      throw new IllegalArgumentException("the secret needs at least 32 bytes");
    }
    this.secret = new SecretKeySpec(secret.clone(), "HmacSHA256");
  }

  /** The follower's key: the same address (case and spaces ignored) and wijk, the same key. */
  String key(String campaignId, String wijk, String email) {
    byte[] mac =
        mac(
            "follower\n"
                + campaignId
                + "\n"
                + wijk
                + "\n"
                + email.strip().toLowerCase(Locale.ROOT));
    return HexFormat.of().formatHex(Arrays.copyOf(mac, KEY_BYTES));
  }

  /** What a valid link names. {@code expires} is empty for a link that stops. */
  record Link(String wijk, String key, Optional<Instant> expires) {}

  String confirmToken(String campaignId, String wijk, String key, Instant expires) {
    String payload = wijk + "." + key + "." + expires.getEpochSecond();
    return payload + "." + sign("confirm", campaignId, payload);
  }

  String stopToken(String campaignId, String wijk, String key) {
    String payload = wijk + "." + key;
    return payload + "." + sign("stop", campaignId, payload);
  }

  /** The link behind a confirm token, if it is one this server made (expired or not). */
  Optional<Link> readConfirm(String campaignId, String token) {
    String[] parts = split(token, 4);
    if (parts.length != 4 || !parts[2].matches("\\d{1,12}")) {
      return Optional.empty();
    }
    String payload = parts[0] + "." + parts[1] + "." + parts[2];
    return signedBy(sign("confirm", campaignId, payload), parts[3])
        ? Optional.of(
            new Link(
                parts[0], parts[1], Optional.of(Instant.ofEpochSecond(Long.parseLong(parts[2])))))
        : Optional.empty();
  }

  /** The link behind a stop token, if it is one this server made. */
  Optional<Link> readStop(String campaignId, String token) {
    String[] parts = split(token, 3);
    if (parts.length != 3) {
      return Optional.empty();
    }
    String payload = parts[0] + "." + parts[1];
    return signedBy(sign("stop", campaignId, payload), parts[2])
        ? Optional.of(new Link(parts[0], parts[1], Optional.empty()))
        : Optional.empty();
  }

  private static String[] split(String token, int parts) {
    if (token == null || token.isBlank() || token.length() > LONGEST_TOKEN) {
      return new String[0];
    }
    String[] split = token.strip().split("\\.", -1);
    // A wijk id and a key are lower-case letters, digits and hyphens: nothing else reaches a path.
    for (int i = 0; i < Math.min(2, split.length); i++) {
      if (!split[i].matches("[a-z0-9-]{1,64}")) {
        return new String[0];
      }
    }
    return split.length == parts ? split : new String[0];
  }

  private String sign(String purpose, String campaignId, String payload) {
    byte[] mac = mac(purpose + "\n" + campaignId + "\n" + payload);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(mac, MAC_BYTES));
  }

  private static boolean signedBy(String expected, String given) {
    // In constant time: the answer's timing must not tell how much of a guess was right.
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.US_ASCII));
  }

  private byte[] mac(String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(secret);
      return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }
}
