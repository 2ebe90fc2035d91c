package nl.alkmaar.wijkaanzet.magnolia;

import freemarker.cache.FileTemplateLoader;
import freemarker.cache.TemplateLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.alkmaar.wijkaanzet.CampaignRuntimes;
import nl.alkmaar.wijkaanzet.HostRole;
import nl.alkmaar.wijkaanzet.RuntimeAssembly;
import nl.alkmaar.wijkaanzet.RuntimeFactory;
import nl.alkmaar.wijkaanzet.WijkAanZetRuntime;
import nl.alkmaar.wijkaanzet.campaign.Campaign;
import nl.alkmaar.wijkaanzet.campaign.CampaignFiles;
import nl.alkmaar.wijkaanzet.forward.Forwarding;
import nl.alkmaar.wijkaanzet.forward.ForwardingSettings;
import nl.alkmaar.wijkaanzet.jcr.JcrSessions;
import nl.alkmaar.wijkaanzet.notify.MailSenders;
import nl.alkmaar.wijkaanzet.notify.MailSettings;
import nl.alkmaar.wijkaanzet.notify.MailTemplates;
import nl.alkmaar.wijkaanzet.sql.Database;
import nl.alkmaar.wijkaanzet.sql.SqlRateBuckets;
import nl.alkmaar.wijkaanzet.sql.SqlSharedForms;
import nl.alkmaar.wijkaanzet.vote.AddressBook;
import nl.alkmaar.wijkaanzet.vote.CodeInbox;
import nl.alkmaar.wijkaanzet.vote.JcrVoterSecret;
import nl.alkmaar.wijkaanzet.vote.VotingSettings;
import nl.alkmaar.wijkaanzet.web.FormTokens;
import nl.alkmaar.wijkaanzet.web.KeptPhotos;
import nl.alkmaar.wijkaanzet.web.WebProtection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the runtime inside Magnolia. Every setting is a Magnolia configuration property ({@code
 * magnolia.properties}, or a Java system property of the same name, which wins; see {@link
 * MagnoliaSettings}). The campaign comes from the file named by {@value #CONFIG_PROPERTY} (imported
 * when the file changed: the file wins) or else from the bundled Alkmaar 2024 edition (imported
 * once: the repository wins afterwards). Several files, comma-separated, run several campaigns at
 * once (the wijk campaign and the village track); the first is the main one.
 *
 * <p>The instance type decides the {@link HostRole}: the author instance moderates and sends the
 * mail, public instances take residents' posts. Mail goes to the SMTP server of the {@code
 * WIJKAANZET_SMTP_*} settings (properties or environment variables); without one it is written as
 * files into {@code java.io.tmpdir/wijkaanzet-mail}, which only suits a test install. The
 * dispatcher runs until the module's servlets are destroyed ({@code WijkAanZet.servletStopped}).
 */
public final class MagnoliaRuntimeFactory implements RuntimeFactory {

  public static final String CONFIG_PROPERTY = "wijkaanzet.config";

  /** Magnolia property with the voter secret (Base64), see {@code docs/MAGNOLIA.md}. */
  static final String VOTER_SECRET_PROPERTY = "wijkaanzet.voterSecret";

  /** Magnolia property naming the address table (CSV), see {@code docs/VOTING.md}. */
  static final String ADDRESS_TABLE_PROPERTY = "wijkaanzet.addressTable";

  public static final String TRUSTED_ORIGINS_PROPERTY = "wijkaanzet.trustedOrigins";
  static final String RESOURCES_DIR_PROPERTY = "magnolia.resources.dir";

  /** Where the module descriptor maps our servlets. */
  public static final String API_PATH = "/.wijkaanzet/api";

  private static final Logger LOG = LoggerFactory.getLogger(MagnoliaRuntimeFactory.class);

  /**
   * The voter secret from {@code wijkaanzet.voterSecret} (Base64 of at least 32 random bytes, the
   * same on every instance), or else one kept in the votes workspace.
   */
  private static byte[] voterSecret(JcrSessions sessions, String campaignId) {
    Optional<String> configured = MagnoliaSettings.property(VOTER_SECRET_PROPERTY);
    if (configured.isPresent()) {
      return Base64.getDecoder().decode(configured.get().strip());
    }
    LOG.warn(
        "no {} configured: the voter secret is kept in the votes workspace, so a copy of that"
            + " workspace is enough to test guesses of codes and addresses against it",
        VOTER_SECRET_PROPERTY);
    return JcrVoterSecret.loadOrCreate(sessions, campaignId);
  }

  /**
   * The address table from {@code wijkaanzet.addressTable} (a CSV file); without it ballots cannot
   * be recorded in person, which the log says.
   */
  private static AddressBook addressBook(Campaign campaign) {
    Optional<String> file = MagnoliaSettings.property(ADDRESS_TABLE_PROPERTY);
    if (file.isEmpty()) {
      LOG.warn("no {} configured: staff cannot record ballots in person", ADDRESS_TABLE_PROPERTY);
      return AddressBook.empty();
    }
    try (var in = Files.newInputStream(Path.of(file.get()))) {
      return AddressBook.read(
          in,
          campaign.wijken().stream()
              .map(nl.alkmaar.wijkaanzet.campaign.Wijk::id)
              .collect(Collectors.toSet()),
          file.get());
    } catch (IOException e) {
      throw new IllegalStateException("address table " + file.get() + " unreadable", e);
    }
  }

  /** For {@link java.util.ServiceLoader}. */
  public MagnoliaRuntimeFactory() {}

  @Override
  public CampaignRuntimes create() {
    JcrSessions sessions = new MagnoliaJcrSessions();
    Clock clock = Clock.systemUTC();
    HostRole role =
        HostRole.forMagnolia(
            MagnoliaSettings.isAuthor(), name -> MagnoliaSettings.property(name).orElse(null));
    String configured = MagnoliaSettings.property(CONFIG_PROPERTY).orElse(null);
    // Several files, comma-separated, run several campaigns at once; the first is the main one.
    List<Campaign> campaigns =
        configured == null
            ? List.of(CampaignFiles.bundled())
            : Arrays.stream(configured.split(","))
                .map(String::strip)
                .filter(file -> !file.isEmpty())
                .map(file -> CampaignFiles.read(Path.of(file)))
                .toList();
    WebProtection web =
        ballotJournal()
            .map(
                database ->
                    WebProtection.create(
                        API_PATH,
                        trustedOrigins(),
                        clock,
                        WebProtection.DEFAULT_BURST,
                        KeptPhotos.temporaryFolder(clock),
                        Optional.of(
                            shared(database, voterSecret(sessions, campaigns.get(0).id())))))
            .orElseGet(() -> WebProtection.create(API_PATH, trustedOrigins(), clock));
    Optional<MailSettings> smtp = MailSettings.fromEnvironment(mailEnvironment());
    Optional<ForwardingSettings> forwarding =
        ForwardingSettings.fromEnvironment(environment(ForwardingSettings.VARIABLES));
    Forwarding.warnIfOnlyFiles(forwarding, smtp);
    List<WijkAanZetRuntime> runtimes = new java.util.ArrayList<>();
    for (Campaign campaign : campaigns) {
      WijkAanZetRuntime runtime =
          RuntimeAssembly.create(
              role,
              clock,
              sessions,
              new MagnoliaCurrentUser(),
              campaign,
              configured != null,
              runtimes.isEmpty() ? web : web.forCampaign(campaign.id()),
              MailSenders.choose(
                  smtp, Path.of(System.getProperty("java.io.tmpdir"), "wijkaanzet-mail")),
              forwarding,
              new MailTemplates(lightModulesFolder()),
              new VotingSettings(
                  voterSecret(sessions, campaign.id()),
                  CodeInbox.NONE,
                  addressBook(campaign),
                  ballotJournal()));
      if (role.sendsMail()) {
        runtime.mail().start();
      }
      LOG.info(
          "wijkaanzet campaign {} active on the {} instance (moderation {}, residents' posts {},"
              + " mail {})",
          campaign.id(),
          role.name(),
          onOff(role.moderates()),
          onOff(role.takesResidentPosts()),
          onOff(role.sendsMail()));
      runtimes.add(runtime);
    }
    return new CampaignRuntimes(runtimes);
  }

  /**
   * The database of the ballot journal: the cluster's own ({@code -Dwijkaanzet.db.url}, {@code
   * .user}, {@code .password}, the properties the shared repository's file reads), so that every
   * instance of the cluster writes ballots to the same journal first (docs/CLUSTER.md). Not set:
   * one instance on its own repository, ballots go directly into it.
   */
  static Optional<Database> ballotJournal() {
    return MagnoliaSettings.property(DB_URL)
        .map(
            url ->
                new Database(
                    url.strip(),
                    MagnoliaSettings.property(DB_USER).orElse(""),
                    MagnoliaSettings.property(DB_PASSWORD).orElse("")));
  }

  /**
   * On a cluster (the instances behind a load balancer that need not be sticky): form tokens signed
   * with a key derived from the installation's voter secret, and form states, kept photos and rate
   * limits in the cluster's database, as the standalone host's cluster does (docs/CLUSTER.md).
   * Magnolia's own sessions (staff logins) are Magnolia's to share.
   */
  private static WebProtection.Shared shared(Database database, byte[] installationSecret) {
    try {
      return new WebProtection.Shared(
          FormTokens.derivedSecret(installationSecret),
          SqlSharedForms.open(database),
          SqlRateBuckets.open(database));
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(
          "the shared form tables in " + database + " cannot be opened", e);
    }
  }

  static final String DB_URL = "wijkaanzet.db.url";
  private static final String DB_USER = "wijkaanzet.db.user";
  private static final String DB_PASSWORD = "wijkaanzet.db.password";

  private static String onOff(boolean on) {
    return on ? "on" : "off";
  }

  /**
   * Magnolia's light module folder ({@code magnolia.resources.dir}), where the mail texts are
   * edited; empty when the property is not set (the jar's copies are used then). Overrides saved
   * with the Resource Files app live in JCR and are not seen: edit the files themselves.
   */
  static Optional<TemplateLoader> lightModulesFolder() {
    String folder = MagnoliaSettings.property(RESOURCES_DIR_PROPERTY).orElse(null);
    if (folder == null || !Files.isDirectory(Path.of(folder))) {
      return Optional.empty();
    }
    try {
      return Optional.of(new FileTemplateLoader(Path.of(folder).toFile()));
    } catch (IOException e) {
      LOG.warn("light module folder {} unreadable, mail texts come from the jar", folder);
      return Optional.empty();
    }
  }

  /** Comma-separated origins that may post to our API, e.g. the municipality's main site. */
  private static Set<String> trustedOrigins() {
    String list = MagnoliaSettings.property(TRUSTED_ORIGINS_PROPERTY).orElse("");
    return Arrays.stream(list.split(","))
        .map(String::strip)
        .filter(origin -> !origin.isEmpty())
        .collect(Collectors.toSet());
  }

  /** Magnolia properties (system properties first), else environment variables of that name. */
  static Map<String, String> mailEnvironment() {
    return environment(MailSettings.VARIABLES);
  }

  private static Map<String, String> environment(List<String> names) {
    Map<String, String> env = new HashMap<>();
    for (String name : names) {
      String value = MagnoliaSettings.property(name).orElse(System.getenv(name));
      if (value != null) {
        env.put(name, value);
      }
    }
    return env;
  }
}
