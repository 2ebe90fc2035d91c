package nl.alkmaar.wijkaanzet.review;

import java.util.Map;
import java.util.Optional;

/** Where the verdicts of a campaign are kept (with the private data of the campaign). */
public interface ReviewStore {

  /** Stores the review of its point, replacing an earlier one, in one save. */
  void save(String campaignId, Review review);

  Optional<Review> find(String campaignId, String ideaId);

  /** Every review of the campaign by point id. */
  Map<String, Review> all(String campaignId);
}
