package nl.alkmaar.wijkaanzet.export.api;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.alkmaar.wijkaanzet.backoffice.ScreenPage;
import nl.alkmaar.wijkaanzet.backoffice.StaffScreenServlet;
import nl.alkmaar.wijkaanzet.export.Statistics;
import nl.alkmaar.wijkaanzet.user.UserIdentity;
import nl.alkmaar.wijkaanzet.web.screen.ScreenTemplates;

/**
 * The editors' statistics page (role {@value UserIdentity#EDITOR}): points received per wijk and
 * per channel, ballots per wijk with turnout and per way of voting, each as bars with the numbers
 * written out, and the downloads for the council. Mounted at {@code /.wijkaanzet/statistieken} (app
 * {@code apps/wijkaanzet-statistieken.yaml}) and {@code /statistieken} on the standalone host.
 */
public class StatisticsScreenServlet extends StaffScreenServlet {

  public StatisticsScreenServlet() {
    super(
        new Screen(
            "Statistieken",
            new ScreenTemplates("/nl/alkmaar/wijkaanzet/export/api"),
            Set.of(UserIdentity.EDITOR),
            "Log in als redacteur om deze pagina te zien.",
            "Alleen redacteuren kunnen de statistieken bekijken."));
  }

  @Override
  protected void get(ScreenPage page, UserIdentity user) throws IOException {
    if (page.path().length != 0) {
      notFound(page);
      return;
    }
    Statistics statistics = page.runtime().export().statistics();
    page.page(
        "statistieken",
        "Statistieken",
        Map.of(
            "points", statistics.points(),
            "pointsPerWijk", bars(statistics.pointsPerWijk()),
            "pointsPerChannel", bars(statistics.pointsPerChannel()),
            "ballots", statistics.ballots(),
            "ballotsPerWijk", bars(statistics.ballotsPerWijk()),
            "ballotsPerWay", bars(statistics.ballotsPerWay()),
            "api", page.request().getContextPath() + page.runtime().web().apiPath()),
        200);
  }

  @Override
  protected void post(ScreenPage page, UserIdentity user) throws IOException {
    page.response().setHeader("Allow", "GET, HEAD");
    page.message(405, "Dat kan hier niet", "Deze pagina kunt u alleen bekijken.");
  }

  /** Maps, not records: Magnolia's FreeMarker does not read record components. */
  private static List<Map<String, Object>> bars(List<Statistics.Bar> bars) {
    return bars.stream()
        .map(
            bar ->
                Map.<String, Object>of(
                    "label", bar.label(),
                    "count", bar.count(),
                    "note", bar.note(),
                    "percent", bar.percent()))
        .toList();
  }
}
