package nl.alkmaar.wijkaanzet.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import nl.alkmaar.wijkaanzet.standalone.security.StaffSecurity;
import nl.alkmaar.wijkaanzet.web.ServletRoutes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The standalone host serves exactly the module descriptor's servlet table, plus its own pages. The
 * table is written out here as well, so a mistake in reading the descriptor, which the host and
 * Magnolia's view of it would share, shows too.
 */
class RoutesIT {

  private static final String MODULE = "nl.alkmaar.wijkaanzet.";

  @Test
  void theDescriptorDeclaresTheModulesServlets() {
    Map<String, String> declared = new TreeMap<>();
    for (ServletRoutes.Route route : ServletRoutes.fromDescriptor()) {
      route.mappings().forEach(path -> declared.put(path, route.className()));
    }

    assertEquals(moduleRoutes("/.wijkaanzet"), declared);
  }

  private static Map<String, String> moduleRoutes(String prefix) {
    Map<String, String> routes = new TreeMap<>();
    routes.put(prefix + "/api/campaign", MODULE + "campaign.api.CampaignServlet");
    routes.put(prefix + "/api/wijken", MODULE + "campaign.api.WijkenServlet");
    routes.put(prefix + "/api/ideas", MODULE + "idea.api.IdeasServlet");
    routes.put(prefix + "/api/ideas/*", MODULE + "idea.api.IdeasServlet");
    routes.put(prefix + "/api/statistics", MODULE + "idea.api.StatisticsServlet");
    routes.put(prefix + "/api/moderation/ideas", MODULE + "idea.moderation.ModerationServlet");
    routes.put(prefix + "/api/moderation/ideas/*", MODULE + "idea.moderation.ModerationServlet");
    routes.put(prefix + "/moderatie", MODULE + "idea.moderation.ModerationScreensServlet");
    routes.put(prefix + "/moderatie/*", MODULE + "idea.moderation.ModerationScreensServlet");
    routes.put(prefix + "/api/ballots", MODULE + "vote.api.BallotsServlet");
    routes.put(prefix + "/api/ballots/*", MODULE + "vote.api.BallotsServlet");
    routes.put(prefix + "/api/tallies", MODULE + "vote.api.TalliesServlet");
    routes.put(prefix + "/api/tallies/stream", MODULE + "vote.api.TallyStreamServlet");
    routes.put(prefix + "/api/stemmen", MODULE + "vote.api.VoteAdminServlet");
    routes.put(prefix + "/api/stemmen/*", MODULE + "vote.api.VoteAdminServlet");
    routes.put(prefix + "/stembeheer", MODULE + "vote.api.VoteScreenServlet");
    routes.put(prefix + "/stembeheer/*", MODULE + "vote.api.VoteScreenServlet");
    routes.put(prefix + "/api/results", MODULE + "result.api.ResultsServlet");
    routes.put(prefix + "/api/progress", MODULE + "execution.api.ProgressServlet");
    routes.put(prefix + "/api/progress/*", MODULE + "execution.api.ProgressServlet");
    routes.put(prefix + "/api/follow", MODULE + "follow.api.FollowServlet");
    routes.put(prefix + "/api/follow/*", MODULE + "follow.api.FollowServlet");
    routes.put(prefix + "/uitvoering", MODULE + "execution.api.ExecutionScreenServlet");
    routes.put(prefix + "/uitvoering/*", MODULE + "execution.api.ExecutionScreenServlet");
    routes.put(prefix + "/statistieken", MODULE + "export.api.StatisticsScreenServlet");
    routes.put(prefix + "/statistieken/*", MODULE + "export.api.StatisticsScreenServlet");
    routes.put(prefix + "/campagne", MODULE + "settings.api.CampaignSettingsScreenServlet");
    routes.put(prefix + "/campagne/*", MODULE + "settings.api.CampaignSettingsScreenServlet");
    routes.put(prefix + "/api/export", MODULE + "export.api.ExportServlet");
    routes.put(prefix + "/api/export/*", MODULE + "export.api.ExportServlet");
    routes.put(prefix + "/uitslag", MODULE + "result.api.ResultScreenServlet");
    routes.put(prefix + "/uitslag/*", MODULE + "result.api.ResultScreenServlet");
    routes.put(prefix + "/haalbaarheid", MODULE + "review.api.ReviewScreenServlet");
    routes.put(prefix + "/haalbaarheid/*", MODULE + "review.api.ReviewScreenServlet");
    routes.put(prefix + "/gegevens", MODULE + "retention.api.AfterCampaignScreenServlet");
    routes.put(prefix + "/gegevens/*", MODULE + "retention.api.AfterCampaignScreenServlet");
    routes.put(prefix + "/api", MODULE + "module.ApiNotFoundServlet");
    routes.put(prefix + "/api/*", MODULE + "module.ApiNotFoundServlet");
    return routes;
  }

  @Test
  void theHostsRoutesAreTheDescriptorsPlusTheHostsOwn(@TempDir Path data) {
    Map<String, String> expected = moduleRoutes("");
    String own = "nl.alkmaar.wijkaanzet.standalone.web.";
    expected.put("/health", own + "HealthServlet");
    expected.put("/favicon.ico", own + "FaviconServlet");
    expected.put(StaffSecurity.LOGOUT_PATH, own + "LogoutServlet");
    expected.put("/.resources/*", own + "WebResourceServlet");
    expected.put("/", own + "PageServlet");

    try (StandaloneHost host = TestHosts.start(data, "2024-04-10T12:00:00Z")) {
      assertEquals(expected, host.servletsByPath());
    }
  }
}
