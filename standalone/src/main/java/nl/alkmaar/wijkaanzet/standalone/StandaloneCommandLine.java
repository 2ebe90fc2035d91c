package nl.alkmaar.wijkaanzet.standalone;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import nl.alkmaar.wijkaanzet.HostRole;
import nl.alkmaar.wijkaanzet.forward.ForwardingSettings;
import nl.alkmaar.wijkaanzet.notify.MailSettings;
import nl.alkmaar.wijkaanzet.standalone.StandaloneOptions.Demo;
import nl.alkmaar.wijkaanzet.standalone.repository.ClusterSettings;
import nl.alkmaar.wijkaanzet.standalone.vote.VoterSecretFile;
import nl.alkmaar.wijkaanzet.standalone.web.TrustedProxies;
import nl.alkmaar.wijkaanzet.web.WebProtection;

/**
 * Reads the host's command line and environment into {@link StandaloneOptions}, with a Dutch
 * message naming the option for anything it cannot use.
 */
final class StandaloneCommandLine {

  private static final Pattern ORIGIN = Pattern.compile("https?://[A-Za-z0-9.-]+(:\\d{1,5})?");

  private StandaloneCommandLine() {}

  static final String USAGE =
      """
      Gebruik: java -jar wijkaanzet-standalone.jar [opties]
        --port <nummer>         poort voor HTTP (standaard 8080; 0 kiest een vrije poort)
        --data <map>            map voor de gegevens (standaard ./data)
        --clock <tijdstip>      doe alsof het nu dit moment is, bijvoorbeeld 2024-04-10T12:00
                                (of zet WIJKAANZET_CLOCK)
        --config <bestand>      campagne-instellingen (YAML); standaard de Alkmaarse editie 2024.
                                Nog een keer --config: een campagne die ernaast loopt (zoals
                                de dorpsagenda naast de wijkcampagne); de eerste is de hoofdcampagne
        --light-modules <map>   lees de light module uit deze map in plaats van uit de jar
        --users <bestand>       wie mag inloggen (standaard <data>/users.properties)
        --zonder-demo           begin leeg; zonder deze optie (en zonder --config) vult de host
                                een lege campagne met voorbeelden tot waar de klok is (punten,
                                stemmen, oordelen, uitslag, uitvoering) en maakt hij
                                demo-accounts aan
        --demo                  ook met --config de voorbeelden en demo-accounts
        --demo-punten           alleen de voorbeeldpunten, zonder stemmen en demo-accounts
        --cluster <jdbc-adres>  deel de gegevens met andere hosts in PostgreSQL, bijvoorbeeld
                                jdbc:postgresql://db:5432/wijkaanzet (gebruiker en wachtwoord in
                                WIJKAANZET_DB_USER en WIJKAANZET_DB_PASSWORD); elke host houdt
                                zijn eigen --data voor zijn zoekindex; de hosts versturen de
                                mail om beurten (nooit: WIJKAANZET_MAIL_DISPATCHER=false)
        --node-id <naam>        de naam van deze host in het cluster, bijvoorbeeld publiek1
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
  static StandaloneOptions parse(String[] args, Map<String, String> env) {
    int port = 8080;
    Path data = Path.of("data");
    Optional<Instant> clock =
        Optional.ofNullable(env.get(StandaloneOptions.CLOCK_ENV))
            .filter(value -> !value.isBlank())
            .map(ClockOption::parse);
    Optional<Path> config = Optional.empty();
    List<Path> beside = new ArrayList<>();
    Optional<Path> lightModules = Optional.empty();
    Optional<Path> users = Optional.empty();
    Optional<Demo> demo = Optional.empty();
    Optional<String> cluster = Optional.empty();
    Optional<String> nodeId = Optional.empty();
    for (int i = 0; i < args.length; i++) {
      String option = args[i];
      if (option.equals("--help") || option.equals("-h")) {
        throw new StandaloneOptions.OptionsException(null);
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
        case "--config" -> {
          // Again: a campaign that runs beside the first (the village track).
          if (config.isPresent()) {
            beside.add(Path.of(value));
          } else {
            config = Optional.of(Path.of(value));
          }
        }
        case "--light-modules" -> lightModules = Optional.of(Path.of(value));
        case "--users" -> users = Optional.of(Path.of(value));
        case "--cluster" -> cluster = Optional.of(value);
        case "--node-id" -> nodeId = Optional.of(value);
        default ->
            throw new StandaloneOptions.OptionsException(
                "De optie '" + option + "' kennen we niet.");
      }
    }
    return new StandaloneOptions(
            port,
            data,
            clock,
            config,
            lightModules,
            origins(env.getOrDefault(StandaloneOptions.TRUSTED_ORIGINS_ENV, "")),
            burst(env.get(StandaloneOptions.SUBMIT_BURST_ENV)),
            MailSettings.fromEnvironment(env),
            users,
            ForwardingSettings.fromEnvironment(env),
            proxies(env.getOrDefault(StandaloneOptions.TRUSTED_PROXIES_ENV, "")))
        // The living demo by default only for the bundled demo campaign: a host started with its
        // own campaign file is meant for real residents, and gets no made-up points or accounts.
        .withDemo(demo.orElse(config.isEmpty() ? Demo.LIVING : Demo.NONE))
        .withBeside(beside)
        .withCluster(cluster(cluster, nodeId, env))
        .withRole(role(cluster.isPresent(), nodeId, env));
  }

  /** Set to {@code false} on a node of a cluster that must never send the outbox's mail. */
  static final String MAIL_DISPATCHER_ENV = "WIJKAANZET_MAIL_DISPATCHER";

  /**
   * A host on its own does everything. Every node of a cluster runs the mail dispatcher too, but
   * only the holder of the mail lease sends (its name carries the node id, so each node is told
   * apart); WIJKAANZET_MAIL_DISPATCHER=false keeps a node out of the turn.
   */
  private static HostRole role(
      boolean clustered, Optional<String> nodeId, Map<String, String> env) {
    if (!clustered) {
      return HostRole.STANDALONE;
    }
    boolean sendsMail =
        !"false".equalsIgnoreCase(env.getOrDefault(MAIL_DISPATCHER_ENV, "").strip());
    return new HostRole("cluster node " + nodeId.orElse("?"), true, true, sendsMail);
  }

  private static Optional<ClusterSettings> cluster(
      Optional<String> url, Optional<String> nodeId, Map<String, String> env) {
    if (url.isEmpty()) {
      if (nodeId.isPresent()) {
        throw new StandaloneOptions.OptionsException(
            "--node-id hoort bij --cluster: zonder cluster is er maar één host.");
      }
      return Optional.empty();
    }
    if (env.getOrDefault(VoterSecretFile.ENV, "").isBlank()) {
      // Each host would make its own secret: a voter's key would differ per host, so one person
      // could vote once on each, and a letter code made on one would not work on another.
      throw new StandaloneOptions.OptionsException(
          "In een cluster hebben alle hosts hetzelfde stemgeheim nodig. Zet "
              + VoterSecretFile.ENV
              + " (Base64, minstens "
              + nl.alkmaar.wijkaanzet.vote.VoterKeys.MIN_SECRET_BYTES
              + " bytes) op elke host op dezelfde waarde.");
    }
    try {
      return Optional.of(ClusterSettings.of(url.get(), nodeId, env));
    } catch (IllegalArgumentException e) {
      throw new StandaloneOptions.OptionsException(e.getMessage());
    }
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
        throw new StandaloneOptions.OptionsException(
            StandaloneOptions.TRUSTED_PROXIES_ENV
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
    throw new StandaloneOptions.OptionsException(
        StandaloneOptions.SUBMIT_BURST_ENV
            + ": '"
            + value
            + "' is geen aantal (1 tot en met 100000).");
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
        throw new StandaloneOptions.OptionsException(
            StandaloneOptions.TRUSTED_ORIGINS_ENV
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
      throw new StandaloneOptions.OptionsException(
          "'" + option + "' is geen optie. Opties beginnen met --.");
    }
    if (index + 1 >= args.length || args[index + 1].startsWith("--")) {
      throw new StandaloneOptions.OptionsException("Na " + option + " hoort een waarde.");
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
    throw new StandaloneOptions.OptionsException(
        "--port '" + value + "' is geen poortnummer (0 tot en met 65535).");
  }
}
