package nl.alkmaar.wijkaanzet.magnolia;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;

import freemarker.cache.FileTemplateLoader;
import info.magnolia.cms.beans.config.ServerConfiguration;
import info.magnolia.context.MgnlContext;
import info.magnolia.init.MagnoliaConfigurationProperties;
import info.magnolia.objectfactory.Components;
import jakarta.servlet.ServletConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import nl.alkmaar.wijkaanzet.HostRole;
import nl.alkmaar.wijkaanzet.JackrabbitFixture;
import nl.alkmaar.wijkaanzet.ModuleStoppedException;
import nl.alkmaar.wijkaanzet.WijkAanZet;
import nl.alkmaar.wijkaanzet.WijkAanZetRuntime;
import nl.alkmaar.wijkaanzet.campaign.api.CampaignServlet;
import nl.alkmaar.wijkaanzet.jcr.Workspaces;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runtime as Magnolia builds it (MagnoliaRuntimeFactory, reflection into the Magnolia test
 * doubles) on a real Jackrabbit: the mail thread gives its system sessions back after every round,
 * the instance type picks the host's duties, and destroying the module's servlets stops the mail
 * thread.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MagnoliaRuntimeLifecycleTest {

  private static final String MAIL_THREAD = "wijkaanzet-mail";

  private JackrabbitFixture repository;

  @BeforeEach
  void start(@TempDir Path home) throws Exception {
    repository =
        JackrabbitFixture.start(
            home,
            List.of("/mgnl-nodetypes/wijkaanzet.cnd"),
            List.of(Workspaces.CONTENT, Workspaces.VOTES));
    MgnlContext.reset();
    // No thread here has a Magnolia context of its own, like the mail thread.
    MgnlContext.instance = false;
    MgnlContext.opener = repository::login;
    Components.reset();
  }

  @AfterEach
  void stop() {
    WijkAanZet.uninstall();
    Components.reset();
    MgnlContext.reset();
  }

  private static void magnolia(boolean author, Map<String, String> properties) {
    Components.register(ServerConfiguration.class, new ServerConfiguration(author));
    Components.register(
        MagnoliaConfigurationProperties.class, (MagnoliaConfigurationProperties) properties::get);
  }

  private static CampaignServlet startedServlet() throws Exception {
    CampaignServlet servlet = new CampaignServlet();
    servlet.init(mock(ServletConfig.class));
    return servlet;
  }

  private static boolean mailThreadAlive() {
    return Thread.getAllStackTraces().keySet().stream()
        .anyMatch(thread -> thread.getName().equals(MAIL_THREAD) && thread.isAlive());
  }

  private static void await(BooleanSupplier condition, String what) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!condition.getAsBoolean()) {
      assertTrue(System.nanoTime() < deadline, what);
      Thread.sleep(20);
    }
  }

  @Test
  void onAuthorTheMailThreadReleasesItsSessionsAndStopsWithTheServlets() throws Exception {
    magnolia(true, Map.of());
    CampaignServlet servlet = startedServlet();

    WijkAanZetRuntime runtime = WijkAanZet.runtime();
    await(() -> MgnlContext.openedBy(MAIL_THREAD) > 0, "the mail thread polled the outbox");
    await(
        () -> MgnlContext.releasedBy(MAIL_THREAD) == MgnlContext.openedBy(MAIL_THREAD),
        "every session the mail thread opened is released");
    servlet.destroy();

    assertEquals(HostRole.AUTHOR, runtime.role());
    await(() -> !mailThreadAlive(), "the mail thread stopped with the last servlet");
    assertEquals(0, MgnlContext.openOn(Thread.currentThread()), "this thread released too");
  }

  @Test
  void aPublicInstanceSendsNoMailAndDoesNotModerate() throws Exception {
    magnolia(false, Map.of());
    CampaignServlet servlet = startedServlet();

    WijkAanZetRuntime runtime = WijkAanZet.runtime();
    servlet.destroy();

    assertEquals(HostRole.PUBLIC, runtime.role());
    assertFalse(runtime.role().moderates());
    assertFalse(mailThreadAlive(), "one mail sender per shared store: the author instance");
  }

  @Test
  void magnoliaPropertiesOverrideTheInstanceDefaults() throws Exception {
    magnolia(false, Map.of(HostRole.MODERATION_PROPERTY, "true", HostRole.MAIL_PROPERTY, "false"));
    CampaignServlet servlet = startedServlet();

    HostRole role = WijkAanZet.runtime().role();
    servlet.destroy();

    assertEquals(new HostRole("public", true, true, false), role);
  }

  @Test
  void theMailTextsComeFromMagnoliasLightModuleFolderProperty(@TempDir Path folder) {
    magnolia(true, Map.of("magnolia.resources.dir", folder.toString()));

    FileTemplateLoader loader =
        (FileTemplateLoader) MagnoliaRuntimeFactory.lightModulesFolder().orElseThrow();

    assertEquals(folder.toFile().getAbsoluteFile(), loader.baseDir.getAbsoluteFile());
  }

  @Test
  void withoutMagnoliasConfigurationTheSystemPropertyIsUsed(@TempDir Path folder) {
    System.setProperty("magnolia.resources.dir", folder.toString());
    try {
      FileTemplateLoader loader =
          (FileTemplateLoader) MagnoliaRuntimeFactory.lightModulesFolder().orElseThrow();

      assertEquals(folder.toFile().getAbsoluteFile(), loader.baseDir.getAbsoluteFile());
    } finally {
      System.clearProperty("magnolia.resources.dir");
    }
  }

  @Test
  void theClustersDatabaseIsTheBallotJournalsAndWithoutItThereIsNone() {
    magnolia(
        true,
        Map.of(
            "wijkaanzet.db.url", "jdbc:postgresql://db.example:5432/wijkaanzet",
            "wijkaanzet.db.user", "wijkaanzet",
            "wijkaanzet.db.password", "geheim"));

    assertEquals(
        new nl.alkmaar.wijkaanzet.sql.Database(
            "jdbc:postgresql://db.example:5432/wijkaanzet", "wijkaanzet", "geheim"),
        MagnoliaRuntimeFactory.ballotJournal().orElseThrow());
    assertEquals(
        "jdbc:postgresql://db.example:5432/wijkaanzet",
        MagnoliaRuntimeFactory.ballotJournal().orElseThrow().toString(),
        "the password stays out of logs");

    magnolia(true, Map.of());
    assertTrue(MagnoliaRuntimeFactory.ballotJournal().isEmpty());
  }

  @Test
  void withoutTheFolderTheJarsMailTextsAreUsed() {
    magnolia(true, Map.of());

    assertTrue(MagnoliaRuntimeFactory.lightModulesFolder().isEmpty());
  }

  /** Between the last servlet's stop and a new start, nothing builds a runtime (and a mailer). */
  @Test
  void afterTheLastServletStoppedNoRuntimeIsBuilt() throws Exception {
    magnolia(true, Map.of());
    CampaignServlet servlet = startedServlet();
    WijkAanZet.runtime();
    servlet.destroy();

    assertThrows(ModuleStoppedException.class, WijkAanZet::runtime);
    await(() -> !mailThreadAlive(), "no mail thread after the stop");
  }

  /** A module servlet started again (the module restarted) gets a fresh runtime. */
  @Test
  void aNewServletAfterTheStopGetsAFreshRuntime() throws Exception {
    magnolia(true, Map.of());
    CampaignServlet first = startedServlet();
    WijkAanZetRuntime before = WijkAanZet.runtime();
    first.destroy();

    CampaignServlet second = startedServlet();
    WijkAanZetRuntime after = WijkAanZet.runtime();
    second.destroy();

    assertFalse(before == after, "a stopped runtime is not handed out again");
    await(() -> !mailThreadAlive(), "the second mail thread stopped too");
  }
}
