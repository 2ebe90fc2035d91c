package nl.alkmaar.wijkaanzet.web;

import java.util.List;
import java.util.Map;
import nl.alkmaar.wijkaanzet.WijkAanZetRuntime;
import nl.alkmaar.wijkaanzet.idea.IdeaModeration;
import nl.alkmaar.wijkaanzet.idea.IdeaText;
import nl.alkmaar.wijkaanzet.idea.IdeaVersion;
import nl.alkmaar.wijkaanzet.idea.ModeratedIdea;
import nl.alkmaar.wijkaanzet.idea.ModerationAction;

/**
 * Turns the fields of a moderation request (JSON or a form from the moderation screens) into the
 * call on {@link IdeaModeration}, so the API and the screens accept exactly the same input.
 */
public final class ModerationRequests {

  private ModerationRequests() {}

  public static ModeratedIdea apply(
      WijkAanZetRuntime runtime,
      String id,
      long version,
      ModerationAction action,
      Map<String, String> fields,
      String moderator) {
    IdeaModeration moderation = runtime.moderation();
    return switch (action) {
      case PUBLISH, WITHDRAW -> moderation.act(id, version, action, moderator);
      case REJECT ->
          moderation.reject(
              id, version, moderator, fields.get("reason"), fields.get("explanation"));
      case FORWARD -> moderation.forward(id, version, moderator);
      case EDIT -> moderation.correct(id, version, moderator, text(fields));
      case UNDO_MERGE -> moderation.undoMerge(id, version, moderator);
      case MERGE -> {
        String into = fields.get("into");
        if (into == null || into.isBlank()) {
          throw new ProblemException(
              Problem.of(400, "Met welk punt?", "Kies het punt waarmee u dit punt samenvoegt."));
        }
        yield moderation.merge(
            new IdeaVersion(into.strip(), ModerationServlet.version(fields.get("intoVersion"))),
            List.of(new IdeaVersion(id, version)),
            null,
            moderator);
      }
    };
  }

  public static IdeaText text(Map<String, String> fields) {
    return new IdeaText(
        fields.get("title"),
        fields.get("description"),
        fields.get("location"),
        fields.get("category"));
  }
}
