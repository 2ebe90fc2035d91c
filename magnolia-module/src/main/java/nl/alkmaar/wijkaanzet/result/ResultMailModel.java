package nl.alkmaar.wijkaanzet.result;

import java.util.HashMap;
import java.util.Map;
import nl.alkmaar.wijkaanzet.campaign.Campaign;
import nl.alkmaar.wijkaanzet.review.Verdict;

/**
 * What the result mail says about a point: only what the municipality wrote (the verdict and its
 * explanation) and the facts (wijk, reference, votes, chosen or not), never the resident's own
 * text.
 */
final class ResultMailModel {

  private ResultMailModel() {}

  /**
   * @param reference the reference of the point the resident sent (a merged one keeps its own)
   * @param merged whether the resident's point was merged into {@code point}
   */
  static Map<String, Object> of(
      Campaign campaign,
      PublishedResults.Wijk wijk,
      PublishedResults.Point point,
      String reference,
      boolean merged) {
    Map<String, Object> model = new HashMap<>();
    model.put("wijk", wijk.name());
    model.put("reference", reference);
    model.put("merged", merged);
    model.put("mergedInto", point.reference());
    model.put("votes", point.votes());
    model.put("chosen", point.standing() == Standing.CHOSEN);
    model.put("standing", point.standing().id());
    model.put(
        "verdict",
        point.verdict() == null
            ? ""
            : Verdict.byId(point.verdict()).map(Verdict::label).orElse(""));
    model.put("verdictId", point.verdict() == null ? "" : point.verdict());
    model.put("motivation", point.motivation());
    model.put("link", campaign.website() == null ? "" : campaign.website());
    return model;
  }
}
