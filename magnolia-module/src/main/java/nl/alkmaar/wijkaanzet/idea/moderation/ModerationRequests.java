package nl.alkmaar.wijkaanzet.idea.moderation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.alkmaar.wijkaanzet.WijkAanZetRuntime;
import nl.alkmaar.wijkaanzet.idea.IdeaModeration;
import nl.alkmaar.wijkaanzet.idea.IdeaText;
import nl.alkmaar.wijkaanzet.idea.IdeaVersion;
import nl.alkmaar.wijkaanzet.idea.ModeratedIdea;
import nl.alkmaar.wijkaanzet.idea.ModerationAction;
import nl.alkmaar.wijkaanzet.web.Problem;
import nl.alkmaar.wijkaanzet.web.ProblemException;

/**
 * Turns the fields of a moderation request (JSON or a form from the moderation screens) into the
 * call on {@link IdeaModeration}, so the API and the screens accept exactly the same input.
 */
public final class ModerationRequests {

  /** The actions, by the Dutch word in their address. */
  private static final Map<String, ModerationAction> ACTIONS =
      Map.of(
          "publiceren", ModerationAction.PUBLISH,
          "terugtrekken", ModerationAction.WITHDRAW,
          "afwijzen", ModerationAction.REJECT,
          "doorsturen", ModerationAction.FORWARD,
          "samenvoegen", ModerationAction.MERGE,
          "samenvoegen-ongedaan-maken", ModerationAction.UNDO_MERGE,
          "verbeteren", ModerationAction.EDIT);

  private ModerationRequests() {}

  public static Optional<ModerationAction> action(String word) {
    return Optional.ofNullable(word == null ? null : ACTIONS.get(word));
  }

  /** The word in the address of {@code action}. */
  public static String word(ModerationAction action) {
    return ACTIONS.entrySet().stream()
        .filter(entry -> entry.getValue() == action)
        .map(Map.Entry::getKey)
        .findFirst()
        .orElseThrow();
  }

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
