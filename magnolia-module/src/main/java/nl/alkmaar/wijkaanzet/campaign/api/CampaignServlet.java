package nl.alkmaar.wijkaanzet.campaign.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.alkmaar.wijkaanzet.WijkAanZetRuntime;
import nl.alkmaar.wijkaanzet.module.ApiServlet;
import nl.alkmaar.wijkaanzet.web.Json;

/** {@code GET /api/campaign}: the campaign, its phases with dates and status, and the rules. */
public class CampaignServlet extends ApiServlet {

  @Override
  protected void get(
      HttpServletRequest request, HttpServletResponse response, WijkAanZetRuntime runtime)
      throws IOException {
    Json.write(
        response,
        200,
        CampaignJson.of(runtime.campaigns().active(), runtime.campaigns().timeline()));
  }
}
