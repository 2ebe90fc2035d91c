package nl.alkmaar.wijkaanzet.idea;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.alkmaar.wijkaanzet.notify.OutboxMessage;

/**
 * One merge: {@code sources} go into {@code target}, which keeps its text (a moderator who wants it
 * to cover all points corrects it afterwards, and that correction is in the history). {@code
 * messages} (the mails to the sources' submitters) are saved with the merge. The store reads the
 * points inside its save and lets {@link #decide} say what becomes of them; it only maps nodes.
 */
public record Merge(
    IdeaVersion target,
    List<IdeaVersion> sources,
    Instant at,
    String moderator,
    List<OutboxMessage> messages) {

  public Merge {
    sources = List.copyOf(sources);
    messages = List.copyOf(messages);
  }

  /** What becomes of one source: its new status, the status to give back on undo, its history. */
  public record MergedSource(String id, IdeaStatus status, IdeaStatus before, AuditEntry entry) {}

  /** Everything a merge writes: the sources, the target's new list of sources and its history. */
  public record Change(
      List<MergedSource> sources, List<String> targetMergedFrom, AuditEntry entry) {

    public Change {
      sources = List.copyOf(sources);
      targetMergedFrom = List.copyOf(targetMergedFrom);
    }
  }

  /**
   * Checks {@link MergeRules} on the points as stored and says what the merge writes.
   *
   * @param sourceIdeas the stored sources, in the order of {@link #sources()}
   */
  public Change decide(ModeratedIdea targetIdea, List<ModeratedIdea> sourceIdeas) {
    MergeRules.check(targetIdea, sourceIdeas);
    String targetReference = targetIdea.idea().reference();
    List<String> from = new ArrayList<>(targetIdea.mergedFrom());
    List<MergedSource> merged = new ArrayList<>();
    for (ModeratedIdea source : sourceIdeas) {
      IdeaStatus was = source.idea().status();
      merged.add(
          new MergedSource(
              source.idea().id(),
              IdeaLifecycle.next(was, ModerationAction.MERGE, Optional.empty()),
              was,
              entry("samengevoegd met " + targetReference)));
      if (!from.contains(source.idea().id())) {
        from.add(source.idea().id());
      }
    }
    String references =
        sourceIdeas.stream()
            .map(point -> point.idea().reference())
            .collect(Collectors.joining(", "));
    return new Change(merged, from, entry(references + " samengevoegd in dit punt"));
  }

  private AuditEntry entry(String detail) {
    return new AuditEntry(at, moderator, ModerationAction.MERGE.dutch(), detail);
  }
}
