package nl.alkmaar.wijkaanzet.notify;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.List;
import java.util.Map;
import nl.alkmaar.wijkaanzet.campaign.ConfigException;
import nl.alkmaar.wijkaanzet.campaign.ConfigProblem;

/** What settings read from environment variables share: blank means unset, problems all at once. */
public final class EnvironmentSettings {

  public static final String SOURCE = "omgevingsvariabelen";

  private EnvironmentSettings() {}

  /** The stripped value, or null when the variable is missing or blank. */
  public static String value(Map<String, String> env, String name) {
    String value = env.get(name);
    return value == null || value.isBlank() ? null : value.strip();
  }

  public static void throwIfAny(List<ConfigProblem> problems) {
    if (!problems.isEmpty()) {
      throw new ConfigException(SOURCE, problems);
    }
  }

  /**
   * A plain address such as {@code naam@alkmaar.nl}: no display name, a local part and a domain.
   */
  public static boolean isBareAddress(String value) {
    if (value.contains("<") || value.indexOf('@') < 1) {
      return false;
    }
    try {
      new InternetAddress(value, true).validate();
      return true;
    } catch (AddressException e) {
      return false;
    }
  }
}
