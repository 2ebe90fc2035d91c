package nl.alkmaar.wijkaanzet.standalone;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import nl.alkmaar.wijkaanzet.HostRole;
import nl.alkmaar.wijkaanzet.forward.ForwardingSettings;
import nl.alkmaar.wijkaanzet.notify.MailSettings;
import nl.alkmaar.wijkaanzet.standalone.security.UsersFile;
import nl.alkmaar.wijkaanzet.standalone.web.TrustedProxies;
import nl.alkmaar.wijkaanzet.web.WebProtection;

/**
 * The host's command line: {@code [--port 8080] [--data ./data] [--clock 2024-04-10T12:00:00Z]
 * [--config campaign.yaml] [--light-modules ./light-modules] [--users users.properties]}. {@code
 * --clock} may also come from the environment variable {@value #CLOCK_ENV}. The SMTP server comes
 * from the environment only ({@code WIJKAANZET_SMTP_*}, see {@link MailSettings}); without it mail
 * is written to {@code <data>/mail}.
 */
public record StandaloneOptions(
    int port,
    Path dataDir,
    Optional<Instant> clock,
    Optional<Path> config,
    Optional<Path> lightModules,
    Set<String> trustedOrigins,
    int submitBurst,
    Optional<MailSettings> mail,
    Optional<Path> users,
    Optional<ForwardingSettings> forwarding,
    Set<String> trustedProxies,
    HostRole role,
    Demo demo) {

  /**
   * What an empty campaign is filled with at start: nothing; the example points only (for tests
   * that cast their own ballots); or the living demo, as far as the clock has come, with demo
   * accounts (the command line's default).
   */
  public enum Demo {
    NONE,
    POINTS,
    LIVING
  }

  public static final String CLOCK_ENV = "WIJKAANZET_CLOCK";
  public static final String TRUSTED_PROXIES_ENV = "WIJKAANZET_TRUSTED_PROXIES";
  public static final String TRUSTED_ORIGINS_ENV = "WIJKAANZET_TRUSTED_ORIGINS";
  public static final String SUBMIT_BURST_ENV = "WIJKAANZET_SUBMIT_BURST";
  private static final Pattern ORIGIN = Pattern.compile("https?://[A-Za-z0-9.-]+(:\\d{1,5})?");

  public StandaloneOptions(
      int port,
      Path dataDir,
      Optional<Instant> clock,
      Optional<Path> config,
      Optional<Path> lightModules) {
    this(
        port,
        dataDir,
        clock,
        config,
        lightModules,
        Set.of(),
        WebProtection.DEFAULT_BURST,
        Optional.empty());
  }

  public StandaloneOptions(
      int port,
      Path dataDir,
      Optional<Instant> clock,
      Optional<Path> config,
      Optional<Path> lightModules,
      Set<String> trustedOrigins,
      int submitBurst,
      Optional<MailSettings> mail) {
    this(
        port,
        dataDir,
        clock,
        config,
        lightModules,
        trustedOrigins,
        submitBurst,
        mail,
        Optional.empty(),
        Optional.empty());
  }

  /** Without proxies in front (forwarded headers are never believed). */
  public StandaloneOptions(
      int port,
      Path dataDir,
      Optional<Instant> clock,
      Optional<Path> config,
      Optional<Path> lightModules,
      Set<String> trustedOrigins,
      int submitBurst,
      Optional<MailSettings> mail,
      Optional<Path> users,
      Optional<ForwardingSettings> forwarding) {
    this(
        port,
        dataDir,
        clock,
        config,
        lightModules,
        trustedOrigins,
        submitBurst,
        mail,
        users,
        forwarding,
        Set.of());
  }

  /** As a single host that is author and public at once (HostRole.STANDALONE). */
  public StandaloneOptions(
      int port,
      Path dataDir,
      Optional<Instant> clock,
      Optional<Path> config,
      Optional<Path> lightModules,
      Set<String> trustedOrigins,
      int submitBurst,
      Optional<MailSettings> mail,
      Optional<Path> users,
      Optional<ForwardingSettings> forwarding,
      Set<String> trustedProxies) {
    this(
        port,
        dataDir,
        clock,
        config,
        lightModules,
        trustedOrigins,
        submitBurst,
        mail,
        users,
        forwarding,
        trustedProxies,
        HostRole.STANDALONE,
        Demo.NONE);
  }

  /** The same options with forwarding of reports about the public space set up. */
  public StandaloneOptions withForwarding(Optional<ForwardingSettings> settings) {
    return new StandaloneOptions(
        port,
        dataDir,
        clock,
        config,
        lightModules,
        trustedOrigins,
        submitBurst,
        mail,
        users,
        settings,
        trustedProxies,
        role,
        demo);
  }

  /** The same options behind these proxies (addresses, ranges or CIDR blocks). */
  public StandaloneOptions withTrustedProxies(Set<String> proxies) {
    return new StandaloneOptions(
        port,
        dataDir,
        clock,
        config,
        lightModules,
        trustedOrigins,
        submitBurst,
        mail,
        users,
        forwarding,
        Set.copyOf(proxies),
        role,
        demo);
  }

  /**
   * The same options for a host with only some of the module's duties, as a Magnolia author or
   * public instance has (for tests of those duties; a cluster of such hosts is issue 14).
   */
  public StandaloneOptions withRole(HostRole hostRole) {
    return new StandaloneOptions(
        port,
        dataDir,
        clock,
        config,
        lightModules,
        trustedOrigins,
        submitBurst,
        mail,
        users,
        forwarding,
        trustedProxies,
        hostRole,
        demo);
  }

  /**
   * The same options, with an empty campaign filled as far as the clock has come, and demo accounts
   * when there is no users file, when {@code on} (the command line's default).
   */
  public StandaloneOptions withDemo(Demo on) {
    return new StandaloneOptions(
        port,
        dataDir,
        clock,
        config,
        lightModules,
        trustedOrigins,
        submitBurst,
        mail,
        users,
        forwarding,
        trustedProxies,
        role,
        on);
  }

  /** The users file: {@code --users}, or {@code users.properties} in the data folder. */
  public Path usersFile() {
    return users.orElseGet(() -> dataDir.resolve(UsersFile.DEFAULT_NAME));
  }

  public static final String USAGE =
      """
      Gebruik: java -jar wijkaanzet-standalone.jar [opties]
        --port <nummer>         poort voor HTTP (standaard 8080; 0 kiest een vrije poort)
        --data <map>            map voor de gegevens (standaard ./data)
        --clock <tijdstip>      doe alsof het nu dit moment is, bijvoorbeeld 2024-04-10T12:00
                                (of zet WIJKAANZET_CLOCK)
        --config <bestand>      campagne-instellingen (YAML); standaard de Alkmaarse editie 2024
        --light-modules <map>   lees de light module uit deze map in plaats van uit de jar
        --users <bestand>       wie mag inloggen (standaard <data>/users.properties)
        --zonder-demo           begin leeg; zonder deze optie (en zonder --config) vult de host
                                een lege campagne met voorbeelden tot waar de klok is (punten,
                                stemmen, oordelen, uitslag, uitvoering) en maakt hij
                                demo-accounts aan
        --demo                  ook met --config de voorbeelden en demo-accounts
        --demo-punten           alleen de voorbeeldpunten, zonder stemmen en demo-accounts
      Een medewerker of moderator toevoegen (vraagt twee keer om het wachtwoord):
        java -jar wijkaanzet-standalone.jar gebruiker-toevoegen --naam <naam> --rollen <rol,rol>
             [--data <map>] [--users <bestand>]
        rollen: wijkaanzet-staff, wijkaanzet-moderator, wijkaanzet-editor
      Omgevingsvariabelen:
        WIJKAANZET_TRUSTED_ORIGINS  andere sites die formulieren mogen versturen, met komma's
        WIJKAANZET_SUBMIT_BURST     ideeën per adres achter elkaar (standaard 10)
        WIJKAANZET_TRUSTED_PROXIES  adressen van de proxy's ervoor (bijvoorbeeld 10.0.0.5 of
                                    10.0.0.0/8) waarvan X-Forwarded-* wordt geloofd
        WIJKAANZET_SMTP_HOST (en _PORT, _FROM, _USER, _PASSWORD, _STARTTLS)  de mailserver
        WIJKAANZET_DOORSTUREN_EMAIL  waar meldingen openbare ruimte heen gaan (Stadswerk072)
        WIJKAANZET_DOORSTUREN=signalen met WIJKAANZET_SIGNALEN_URL, _TOKEN, _CATEGORIE
                                    stuurt meldingen naar Signalen in plaats van per e-mail
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
    Optional<Path> users = Optional.empty();
    Optional<Demo> demo = Optional.empty();
    for (int i = 0; i < args.length; i++) {
      String option = args[i];
      if (option.equals("--help") || option.equals("-h")) {
        throw new OptionsException(null);
      }
      Optional<Demo> chosen =
          switch (option) {
            // --demo is the default now; still accepted, as scripts of before use it.
            case "--demo" -> Optional.of(Demo.LIVING);
            case "--demo-punten" -> Optional.of(Demo.POINTS);
            case "--zonder-demo" -> Optional.of(Demo.NONE);
            default -> Optional.empty();
          };
      if (chosen.isPresent()) {
        demo = chosen;
        continue;
      }
      String value = valueOf(args, i++, option);
      switch (option) {
        case "--port" -> port = port(value);
        case "--data" -> data = Path.of(value);
        case "--clock" -> clock = Optional.of(ClockOption.parse(value));
        case "--config" -> config = Optional.of(Path.of(value));
        case "--light-modules" -> lightModules = Optional.of(Path.of(value));
        case "--users" -> users = Optional.of(Path.of(value));
        default -> throw new OptionsException("De optie '" + option + "' kennen we niet.");
      }
    }
    return new StandaloneOptions(
            port,
            data,
            clock,
            config,
            lightModules,
            origins(env.getOrDefault(TRUSTED_ORIGINS_ENV, "")),
            burst(env.get(SUBMIT_BURST_ENV)),
            MailSettings.fromEnvironment(env),
            users,
            ForwardingSettings.fromEnvironment(env),
            proxies(env.getOrDefault(TRUSTED_PROXIES_ENV, "")))
        // The living demo by default only for the bundled demo campaign: a host started with its
        // own campaign file is meant for real residents, and gets no made-up points or accounts.
        .withDemo(demo.orElse(config.isEmpty() ? Demo.LIVING : Demo.NONE));
  }

  /**
   * The reverse proxies in front of the host; only their forwarded headers (https, the visitor's
   * address) are believed.
   */
  private static Set<String> proxies(String list) {
    Set<String> proxies = new LinkedHashSet<>();
    for (String proxy : list.split(",")) {
      String trimmed = proxy.strip();
      if (trimmed.isEmpty()) {
        continue;
      }
      if (!TrustedProxies.isValid(trimmed)) {
        throw new OptionsException(
            TRUSTED_PROXIES_ENV
                + ": '"
                + trimmed
                + "' is geen adres. Schrijf bijvoorbeeld 10.0.0.5, 10.0.0.0/8 of"
                + " 10.0.0.1-10.0.0.9.");
      }
      proxies.add(trimmed);
    }
    return Set.copyOf(proxies);
  }

  /** Submissions one address may send at once (events with one shared network may need more). */
  private static int burst(String value) {
    if (value == null || value.isBlank()) {
      return WebProtection.DEFAULT_BURST;
    }
    try {
      int burst = Integer.parseInt(value.strip());
      if (burst >= 1 && burst <= 100_000) {
        return burst;
      }
    } catch (NumberFormatException ignored) {
      // reported below
    }
    throw new OptionsException(
        SUBMIT_BURST_ENV + ": '" + value + "' is geen aantal (1 tot en met 100000).");
  }

  /** Other sites allowed to post to the API (e.g. the municipality's main site with a widget). */
  private static Set<String> origins(String list) {
    Set<String> origins = new LinkedHashSet<>();
    for (String origin : list.split(",")) {
      String trimmed = origin.strip();
      if (trimmed.isEmpty()) {
        continue;
      }
      if (!ORIGIN.matcher(trimmed).matches()) {
        throw new OptionsException(
            TRUSTED_ORIGINS_ENV
                + ": '"
                + trimmed
                + "' is geen origin. Schrijf bijvoorbeeld https://www.alkmaar.nl (zonder pad).");
      }
      origins.add(trimmed);
    }
    return Set.copyOf(origins);
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
