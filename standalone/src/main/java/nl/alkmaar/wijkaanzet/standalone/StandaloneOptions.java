package nl.alkmaar.wijkaanzet.standalone;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import nl.alkmaar.wijkaanzet.notify.MailSettings;

/**
 * The host's command line: {@code [--port 8080] [--data ./data] [--clock 2024-04-10T12:00:00Z]
 * [--config campaign.yaml] [--light-modules ./light-modules]}. {@code --clock} may also come from
 * the environment variable {@value #CLOCK_ENV}. The SMTP server comes from the environment only
 * ({@code WIJKAANZET_SMTP_*}, see {@link MailSettings}); without it mail is written to {@code
 * <data>/mail}.
 */
public record StandaloneOptions(
    int port,
    Path dataDir,
    Optional<Instant> clock,
    Optional<Path> config,
    Optional<Path> lightModules,
    Optional<MailSettings> mail) {

  /** Options without an SMTP server. */
  public StandaloneOptions(
      int port,
      Path dataDir,
      Optional<Instant> clock,
      Optional<Path> config,
      Optional<Path> lightModules) {
    this(port, dataDir, clock, config, lightModules, Optional.empty());
  }

  public static final String CLOCK_ENV = "WIJKAANZET_CLOCK";
  public static final String USAGE =
      """
      Gebruik: java -jar wijkaanzet-standalone.jar [opties]
        --port <nummer>         poort voor HTTP (standaard 8080; 0 kiest een vrije poort)
        --data <map>            map voor de gegevens (standaard ./data)
        --clock <tijdstip>      doe alsof het nu dit moment is, bijvoorbeeld 2024-04-10T12:00
                                (of zet WIJKAANZET_CLOCK)
        --config <bestand>      campagne-instellingen (YAML); standaard de Alkmaarse editie 2024
        --light-modules <map>   lees de light module uit deze map in plaats van uit de jar
      """;

  /**
   * Reads the command line and the environment. Bad SMTP variables throw a {@code ConfigException}
   * naming them.
   */
  public static StandaloneOptions parse(String[] args, Map<String, String> env) {
    int port = 8080;
    Path data = Path.of("data");
    Optional<Instant> clock =
        Optional.ofNullable(env.get(CLOCK_ENV))
            .filter(value -> !value.isBlank())
            .map(ClockOption::parse);
    Optional<Path> config = Optional.empty();
    Optional<Path> lightModules = Optional.empty();
    for (int i = 0; i < args.length; i++) {
      String option = args[i];
      if (option.equals("--help") || option.equals("-h")) {
        throw new OptionsException(null);
      }
      String value = valueOf(args, i++, option);
      switch (option) {
        case "--port" -> port = port(value);
        case "--data" -> data = Path.of(value);
        case "--clock" -> clock = Optional.of(ClockOption.parse(value));
        case "--config" -> config = Optional.of(Path.of(value));
        case "--light-modules" -> lightModules = Optional.of(Path.of(value));
        default -> throw new OptionsException("De optie '" + option + "' kennen we niet.");
      }
    }
    return new StandaloneOptions(
        port, data, clock, config, lightModules, MailSettings.fromEnvironment(env));
  }

  private static String valueOf(String[] args, int index, String option) {
    if (!option.startsWith("--")) {
      throw new OptionsException("'" + option + "' is geen optie. Opties beginnen met --.");
    }
    if (index + 1 >= args.length || args[index + 1].startsWith("--")) {
      throw new OptionsException("Na " + option + " hoort een waarde.");
    }
    return args[index + 1];
  }

  private static int port(String value) {
    try {
      int port = Integer.parseInt(value);
      if (port >= 0 && port <= 65535) {
        return port;
      }
    } catch (NumberFormatException ignored) {
      // reported below
    }
    throw new OptionsException("--port '" + value + "' is geen poortnummer (0 tot en met 65535).");
  }

  /** A command line that cannot be used; a null message means: show the usage. */
  public static final class OptionsException extends RuntimeException {
    public OptionsException(String message) {
      super(message);
    }
  }
}
