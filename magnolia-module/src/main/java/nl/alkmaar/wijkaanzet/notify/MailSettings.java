package nl.alkmaar.wijkaanzet.notify;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.alkmaar.wijkaanzet.campaign.ConfigProblem;

/**
 * How to reach the SMTP server, read from environment variables so that no password ends up in a
 * file in the repository. Without {@value #HOST} there is no SMTP server and mail is written to
 * files instead. {@code username} and {@code password} are null when the server needs no login.
 */
public record MailSettings(
    String host,
    int port,
    String fromAddress,
    String fromName,
    String username,
    String password,
    boolean startTls,
    Duration connectTimeout,
    Duration readTimeout) {

  public static final String SOURCE = EnvironmentSettings.SOURCE;
  public static final String HOST = "WIJKAANZET_SMTP_HOST";
  public static final String PORT = "WIJKAANZET_SMTP_PORT";
  public static final String FROM = "WIJKAANZET_SMTP_FROM";
  public static final String FROM_NAME = "WIJKAANZET_SMTP_FROM_NAME";
  public static final String USER = "WIJKAANZET_SMTP_USER";
  public static final String PASSWORD = "WIJKAANZET_SMTP_PASSWORD";
  public static final String STARTTLS = "WIJKAANZET_SMTP_STARTTLS";
  public static final List<String> VARIABLES =
      List.of(HOST, PORT, FROM, FROM_NAME, USER, PASSWORD, STARTTLS);

  public static final String DEFAULT_FROM_NAME = "Wij(k) aan zet! Gemeente Alkmaar";
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);

  private static final Pattern HOST_NAME = Pattern.compile("[A-Za-z0-9._-]+|\\[[0-9A-Fa-f:.]+]");

  /**
   * The settings from {@code env}, or empty when {@value #HOST} is not set. Every bad value is
   * reported at once, in Dutch, naming the variable (never the password's value).
   */
  public static Optional<MailSettings> fromEnvironment(Map<String, String> env) {
    List<ConfigProblem> problems = new ArrayList<>();
    String host = EnvironmentSettings.value(env, HOST);
    if (host == null) {
      for (String other : VARIABLES) {
        if (EnvironmentSettings.value(env, other) != null) {
          problems.add(
              new ConfigProblem(
                  HOST,
                  null,
                  other
                      + " is gezet, maar de naam van de mailserver ontbreekt. Zet ook "
                      + HOST
                      + ", of haal "
                      + other
                      + " weg om mails als bestanden te bewaren."));
          break;
        }
      }
      EnvironmentSettings.throwIfAny(problems);
      return Optional.empty();
    }
    if (!HOST_NAME.matcher(host).matches()) {
      problems.add(
          new ConfigProblem(
              HOST,
              host,
              "dit is geen naam van een server. Geef alleen de naam, zonder smtp:// en zonder"
                  + " poort, bijvoorbeeld smtp.alkmaar.nl."));
    }
    boolean startTls = startTls(env, problems);
    int port = port(env, startTls, problems);
    String from = from(env, problems);
    String fromName = fromName(env, problems);
    String user = EnvironmentSettings.value(env, USER);
    String password = EnvironmentSettings.value(env, PASSWORD);
    if (user != null && password == null) {
      problems.add(
          new ConfigProblem(
              PASSWORD, null, "er is een gebruiker in " + USER + ", maar geen wachtwoord."));
    }
    if (user == null && password != null) {
      problems.add(
          new ConfigProblem(
              USER, null, "er is een wachtwoord in " + PASSWORD + ", maar geen gebruiker."));
    }
    EnvironmentSettings.throwIfAny(problems);
    return Optional.of(
        new MailSettings(
            host,
            port,
            from,
            fromName,
            user,
            password,
            startTls,
            DEFAULT_CONNECT_TIMEOUT,
            DEFAULT_READ_TIMEOUT));
  }

  public boolean authenticates() {
    return username != null;
  }

  /** Records print every component; the password must never reach a log. */
  @Override
  public String toString() {
    return "MailSettings[host="
        + host
        + ", port="
        + port
        + ", startTls="
        + startTls
        + ", login="
        + (authenticates() ? "yes" : "no")
        + "]";
  }

  private static boolean startTls(Map<String, String> env, List<ConfigProblem> problems) {
    String value = EnvironmentSettings.value(env, STARTTLS);
    if (value == null || value.equalsIgnoreCase("true")) {
      return true;
    }
    if (value.equalsIgnoreCase("false")) {
      return false;
    }
    problems.add(
        new ConfigProblem(
            STARTTLS,
            value,
            "gebruik true (versleuteld met STARTTLS, de standaard) of false (niet versleuteld)."));
    return true;
  }

  private static int port(Map<String, String> env, boolean startTls, List<ConfigProblem> problems) {
    String value = EnvironmentSettings.value(env, PORT);
    if (value == null) {
      return startTls ? 587 : 25;
    }
    try {
      int port = Integer.parseInt(value);
      if (port >= 1 && port <= 65535) {
        return port;
      }
    } catch (NumberFormatException ignored) {
      // reported below
    }
    problems.add(
        new ConfigProblem(
            PORT, value, "dit is geen poortnummer. Gebruik een getal van 1 tot en met 65535."));
    return 0;
  }

  private static String from(Map<String, String> env, List<ConfigProblem> problems) {
    String value = EnvironmentSettings.value(env, FROM);
    if (value == null) {
      problems.add(
          new ConfigProblem(
              FROM,
              null,
              "zonder afzender kunnen we geen mail sturen. Vul een e-mailadres in, bijvoorbeeld"
                  + " wijkaanzet@alkmaar.nl."));
      return null;
    }
    if (value.contains("<")) {
      problems.add(
          new ConfigProblem(
              FROM, value, "vul alleen het e-mailadres in. De naam hoort in " + FROM_NAME + "."));
      return value;
    }
    if (!EnvironmentSettings.isBareAddress(value)) {
      problems.add(
          new ConfigProblem(
              FROM, value, "dit is geen e-mailadres. Bijvoorbeeld: wijkaanzet@alkmaar.nl."));
    }
    return value;
  }

  private static String fromName(Map<String, String> env, List<ConfigProblem> problems) {
    String value = EnvironmentSettings.value(env, FROM_NAME);
    if (value == null) {
      return DEFAULT_FROM_NAME;
    }
    if (value.length() > 100) {
      problems.add(
          new ConfigProblem(
              FROM_NAME, value, "deze naam is te lang. Gebruik hoogstens 100 tekens."));
    }
    return value;
  }
}
