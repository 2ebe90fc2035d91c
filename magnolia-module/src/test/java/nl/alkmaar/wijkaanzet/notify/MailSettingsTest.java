package nl.alkmaar.wijkaanzet.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import nl.alkmaar.wijkaanzet.campaign.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MailSettingsTest {

  private static Map<String, String> valid() {
    Map<String, String> env = new HashMap<>();
    env.put(MailSettings.HOST, "smtp.alkmaar.nl");
    env.put(MailSettings.FROM, "wijkaanzet@alkmaar.nl");
    return env;
  }

  @Test
  void withoutAHostMailGoesToFiles() {
    assertTrue(MailSettings.fromEnvironment(Map.of()).isEmpty());
    assertTrue(MailSettings.fromEnvironment(Map.of(MailSettings.HOST, "  ")).isEmpty());
  }

  @Test
  void defaultsAreSafe() {
    MailSettings settings = MailSettings.fromEnvironment(valid()).orElseThrow();

    assertEquals("smtp.alkmaar.nl", settings.host());
    assertEquals(587, settings.port());
    assertTrue(settings.startTls());
    assertFalse(settings.authenticates());
    assertEquals(MailSettings.DEFAULT_FROM_NAME, settings.fromName());
  }

  @Test
  void readsEveryVariable() {
    Map<String, String> env = valid();
    env.put(MailSettings.PORT, "2525");
    env.put(MailSettings.FROM_NAME, "Gemeente Alkmaar");
    env.put(MailSettings.USER, "wijkaanzet");
    env.put(MailSettings.PASSWORD, "geheim-123");
    env.put(MailSettings.STARTTLS, "FALSE");

    MailSettings settings = MailSettings.fromEnvironment(env).orElseThrow();

    assertEquals(2525, settings.port());
    assertEquals("Gemeente Alkmaar", settings.fromName());
    assertEquals("wijkaanzet", settings.username());
    assertEquals("geheim-123", settings.password());
    assertFalse(settings.startTls());
    assertFalse(settings.toString().contains("geheim-123"), settings.toString());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "WIJKAANZET_SMTP_HOST      | smtp://smtp.alkmaar.nl:25 | zonder smtp://",
        "WIJKAANZET_SMTP_PORT      | vijfentwintig             | geen poortnummer",
        "WIJKAANZET_SMTP_PORT      | 70000                     | geen poortnummer",
        "WIJKAANZET_SMTP_FROM      | wijkaanzet                | geen e-mailadres",
        "WIJKAANZET_SMTP_FROM      | Wijk <wz@alkmaar.nl>      | alleen het e-mailadres",
        "WIJKAANZET_SMTP_STARTTLS  | misschien                 | gebruik true",
      })
  void aBadValueIsNamedInDutch(String variable, String value, String explanation) {
    Map<String, String> env = valid();
    env.put(variable, value);

    ConfigException error =
        assertThrows(ConfigException.class, () -> MailSettings.fromEnvironment(env));

    String message = error.getMessage();
    assertEquals(MailSettings.SOURCE, error.source());
    assertTrue(message.startsWith("De configuratie in omgevingsvariabelen is niet goed."), message);
    assertTrue(message.contains("veld '" + variable + "' met waarde '" + value + "'"), message);
    assertTrue(message.contains(explanation), message);
  }

  @Test
  void aMissingSenderIsNamed() {
    ConfigException error =
        assertThrows(
            ConfigException.class,
            () -> MailSettings.fromEnvironment(Map.of(MailSettings.HOST, "smtp.alkmaar.nl")));

    assertTrue(
        error.getMessage().contains("veld 'WIJKAANZET_SMTP_FROM' met waarde (leeg)"),
        error.getMessage());
  }

  @Test
  void aUserWithoutPasswordIsNamedWithoutShowingSecrets() {
    Map<String, String> env = valid();
    env.put(MailSettings.USER, "wijkaanzet");
    ConfigException noPassword =
        assertThrows(ConfigException.class, () -> MailSettings.fromEnvironment(env));
    assertTrue(
        noPassword.getMessage().contains("veld 'WIJKAANZET_SMTP_PASSWORD' met waarde (leeg)"),
        noPassword.getMessage());

    Map<String, String> onlyPassword = valid();
    onlyPassword.put(MailSettings.PASSWORD, "geheim-123");
    ConfigException noUser =
        assertThrows(ConfigException.class, () -> MailSettings.fromEnvironment(onlyPassword));
    assertTrue(
        noUser.getMessage().contains("veld 'WIJKAANZET_SMTP_USER' met waarde (leeg)"),
        noUser.getMessage());
    assertFalse(noUser.getMessage().contains("geheim-123"), noUser.getMessage());
  }

  @Test
  void settingsWithoutAHostAreReportedRatherThanIgnored() {
    ConfigException error =
        assertThrows(
            ConfigException.class,
            () -> MailSettings.fromEnvironment(Map.of(MailSettings.FROM, "wz@alkmaar.nl")));

    assertTrue(error.getMessage().contains("veld 'WIJKAANZET_SMTP_HOST'"), error.getMessage());
    assertTrue(error.getMessage().contains("WIJKAANZET_SMTP_FROM is gezet"), error.getMessage());
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    Map<String, String> env = valid();
    env.put(MailSettings.PORT, "x");
    env.put(MailSettings.STARTTLS, "y");

    ConfigException error =
        assertThrows(ConfigException.class, () -> MailSettings.fromEnvironment(env));

    assertEquals(2, error.problems().size());
    assertTrue(error.getMessage().contains("heeft 2 fouten"), error.getMessage());
  }
}
