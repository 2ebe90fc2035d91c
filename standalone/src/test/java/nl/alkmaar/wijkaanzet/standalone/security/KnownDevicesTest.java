package nl.alkmaar.wijkaanzet.standalone.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnownDevicesTest {

  private final Clock clock = Clock.fixed(Instant.parse("2024-04-10T10:00:00Z"), ZoneOffset.UTC);

  @Test
  void theCookieMarksTheBrowserForItsUserOnly() {
    KnownDevices devices = new KnownDevices(new byte[32], clock);
    String cookie = devices.cookieFor("moderator1");

    assertTrue(devices.isKnown(cookie, "moderator1"));
    assertTrue(devices.isKnown(cookie, "Moderator1 "), "names as the login compares them");
    assertFalse(devices.isKnown(cookie, "moderator2"));
    assertFalse(devices.isKnown(cookie.substring(0, cookie.length() - 1) + "A", "moderator1"));
    assertFalse(new KnownDevices(new byte[] {1}, clock).isKnown(cookie, "moderator1"));
    assertFalse(devices.isKnown("abc.def", "moderator1"));
    assertFalse(devices.isKnown(null, "moderator1"));
  }

  @Test
  void theCookieExpiresAfterHalfAYear() {
    String cookie = new KnownDevices(new byte[32], clock).cookieFor("moderator1");
    Clock later = Clock.offset(clock, KnownDevices.VALIDITY.plusDays(1));

    assertFalse(new KnownDevices(new byte[32], later).isKnown(cookie, "moderator1"));
  }

  @Test
  void theSecretOutlivesARestart(@TempDir Path data) throws Exception {
    String cookie = KnownDevices.inFolder(data, clock, new SecureRandom()).cookieFor("moderator1");

    assertTrue(
        KnownDevices.inFolder(data, clock, new SecureRandom()).isKnown(cookie, "moderator1"));
    assertEquals(
        "rw-------",
        java.nio.file.attribute.PosixFilePermissions.toString(
            Files.getPosixFilePermissions(data.resolve(KnownDevices.KEY_FILE))));
  }
}
