package nl.alkmaar.wijkaanzet.idea;

import java.time.Instant;
import java.util.List;
import nl.alkmaar.wijkaanzet.notify.OutboxMessage;

/**
 * One merge: {@code sources} go into {@code target}. {@code targetText} is the target's new text
 * when the moderator rewrote it to cover all points, else null. {@code messages} (the mails to the
 * sources' submitters) are saved with the merge.
 */
public record Merge(
    IdeaVersion target,
    List<IdeaVersion> sources,
    IdeaText targetText,
    Instant at,
    String moderator,
    List<OutboxMessage> messages) {

  public Merge {
    sources = List.copyOf(sources);
    messages = List.copyOf(messages);
  }
}
