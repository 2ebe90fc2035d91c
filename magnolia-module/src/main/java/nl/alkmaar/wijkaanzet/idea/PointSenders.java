package nl.alkmaar.wijkaanzet.idea;

import java.util.ArrayList;
import java.util.List;

/**
 * The people to tell about a point: who sent it in and who sent in a point that was merged into it,
 * each with the reference of their own point, if they left an e-mail address.
 */
public final class PointSenders {

  private PointSenders() {}

  /** One person behind a point, with the point they sent in. */
  public record Sender(String ideaId, String reference, Submitter submitter) {}

  public static List<Sender> of(IdeaStore ideas, String campaignId, String pointId) {
    List<String> ids = new ArrayList<>();
    ids.add(pointId);
    ideas.forModeration(campaignId, pointId).ifPresent(point -> ids.addAll(point.mergedFrom()));
    List<Sender> senders = new ArrayList<>();
    for (String id : ids) {
      String reference = ideas.find(campaignId, id).map(Idea::reference).orElse(null);
      ideas
          .submitter(campaignId, id)
          .filter(submitter -> submitter.email() != null && !submitter.email().isBlank())
          .filter(submitter -> reference != null)
          .ifPresent(submitter -> senders.add(new Sender(id, reference, submitter)));
    }
    return senders;
  }
}
