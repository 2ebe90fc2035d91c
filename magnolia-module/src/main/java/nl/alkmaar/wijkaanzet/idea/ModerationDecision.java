package nl.alkmaar.wijkaanzet.idea;

import java.util.List;
import java.util.Optional;
import nl.alkmaar.wijkaanzet.notify.OutboxMessage;

/**
 * What a moderation action makes of a point, decided from the point as it is stored at that moment
 * (inside the store's save, so nothing can change in between): the rules of {@link MergeRules} and
 * {@link IdeaLifecycle} say whether the action is allowed and which status follows; the history
 * entry and the mail go with it. Plain code: the store only reads and writes nodes.
 */
@FunctionalInterface
public interface ModerationDecision {

  /** The point as the decision sees it, with the status it had before it was merged, if it was. */
  record Current(ModeratedIdea point, Optional<IdeaStatus> beforeMerge) {}

  /** The change to write: the new status, the history entry and the messages for the outbox. */
  record Change(IdeaStatus status, AuditEntry entry, List<OutboxMessage> messages) {

    public Change {
      messages = List.copyOf(messages);
    }
  }

  /**
   * @throws IllegalTransitionException when the point's status or its merged points forbid it
   */
  Change decide(Current current);

  /**
   * The decision of a status action (publish, withdraw, reject, forward). Merging, undoing a merge
   * and correcting the text change more than a status and have methods of their own.
   */
  static ModerationDecision of(
      ModerationAction action, AuditEntry entry, List<OutboxMessage> messages) {
    if (action == ModerationAction.MERGE
        || action == ModerationAction.UNDO_MERGE
        || action == ModerationAction.EDIT) {
      throw new IllegalArgumentException(action + " has a method of its own");
    }
    return current -> {
      MergeRules.checkCarriesNoOthers(current.point(), action);
      IdeaStatus next =
          IdeaLifecycle.next(current.point().idea().status(), action, current.beforeMerge());
      return new Change(next, entry, messages);
    };
  }
}
