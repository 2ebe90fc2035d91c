package nl.alkmaar.wijkaanzet.idea;

import java.time.Instant;
import java.util.Optional;

/**
 * A moderator's correction of a point's text. Decided from the point as stored inside the save, so
 * the history keeps the text that was really replaced, even if someone corrected it a moment ago.
 */
public record Correction(IdeaText text, Instant at, String moderator) {

  /**
   * The history entry that keeps the old text.
   *
   * @throws IllegalTransitionException when the point's status allows no correction
   */
  public AuditEntry decide(ModeratedIdea current) {
    IdeaLifecycle.next(current.idea().status(), ModerationAction.EDIT, Optional.empty());
    return new AuditEntry(
        at,
        moderator,
        ModerationAction.EDIT.dutch(),
        "was: " + IdeaText.of(current.idea()).describe());
  }
}
