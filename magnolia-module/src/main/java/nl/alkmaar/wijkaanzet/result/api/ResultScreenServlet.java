package nl.alkmaar.wijkaanzet.result.api;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.alkmaar.wijkaanzet.backoffice.ScreenPage;
import nl.alkmaar.wijkaanzet.backoffice.StaffScreenServlet;
import nl.alkmaar.wijkaanzet.campaign.Campaign;
import nl.alkmaar.wijkaanzet.idea.Idea;
import nl.alkmaar.wijkaanzet.result.PublishedResults;
import nl.alkmaar.wijkaanzet.result.RankedPoint;
import nl.alkmaar.wijkaanzet.result.Results;
import nl.alkmaar.wijkaanzet.result.ResultsNotReadyException;
import nl.alkmaar.wijkaanzet.result.WijkSelection;
import nl.alkmaar.wijkaanzet.user.UserIdentity;
import nl.alkmaar.wijkaanzet.web.screen.ScreenTemplates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The editors' results screen (role {@value UserIdentity#EDITOR}): per wijk the ranking as it would
 * be published now, equal votes at the edge of the top to choose from, the points still without a
 * verdict, and the button that publishes (after voting has closed). Mounted at {@code
 * /.wijkaanzet/uitslag} (app {@code apps/wijkaanzet-uitslag.yaml}) and {@code /uitslag} on the
 * standalone host.
 */
public class ResultScreenServlet extends StaffScreenServlet {

  private static final Logger LOG = LoggerFactory.getLogger(ResultScreenServlet.class);

  public ResultScreenServlet() {
    super(
        new Screen(
            "Uitslag",
            new ScreenTemplates("/nl/alkmaar/wijkaanzet/result/api"),
            Set.of(UserIdentity.EDITOR),
            "Log in als redacteur om deze pagina te zien.",
            "Alleen redacteuren kunnen de uitslag bekijken en publiceren."));
  }

  /** A tied point an editor chose: field {@code gelijk-<wijk>}, one value per point. */
  static final String TIE_FIELD = "gelijk-";

  @Override
  protected void get(ScreenPage page, UserIdentity user) throws IOException {
    if (page.path().length != 0) {
      notFound(page);
      return;
    }
    // The choices made at the last publication, so publishing again does not change them unseen.
    Map<String, Set<String>> earlier = new HashMap<>();
    page.runtime()
        .results()
        .published()
        .ifPresent(
            done -> done.tieBreaks().forEach((wijk, ids) -> earlier.put(wijk, Set.copyOf(ids))));
    show(page, earlier, Optional.empty(), 200);
  }

  @Override
  protected void post(ScreenPage page, UserIdentity editor) throws IOException {
    if (!"/publiceren".equals(page.request().getPathInfo())) {
      notFound(page);
      return;
    }
    if (!page.isGenuinePost(editor, "Er is niets gepubliceerd.")) {
      return;
    }
    Map<String, Set<String>> tieBreaks =
        tieBreaks(page.request(), page.runtime().campaigns().active());
    boolean confirmed = "ja".equals(page.request().getParameter("toch"));
    String seen = page.request().getParameter("stand");
    try {
      PublishedResults results =
          page.runtime()
              .results()
              .publish(editor.name(), tieBreaks, seen == null ? "" : seen, confirmed);
      LOG.info(
          "results of {} published by {} ({} wijken; ties decided: {})",
          results.campaignId(),
          editor.name(),
          results.wijken().size(),
          results.tieBreaks());
    } catch (ResultsNotReadyException e) {
      show(page, tieBreaks, Optional.of(e), e.confirmable() ? 400 : 409);
      return;
    }
    page.redirect("/?gepubliceerd=ja");
  }

  private static Map<String, Set<String>> tieBreaks(HttpServletRequest request, Campaign campaign) {
    Map<String, Set<String>> chosen = new HashMap<>();
    campaign
        .wijken()
        .forEach(
            wijk -> {
              String[] values = request.getParameterValues(TIE_FIELD + wijk.id());
              if (values != null) {
                chosen.put(wijk.id(), new HashSet<>(List.of(values)));
              }
            });
    return chosen;
  }

  private static void show(
      ScreenPage page,
      Map<String, Set<String>> tieBreaks,
      Optional<ResultsNotReadyException> refused,
      int status)
      throws IOException {
    Results results = page.runtime().results();
    Campaign campaign = page.runtime().campaigns().active();
    Map<String, Idea> ideas = new HashMap<>();
    campaign
        .wijken()
        .forEach(
            wijk ->
                page.runtime()
                    .ideas()
                    .published(campaign.id(), wijk.id())
                    .forEach(idea -> ideas.put(idea.id(), idea)));
    List<Map<String, Object>> wijken = new ArrayList<>();
    int undecided = 0;
    int unreviewed = 0;
    Results.Preview preview = results.preview(tieBreaks);
    for (WijkSelection selection : preview.wijken()) {
      List<Map<String, Object>> rows = new ArrayList<>();
      for (RankedPoint point : selection.points()) {
        Idea idea = ideas.get(point.ideaId());
        if (idea == null) {
          continue;
        }
        Map<String, Object> row = new HashMap<>();
        row.put("id", idea.id());
        row.put("reference", idea.reference());
        row.put("title", idea.title());
        row.put("votes", point.votes());
        row.put("rank", point.rank());
        row.put("standing", point.standing().label());
        row.put("standingId", point.standing().id());
        row.put("verdict", point.verdict().map(v -> v.label()).orElse("Nog niet beoordeeld"));
        row.put("tied", selection.tied().contains(idea.id()));
        row.put("picked", tieBreaks.getOrDefault(selection.wijk(), Set.of()).contains(idea.id()));
        rows.add(row);
      }
      Map<String, Object> wijk = new HashMap<>();
      wijk.put("id", selection.wijk());
      wijk.put("name", campaign.wijk(selection.wijk()).map(w -> w.name()).orElse(selection.wijk()));
      wijk.put("rows", rows);
      wijk.put("undecided", selection.undecided());
      // Shown also once decided, so the editor's choice goes along with every later post.
      wijk.put("tie", !selection.tied().isEmpty());
      wijk.put("seats", selection.seatsForTied());
      wijk.put("chosen", selection.chosen().size());
      wijk.put("unreviewed", selection.unreviewed().size());
      wijken.add(wijk);
      undecided += selection.undecided() ? 1 : 0;
      unreviewed += selection.unreviewed().size();
    }
    Map<String, Object> model = new HashMap<>();
    model.put("wijken", wijken);
    model.put("winners", campaign.rules().winnersPerWijk());
    model.put("nextMovesUp", campaign.rules().nextMovesUp());
    model.put("votingClosed", results.votingClosed());
    model.put("undecided", undecided);
    model.put("unreviewed", unreviewed);
    Optional<PublishedResults> published = results.published();
    model.put(
        "publishedAt",
        published.map(done -> ResultWords.moment(done.publishedAt(), campaign)).orElse(""));
    model.put(
        "justPublished",
        published.isPresent() && "ja".equals(page.request().getParameter("gepubliceerd")));
    model.putAll(
        ScreenPage.faults(refused.map(ResultsNotReadyException::faults).orElse(List.of())));
    model.put("missing", results.unreviewed(preview));
    model.put("stand", preview.fingerprint());
    String title = (refused.isPresent() ? "Fout: " : "") + "Uitslag";
    page.page("uitslag", title, model, status);
  }
}
