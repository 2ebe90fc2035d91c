package nl.alkmaar.wijkaanzet.campaign.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import nl.alkmaar.wijkaanzet.WijkAanZetRuntime;
import nl.alkmaar.wijkaanzet.campaign.Campaign;
import nl.alkmaar.wijkaanzet.campaign.CampaignTimeline;
import nl.alkmaar.wijkaanzet.module.ApiServlet;
import nl.alkmaar.wijkaanzet.web.Json;
import nl.alkmaar.wijkaanzet.web.Problem;
import nl.alkmaar.wijkaanzet.web.ProblemException;

/**
 * {@code GET /api/campaign}: the campaign, its phases with dates and status, the rules, and the ids
 * of the other editions this host keeps; {@code ?campagne=<id>} gives one of those.
 */
public class CampaignServlet extends ApiServlet {

  @Override
  protected void get(
      HttpServletRequest request, HttpServletResponse response, WijkAanZetRuntime runtime)
      throws IOException {
    Campaign campaign =
        runtime
            .campaigns()
            .editionOrActive(request.getParameter(CAMPAIGN_PARAMETER))
            .orElseThrow(() -> new ProblemException(Problem.unknownCampaign()));
    List<String> editions = new java.util.ArrayList<>(runtime.campaigns().archive());
    editions.add(runtime.campaigns().active().id());
    editions.remove(campaign.id());
    Json.write(
        response,
        200,
        CampaignJson.of(campaign, CampaignTimeline.of(campaign, runtime.clock()))
            .withEditions(editions.stream().sorted().toList()));
  }
}
