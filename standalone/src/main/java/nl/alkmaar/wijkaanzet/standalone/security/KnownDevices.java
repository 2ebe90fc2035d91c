package nl.alkmaar.wijkaanzet.standalone.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.alkmaar.wijkaanzet.web.Hmac;

/**
 * Browsers where a user logged in before get a signed cookie ({@value #COOKIE}): {@code
 * <issued>.<HMAC(secret, name|issued)>}. A login from such a browser is not stopped by the lockout
 * that strangers can cause by guessing the name elsewhere (see {@link LoginThrottle}), so a
 * moderator at their own computer can always log in. The secret lives in the data folder, so the
 * cookies outlive a restart.
 */
public final class KnownDevices {

  public static final String COOKIE = "wz-apparaat";
  static final Duration VALIDITY = Duration.ofDays(180);
  static final String KEY_FILE = "apparaten.sleutel";

  private final byte[] secret;
  private final Clock clock;

  public KnownDevices(byte[] secret, Clock clock) {
    this.secret = secret.clone();
    this.clock = clock;
  }

  /**
   * For the hosts of a cluster: a key derived from the installation's secret (which they share), so
   * a browser known to one host is known to all.
   */
  public static KnownDevices fromInstallation(byte[] installationSecret, Clock clock) {
    return new KnownDevices(Hmac.sha256(installationSecret, "wijkaanzet known devices"), clock);
  }

  /** The secret in {@code dataDir}, made (readable only by its owner) on first use. */
  public static KnownDevices inFolder(Path dataDir, Clock clock, SecureRandom random) {
    Path file = dataDir.resolve(KEY_FILE);
    try {
      if (!Files.exists(file)) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        Files.createDirectories(dataDir);
        Files.write(file, secret);
        ownerOnly(file);
      }
      return new KnownDevices(Files.readAllBytes(file), clock);
    } catch (IOException e) {
      throw new UncheckedIOException("key for known devices unusable: " + file, e);
    }
  }

  private static void ownerOnly(Path file) throws IOException {
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: the folder's own permissions protect it
    }
  }

  /** The cookie value that marks this browser as one where {@code user} logged in. */
  public String cookieFor(String user) {
    String issued = Long.toString(clock.millis());
    return issued + "." + sign(user, issued);
  }

  public boolean isKnown(String cookie, String user) {
    if (cookie == null || user == null) {
      return false;
    }
    int dot = cookie.indexOf('.');
    if (dot <= 0 || !cookie.substring(0, dot).chars().allMatch(Character::isDigit)) {
      return false;
    }
    String issued = cookie.substring(0, dot);
    byte[] expected = sign(user, issued).getBytes(StandardCharsets.US_ASCII);
    byte[] given = cookie.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
    if (!MessageDigest.isEqual(expected, given)) {
      return false;
    }
    long age = clock.millis() - Long.parseLong(issued);
    return age >= -60_000 && age <= VALIDITY.toMillis();
  }

  private String sign(String user, String issued) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      String subject = user.strip().toLowerCase(Locale.ROOT) + "|" + issued;
      byte[] digest = mac.doFinal(subject.getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }
}
