package nl.alkmaar.wijkaanzet.standalone;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.alkmaar.wijkaanzet.HostRole;
import nl.alkmaar.wijkaanzet.forward.ForwardingSettings;
import nl.alkmaar.wijkaanzet.notify.MailSettings;
import nl.alkmaar.wijkaanzet.standalone.repository.ClusterSettings;
import nl.alkmaar.wijkaanzet.standalone.security.UsersFile;
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
    Demo demo,
    List<Path> besideConfigs,
    Optional<ClusterSettings> cluster) {

  public StandaloneOptions {
    besideConfigs = List.copyOf(besideConfigs);
  }

  /** On its own repository (no cluster). */
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
      Set<String> trustedProxies,
      HostRole role,
      Demo demo,
      List<Path> besideConfigs) {
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
        role,
        demo,
        besideConfigs,
        Optional.empty());
  }

  /** All but the last component: no campaign beside the main one. */
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
      Set<String> trustedProxies,
      HostRole role,
      Demo demo) {
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
        role,
        demo,
        List.of());
  }

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
        demo,
        besideConfigs,
        cluster);
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
        demo,
        besideConfigs,
        cluster);
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
        demo,
        besideConfigs,
        cluster);
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
        on,
        besideConfigs,
        cluster);
  }

  /**
   * The same options with campaigns that run beside the main one ({@code --config} given more than
   * once: the first file is the main campaign).
   */
  public StandaloneOptions withBeside(List<Path> configs) {
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
        demo,
        configs,
        cluster);
  }

  /** The same options on a Jackrabbit cluster on PostgreSQL ({@code --cluster}). */
  public StandaloneOptions withCluster(Optional<ClusterSettings> settings) {
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
        demo,
        besideConfigs,
        settings);
  }

  /** The users file: {@code --users}, or {@code users.properties} in the data folder. */
  public Path usersFile() {
    return users.orElseGet(() -> dataDir.resolve(UsersFile.DEFAULT_NAME));
  }

  /** The command line's usage text, in Dutch. */
  public static final String USAGE = StandaloneCommandLine.USAGE;

  /**
   * Reads the command line and the environment ({@link StandaloneCommandLine}). Bad SMTP variables
   * throw a {@code ConfigException} naming them.
   */
  public static StandaloneOptions parse(String[] args, Map<String, String> env) {
    return StandaloneCommandLine.parse(args, env);
  }

  /** A command line that cannot be used; a null message means: show the usage. */
  public static final class OptionsException extends RuntimeException {
    public OptionsException(String message) {
      super(message);
    }
  }
}
