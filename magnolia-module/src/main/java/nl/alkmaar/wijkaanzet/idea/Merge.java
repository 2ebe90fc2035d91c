package nl.alkmaar.wijkaanzet.idea;

import java.time.Instant;
import java.util.List;
import nl.alkmaar.wijkaanzet.notify.OutboxMessage;

/**
 * One merge: {@code sources} go into {@code target}, which keeps its text (a moderator who wants it
 * to cover all points corrects it afterwards, and that correction is in the history). {@code
 * messages} (the mails to the sources' submitters) are saved with the merge.
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
}
