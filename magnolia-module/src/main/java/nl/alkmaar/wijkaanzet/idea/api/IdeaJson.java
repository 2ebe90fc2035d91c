package nl.alkmaar.wijkaanzet.idea.api;

import java.time.Instant;
import nl.alkmaar.wijkaanzet.idea.Idea;

/**
 * The public JSON of a point. Built field by field from the public part only, so personal data
 * (kept apart anyway) and statistics fields (channel, age group) never leave the server here.
 */
public record IdeaJson(
    String id,
    String reference,
    String wijk,
    String title,
    String description,
    String category,
    String location,
    String status,
    Instant submittedAt,
    String photo,
    String thumbnail) {

  /**
   * @param api an API path made into an address of this campaign ({@code WebProtection#api}), for
   *     the photo addresses
   */
  public static IdeaJson of(Idea idea, java.util.function.UnaryOperator<String> api) {
    String photo = idea.hasPhoto() ? api.apply("/ideas/" + idea.id() + "/photo") : null;
    return new IdeaJson(
        idea.id(),
        idea.reference(),
        idea.wijk(),
        idea.title(),
        idea.description(),
        idea.category(),
        idea.location(),
        idea.status().name(),
        idea.submittedAt(),
        photo,
        photo == null ? null : api.apply("/ideas/" + idea.id() + "/photo/thumbnail"));
  }
}
