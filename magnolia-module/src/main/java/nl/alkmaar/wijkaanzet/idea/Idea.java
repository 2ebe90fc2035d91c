package nl.alkmaar.wijkaanzet.idea;

import java.time.Instant;

/**
 * A verbeterpunt: the public part only (personal data lives in {@link Submitter}, apart). {@code
 * reference} is what residents quote on the phone, {@code id} is its URL-safe form.
 */
public record Idea(
    String id,
    String reference,
    String campaignId,
    String wijk,
    String title,
    String description,
    String category,
    String location,
    IdeaStatus status,
    Channel channel,
    AgeGroup ageGroup,
    Instant submittedAt,
    boolean hasPhoto) {

  public Idea withStatus(IdeaStatus newStatus) {
    return new Idea(
        id,
        reference,
        campaignId,
        wijk,
        title,
        description,
        category,
        location,
        newStatus,
        channel,
        ageGroup,
        submittedAt,
        hasPhoto);
  }
}
