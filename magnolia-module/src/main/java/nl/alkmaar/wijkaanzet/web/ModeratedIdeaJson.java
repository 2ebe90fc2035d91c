package nl.alkmaar.wijkaanzet.web;

import java.time.Instant;
import nl.alkmaar.wijkaanzet.idea.Idea;
import nl.alkmaar.wijkaanzet.idea.ModeratedIdea;

/** A point for moderators: all its own fields, its status and the version to send back. */
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
    long version) {

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
        moderated.version());
  }
}
