package nl.alkmaar.wijkaanzet.result.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.alkmaar.wijkaanzet.WijkAanZetRuntime;
import nl.alkmaar.wijkaanzet.campaign.Campaign;
import nl.alkmaar.wijkaanzet.module.ApiServlet;
import nl.alkmaar.wijkaanzet.result.PublishedResults;
import nl.alkmaar.wijkaanzet.review.Verdict;
import nl.alkmaar.wijkaanzet.web.Json;
import nl.alkmaar.wijkaanzet.web.Problem;
import nl.alkmaar.wijkaanzet.web.ProblemException;

/**
 * {@code GET /api/results?wijk=…}: the published ranking of one wijk (votes, rank, verdict and its
 * explanation, whether chosen); {@code GET /api/results}: every wijk with its turnout and chosen
 * points. Both answer 404 problem+json until the editor publishes the campaign's results. Public
 * facts only, readable from other sites.
 */
public class ResultsServlet extends ApiServlet {

  @Override
  protected void get(
      HttpServletRequest request, HttpServletResponse response, WijkAanZetRuntime runtime)
      throws IOException {
    response.setHeader("Access-Control-Allow-Origin", "*");
    Campaign campaign =
        runtime
            .campaigns()
            .editionOrActive(request.getParameter(CAMPAIGN_PARAMETER))
            .orElseThrow(() -> new ProblemException(Problem.unknownCampaign()));
    boolean one = request.getParameter("wijk") != null;
    String wijk = one ? wijkParameter(request, id -> campaign.wijk(id).isPresent()) : null;
    PublishedResults results =
        runtime
            .results()
            .published(campaign.id())
            .orElseThrow(
                () ->
                    new ProblemException(
                        Problem.of(
                            404,
                            "Nog geen uitslag",
                            "De gemeente maakt de uitslag bekend nadat het stemmen is gesloten en"
                                + " de punten zijn beoordeeld.")));
    response.setHeader("Cache-Control", "public, max-age=30");
    if (one) {
      // A wijk added to the campaign after the publication has no results.
      PublishedResults.Wijk published =
          results
              .wijk(wijk)
              .orElseThrow(
                  () ->
                      new ProblemException(
                          Problem.of(
                              404,
                              "Geen uitslag voor deze wijk",
                              "In de uitslag die de gemeente bekendmaakte staat deze wijk niet.")));
      Json.write(response, 200, wijkJson(results, published));
    } else {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("campaign", results.campaignId());
      body.put("publishedAt", results.publishedAt().toString());
      body.put(
          "wijken",
          results.wijken().stream()
              .map(
                  each -> {
                    Map<String, Object> row = summary(each);
                    row.put(
                        "chosen",
                        each.chosen().stream()
                            .map(
                                point ->
                                    Map.of(
                                        "id", point.id(),
                                        "reference", point.reference(),
                                        "title", point.title(),
                                        "votes", point.votes()))
                            .toList());
                    return row;
                  })
              .toList());
      Json.write(response, 200, body);
    }
  }

  static Map<String, Object> wijkJson(PublishedResults results, PublishedResults.Wijk wijk) {
    Map<String, Object> body = summary(wijk);
    body.put("campaign", results.campaignId());
    body.put("publishedAt", results.publishedAt().toString());
    body.put(
        "points",
        wijk.points().stream()
            .map(
                point -> {
                  Map<String, Object> row = new LinkedHashMap<>();
                  row.put("id", point.id());
                  row.put("reference", point.reference());
                  row.put("title", point.title());
                  row.put("category", point.category());
                  row.put("votes", point.votes());
                  row.put("rank", point.rank());
                  row.put(
                      "chosen", point.standing() == nl.alkmaar.wijkaanzet.result.Standing.CHOSEN);
                  row.put("standing", point.standing().id());
                  row.put("verdict", point.verdict());
                  row.put(
                      "verdictLabel",
                      point.verdict() == null
                          ? null
                          : Verdict.byId(point.verdict()).map(Verdict::label).orElse(null));
                  row.put("motivation", point.motivation());
                  return row;
                })
            .toList());
    return body;
  }

  private static Map<String, Object> summary(PublishedResults.Wijk wijk) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("wijk", wijk.id());
    row.put("name", wijk.name());
    row.put("ballots", wijk.ballots());
    row.put("residents", wijk.residents());
    row.put("turnoutPercent", wijk.turnoutPercent());
    return row;
  }
}
