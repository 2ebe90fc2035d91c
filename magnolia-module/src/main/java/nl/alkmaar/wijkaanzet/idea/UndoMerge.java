package nl.alkmaar.wijkaanzet.idea;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Undoing a merge: the point gets back the status it had before and its target lets go of it. The
 * store reads both inside its save and lets {@link #decide} say what becomes of them.
 */
public record UndoMerge(AuditEntry entry) {

  /** What the target writes: its shorter list of sources and a line in its history. */
  public record Release(String targetId, List<String> mergedFrom, AuditEntry entry) {

    public Release {
      mergedFrom = List.copyOf(mergedFrom);
    }
  }

  /** The point's status back, its history entry, and the release of its target if that exists. */
  public record Change(IdeaStatus status, AuditEntry entry, Optional<Release> release) {}

  /**
   * @param target the point it was merged into, as stored (empty if it is gone)
   * @throws IllegalTransitionException when the point is not merged
   */
  public Change decide(ModerationDecision.Current current, Optional<ModeratedIdea> target) {
    IdeaStatus back =
        IdeaLifecycle.next(
            current.point().idea().status(), ModerationAction.UNDO_MERGE, current.beforeMerge());
    Optional<Release> release =
        target.map(
            into -> {
              List<String> from = new ArrayList<>(into.mergedFrom());
              from.remove(current.point().idea().id());
              return new Release(
                  into.idea().id(),
                  from,
                  new AuditEntry(
                      entry.at(),
                      entry.actor(),
                      entry.action(),
                      current.point().idea().reference() + " is weer een los punt"));
            });
    return new Change(back, entry, release);
  }
}
