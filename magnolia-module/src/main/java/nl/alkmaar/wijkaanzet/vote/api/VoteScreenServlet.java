package nl.alkmaar.wijkaanzet.vote.api;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.alkmaar.wijkaanzet.backoffice.ScreenPage;
import nl.alkmaar.wijkaanzet.backoffice.StaffScreenServlet;
import nl.alkmaar.wijkaanzet.campaign.Campaign;
import nl.alkmaar.wijkaanzet.campaign.Wijk;
import nl.alkmaar.wijkaanzet.user.UserIdentity;
import nl.alkmaar.wijkaanzet.validation.FieldError;
import nl.alkmaar.wijkaanzet.validation.InvalidInputException;
import nl.alkmaar.wijkaanzet.vote.Recount;
import nl.alkmaar.wijkaanzet.vote.Voting;
import nl.alkmaar.wijkaanzet.web.screen.ScreenTemplates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The editors' voting screen (role {@value UserIdentity#EDITOR}, on the host that moderates): per
 * wijk the letter codes issued and the ballots counted, a form that makes letter codes and answers
 * them as a CSV download for the mail merge, and a recount of every stored ballot against the live
 * tallies ({@code ?hertellen=ja}, read-only). Shown inside Magnolia's embedded-page app ({@code
 * apps/wijkaanzet-stemmen.yaml}).
 */
public class VoteScreenServlet extends StaffScreenServlet {

  private static final Logger LOG = LoggerFactory.getLogger(VoteScreenServlet.class);

  public VoteScreenServlet() {
    super(
        new Screen(
            "Stemmen",
            new ScreenTemplates("/nl/alkmaar/wijkaanzet/vote/api"),
            Set.of(UserIdentity.EDITOR),
            "Log in als redacteur om deze pagina te zien.",
            "Alleen redacteuren kunnen stemcodes maken en hertellen."));
  }

  @Override
  protected void get(ScreenPage page, UserIdentity user) throws IOException {
    if (page.path().length == 0) {
      overview(page, Map.of(), List.of(), "ja".equals(page.request().getParameter("hertellen")));
    } else {
      notFound(page);
    }
  }

  @Override
  protected void post(ScreenPage page, UserIdentity editor) throws IOException {
    if (!"/codes".equals(page.request().getPathInfo())) {
      notFound(page);
      return;
    }
    if (!page.isGenuinePost(editor, "Er zijn geen stemcodes gemaakt.")) {
      return;
    }
    HttpServletRequest request = page.request();
    String wijk = request.getParameter("wijk");
    String typed = request.getParameter("aantal");
    Map<String, String> posted = new HashMap<>();
    posted.put("wijk", wijk == null ? "" : wijk);
    posted.put("aantal", typed == null ? "" : typed);
    List<String> codes;
    try {
      codes = page.runtime().voting().issueCodes(wijk, LetterCodeRequest.count(typed));
    } catch (InvalidInputException e) {
      overview(page, posted, e.errors(), false);
      return;
    }
    // Who made how many, for the audit; never the codes themselves.
    LOG.info("{} letter codes issued for wijk {} by {}", codes.size(), wijk, editor.name());
    LetterCodeRequest.sendCsv(page.response(), wijk, codes);
  }

  private static void overview(
      ScreenPage page, Map<String, String> posted, List<FieldError> errors, boolean recount)
      throws IOException {
    Campaign campaign = page.runtime().campaigns().active();
    Voting voting = page.runtime().voting();
    Map<String, Integer> codes = voting.issuedCodes();
    List<Map<String, Object>> rows = new ArrayList<>();
    int totalCodes = 0;
    int totalBallots = 0;
    for (Wijk wijk : campaign.wijken()) {
      int issued = codes.getOrDefault(wijk.id(), 0);
      // From the box: on Magnolia's author, residents vote on the public instances.
      int ballots = voting.stored().tally(wijk.id()).ballots();
      rows.add(Map.of("id", wijk.id(), "name", wijk.name(), "codes", issued, "ballots", ballots));
      totalCodes += issued;
      totalBallots += ballots;
    }
    Map<String, Object> model = new HashMap<>();
    model.put("open", voting.window().open());
    model.put("window", voting.window().explanation());
    model.put("rows", rows);
    model.put("totalCodes", totalCodes);
    model.put("totalBallots", totalBallots);
    model.put("posted", posted);
    model.putAll(ScreenPage.faults(errors));
    model.put("recount", recount ? recountModel(voting.recount()) : Map.of());
    String title = (errors.isEmpty() ? "" : "Fout: ") + "Stemmen beheren";
    page.page("stembeheer", title, model, errors.isEmpty() ? 200 : 400);
  }

  private static Map<String, Object> recountModel(Recount recount) {
    // Maps, not records: Magnolia's FreeMarker does not read record components.
    return Map.of(
        "ballots", recount.ballots(),
        "agrees", recount.agrees(),
        "differences", recount.differences());
  }
}
