package nl.alkmaar.wijkaanzet.idea.moderation;

import java.time.Instant;
import java.util.List;
import nl.alkmaar.wijkaanzet.idea.Idea;
import nl.alkmaar.wijkaanzet.idea.ModeratedIdea;

/**
 * A point for moderators: all its own fields, its status, the version to send back, and its merge
 * links (the point it was merged into, the points merged into it).
 */
public record ModeratedIdeaJson(
    String id,
    String reference,
    String wijk,
    String title,
    String description,
    String category,
    String location,
    String status,
    String channel,
    Instant submittedAt,
    boolean hasPhoto,
    long version,
    String mergedInto,
    List<String> mergedFrom) {

  static ModeratedIdeaJson of(ModeratedIdea moderated) {
    Idea idea = moderated.idea();
    return new ModeratedIdeaJson(
        idea.id(),
        idea.reference(),
        idea.wijk(),
        idea.title(),
        idea.description(),
        idea.category(),
        idea.location(),
        idea.status().name(),
        idea.channel().id(),
        idea.submittedAt(),
        idea.hasPhoto(),
        moderated.version(),
        moderated.mergedInto(),
        moderated.mergedFrom());
  }
}
