package nl.alkmaar.wijkaanzet.standalone;

import java.io.IOException;
import java.net.BindException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import nl.alkmaar.wijkaanzet.CampaignRuntimes;
import nl.alkmaar.wijkaanzet.RuntimeAssembly;
import nl.alkmaar.wijkaanzet.WijkAanZet;
import nl.alkmaar.wijkaanzet.WijkAanZetRuntime;
import nl.alkmaar.wijkaanzet.campaign.Campaign;
import nl.alkmaar.wijkaanzet.campaign.CampaignFiles;
import nl.alkmaar.wijkaanzet.forward.Forwarding;
import nl.alkmaar.wijkaanzet.jcr.RepositoryJcrSessions;
import nl.alkmaar.wijkaanzet.jcr.Workspaces;
import nl.alkmaar.wijkaanzet.notify.MailSenders;
import nl.alkmaar.wijkaanzet.notify.MailTemplates;
import nl.alkmaar.wijkaanzet.render.WijkFunctions;
import nl.alkmaar.wijkaanzet.standalone.demo.DemoAccounts;
import nl.alkmaar.wijkaanzet.standalone.demo.DemoCampaign;
import nl.alkmaar.wijkaanzet.standalone.demo.DemoIdeas;
import nl.alkmaar.wijkaanzet.standalone.preview.I18nBundle;
import nl.alkmaar.wijkaanzet.standalone.preview.LightModuleFiles;
import nl.alkmaar.wijkaanzet.standalone.preview.PageRenderer;
import nl.alkmaar.wijkaanzet.standalone.preview.SitePages;
import nl.alkmaar.wijkaanzet.standalone.preview.TemplateDefinitions;
import nl.alkmaar.wijkaanzet.standalone.repository.ClusterSettings;
import nl.alkmaar.wijkaanzet.standalone.repository.EmbeddedRepository;
import nl.alkmaar.wijkaanzet.standalone.security.KnownDevices;
import nl.alkmaar.wijkaanzet.standalone.security.LoginCapacity;
import nl.alkmaar.wijkaanzet.standalone.security.LoginThrottle;
import nl.alkmaar.wijkaanzet.standalone.security.StaffLoginService;
import nl.alkmaar.wijkaanzet.standalone.security.UserAccount;
import nl.alkmaar.wijkaanzet.standalone.security.UsersFile;
import nl.alkmaar.wijkaanzet.standalone.vote.AddressTable;
import nl.alkmaar.wijkaanzet.standalone.vote.CodeInboxFolder;
import nl.alkmaar.wijkaanzet.standalone.vote.VoterSecretFile;
import nl.alkmaar.wijkaanzet.standalone.web.PageCache;
import nl.alkmaar.wijkaanzet.user.ContainerCurrentUser;
import nl.alkmaar.wijkaanzet.vote.VotingSettings;
import nl.alkmaar.wijkaanzet.vote.api.TallyStreamServlet;
import nl.alkmaar.wijkaanzet.web.WebProtection;
import org.eclipse.jetty.server.Server;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The standalone host: the module on embedded Jetty and Jackrabbit. Configuration is read and
 * checked before anything starts, so a bad file stops the start without touching the data.
 */
public final class StandaloneHost implements AutoCloseable {

  public static final String MODULE = "wijkaanzet";
  public static final String API_PATH = "/api";
  private static final Logger LOG = LoggerFactory.getLogger(StandaloneHost.class);

  private final EmbeddedRepository repository;
  private final CampaignRuntimes runtimes;
  private final Server server;
  private final String demoAccounts;
  private final AutoCloseable pageWatch;

  private StandaloneHost(
      EmbeddedRepository repository,
      CampaignRuntimes runtimes,
      Server server,
      String demoAccounts,
      AutoCloseable pageWatch) {
    this.pageWatch = pageWatch;
    this.repository = repository;
    this.runtimes = runtimes;
    this.server = server;
    this.demoAccounts = demoAccounts;
  }

  /** The demo accounts made at this start, with their passwords, to print once; or empty. */
  public String demoAccounts() {
    return demoAccounts;
  }

  public static StandaloneHost start(StandaloneOptions options) {
    long started = System.nanoTime();
    Campaign campaign = options.config().map(CampaignFiles::read).orElseGet(CampaignFiles::bundled);
    LightModuleFiles files =
        options.lightModules().map(LightModuleFiles::folder).orElseGet(LightModuleFiles::packed);
    TemplateDefinitions definitions = new TemplateDefinitions(files);
    SitePages pages = SitePages.loadBundled(definitions, campaign);
    Clock clock = options.clock().map(ClockOption::startingAt).orElseGet(Clock::systemUTC);
    String demoAccounts =
        options.demo() == StandaloneOptions.Demo.LIVING && options.users().isEmpty()
            ? DemoAccounts.addIfNoUsers(options.usersFile())
            : "";
    // The users file is checked before anything is made (as the campaign file).
    List<UserAccount> accounts = staffAccounts(options);
    // On a cluster the secret also signs what every host must accept.
    byte[] installationSecret = VoterSecretFile.load(options.dataDir(), System.getenv());
    // On a cluster a form one host rendered may be sent to another and the page after it read
    // from a third, and a login on one host holds on all: a load balancer need not be sticky.
    Optional<SharedByHosts> shared =
        options
            .cluster()
            .map(cluster -> SharedByHosts.open(cluster.database(), installationSecret));
    StaffLoginService logins = logins(accounts, options, clock, installationSecret, shared);

    EmbeddedRepository repository = openRepository(options);
    List<WijkAanZetRuntime> running = new ArrayList<>();
    try {
      RepositoryJcrSessions sessions = new RepositoryJcrSessions(repository::login);
      WebProtection web =
          WebProtection.create(
              API_PATH,
              options.trustedOrigins(),
              clock,
              options.submitBurst(),
              options.dataDir().resolve("formulierfotos"),
              shared.map(SharedByHosts::web));
      VotingSettings votingSettings =
          new VotingSettings(
              installationSecret,
              new CodeInboxFolder(options.dataDir(), campaign.id(), true),
              AddressTable.load(options.dataDir(), campaign),
              options.cluster().map(ClusterSettings::database));
      Function<Clock, WijkAanZetRuntime> assemble =
          at ->
              RuntimeAssembly.create(
                  options.role(),
                  at,
                  sessions,
                  new ContainerCurrentUser(),
                  campaign,
                  true,
                  at == clock ? web : WebProtection.create(API_PATH, options.trustedOrigins(), at),
                  MailSenders.choose(options.mail(), options.dataDir().resolve("mail")),
                  options.forwarding(),
                  new MailTemplates(Optional.of(files.templateLoader())),
                  votingSettings);
      boolean living =
          options.demo() == StandaloneOptions.Demo.LIVING
              && DemoCampaign.prepare(assemble, clock, campaign);
      WijkAanZetRuntime runtime = assemble.apply(clock);
      running.add(runtime);
      if (living) {
        DemoCampaign.complete(runtime);
      } else if (options.demo() == StandaloneOptions.Demo.POINTS) {
        DemoIdeas.addIfEmpty(runtime);
      }
      Forwarding.warnIfOnlyFiles(options.forwarding(), options.mail());
      // Campaigns beside the main one (--config again): their own runtime, the same site under
      // /<campaign id>/, the same logins; no demo data.
      for (Path file : options.besideConfigs()) {
        Campaign beside = CampaignFiles.read(file);
        running.add(
            RuntimeAssembly.create(
                options.role(),
                clock,
                sessions,
                new ContainerCurrentUser(),
                beside,
                true,
                web.forCampaign(beside.id()),
                MailSenders.choose(options.mail(), options.dataDir().resolve("mail")),
                options.forwarding(),
                new MailTemplates(Optional.of(files.templateLoader())),
                new VotingSettings(
                    votingSettings.secret(),
                    new CodeInboxFolder(options.dataDir(), beside.id(), false),
                    AddressTable.loadBeside(options.dataDir(), beside),
                    votingSettings.ballotJournal())));
      }
      CampaignRuntimes runtimes = new CampaignRuntimes(running);
      WijkAanZet.install(runtimes);
      if (options.role().sendsMail()) {
        runtimes.all().forEach(each -> each.mail().start());
      }
      PageRenderer renderer =
          new PageRenderer(files, definitions, new I18nBundle(files, MODULE), new WijkFunctions());
      PageCache pageCache = new PageCache();
      // Kept pages go stale with any change in the content workspace, whoever made it, but for the
      // private folders (personal data, the outbox, the mail lease renewed every few seconds),
      // which no public page shows.
      String privateFolder = "/" + Workspaces.PRIVATE_FOLDER + "/";
      AutoCloseable pageWatch =
          sessions
              .observe(
                  Workspaces.CONTENT,
                  "/",
                  changed -> {
                    if (!changed.contains(privateFolder)) {
                      pageCache.changed();
                    }
                  })
              .orElse(() -> {});
      Server server =
          JettyServer.create(
              options.port(),
              files,
              pages,
              renderer,
              logins,
              options.trustedProxies(),
              pageCache,
              options
                  .cluster()
                  .map(cluster -> (BooleanSupplier) cluster::databaseAnswers)
                  .orElse(() -> true),
              options.cluster().map(ClusterSettings::database));
      startServer(server, options.port());
      LOG.info(
          "campaign {} ready in {} ms (data: {}, light modules: {})",
          campaign.id(),
          (System.nanoTime() - started) / 1_000_000,
          options.dataDir().toAbsolutePath(),
          files);
      AutoCloseable watches =
          () -> {
            pageWatch.close();
            shared.ifPresent(SharedByHosts::close);
          };
      return new StandaloneHost(repository, runtimes, server, demoAccounts, watches);
    } catch (RuntimeException e) {
      for (WijkAanZetRuntime each : running) {
        each.stop();
      }
      shared.ifPresent(SharedByHosts::close);
      WijkAanZet.uninstall();
      repository.close();
      throw e;
    }
  }

  /** The users file is checked before anything starts, like the campaign file. */
  private static List<UserAccount> staffAccounts(StandaloneOptions options) {
    Path file = options.usersFile();
    if (options.users().isPresent() && !Files.isRegularFile(file)) {
      throw new StartupException(
          "Het gebruikersbestand "
              + file.toAbsolutePath()
              + " bestaat niet. Maak het met gebruiker-toevoegen of kies een ander met --users.",
          null);
    }
    List<UserAccount> accounts = UsersFile.read(file);
    if (accounts.isEmpty()) {
      LOG.info("no users in {}: staff login is off until one is added", file.toAbsolutePath());
    }
    return accounts;
  }

  private static StaffLoginService logins(
      List<UserAccount> accounts,
      StandaloneOptions options,
      Clock clock,
      byte[] installationSecret,
      Optional<SharedByHosts> shared) {
    return new StaffLoginService(
        accounts,
        shared.map(each -> each.loginThrottle(clock)).orElseGet(() -> new LoginThrottle(clock)),
        shared.map(each -> each.loginCapacity(clock)).orElseGet(() -> new LoginCapacity(clock)),
        // On a cluster every host knows the devices: a key derived from the shared secret.
        options.cluster().isPresent()
            ? KnownDevices.fromInstallation(installationSecret, clock)
            : KnownDevices.inFolder(options.dataDir(), clock, new SecureRandom()),
        clock);
  }

  private static EmbeddedRepository openRepository(StandaloneOptions options) {
    Path dataDir = options.dataDir();
    if (options.cluster().isPresent()) {
      try {
        LOG.info("joining the {}", options.cluster().get());
        return EmbeddedRepository.onCluster(dataDir.resolve("repository"), options.cluster().get());
      } catch (IllegalStateException e) {
        throw new StartupException(
            "Het cluster in "
                + options.cluster().get().url()
                + " kan niet worden geopend. Draait PostgreSQL, en kloppen WIJKAANZET_DB_USER en"
                + " WIJKAANZET_DB_PASSWORD?",
            e);
      }
    }
    try {
      Files.createDirectories(dataDir);
    } catch (IOException e) {
      throw new StartupException(
          "De map "
              + dataDir.toAbsolutePath()
              + " kan niet worden gemaakt. Kies een andere met --data.",
          e);
    }
    try {
      return EmbeddedRepository.onDerby(dataDir.resolve("repository"));
    } catch (IllegalStateException e) {
      throw new StartupException(
          "De gegevens in "
              + dataDir.toAbsolutePath()
              + " kunnen niet worden geopend. Draait er al een andere Wij(k) aan zet! met deze map? Kies dan een andere met --data.",
          e);
    }
  }

  private static void startServer(Server server, int port) {
    try {
      server.start();
    } catch (Exception e) {
      stopQuietly(server);
      if (e instanceof BindException || e.getCause() instanceof BindException) {
        throw new StartupException(
            "Poort " + port + " is al in gebruik. Kies een andere met --port.", e);
      }
      throw new StartupException("De webserver kan niet starten: " + e.getMessage(), e);
    }
  }

  public URI baseUri() {
    return URI.create("http://localhost:" + JettyServer.port(server) + "/");
  }

  /** Every path the host serves with the class of its servlet (for the route-table test). */
  Map<String, String> servletsByPath() {
    return JettyServer.servletsByPath(server);
  }

  /** The running instance of one of the module's servlets (for tests that look inside). */
  <T> T moduleServlet(Class<T> type) {
    return JettyServer.servletInstance(server, type);
  }

  public void join() throws InterruptedException {
    server.join();
  }

  /**
   * Stops taking requests, lets running ones finish, stops sending mail and saves the queued
   * ballots (both need the repository), then closes the repository cleanly.
   */
  @Override
  public void close() {
    // A graceful stop waits for running requests; a live-bars stream never ends by itself.
    JettyServer.servletInstance(server, TallyStreamServlet.class).endStreams();
    stopQuietly(server);
    try {
      pageWatch.close();
    } catch (Exception e) {
      LOG.debug("page watch already gone", e);
    }
    runtimes.close();
    WijkAanZet.uninstall();
    repository.close();
    LOG.info("stopped");
  }

  private static void stopQuietly(Server server) {
    try {
      server.stop();
    } catch (Exception e) {
      LOG.warn("web server did not stop cleanly: {}", e.getMessage());
    }
  }
}
