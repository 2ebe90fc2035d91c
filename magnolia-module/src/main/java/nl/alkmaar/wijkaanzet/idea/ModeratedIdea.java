package nl.alkmaar.wijkaanzet.idea;

import java.util.List;

/**
 * A point as moderators see it: with the version they must send back with an action, so two
 * moderators working on the same point cannot overwrite each other unnoticed. {@code mergedInto} is
 * the id of the point this one was merged into (null unless SAMENGEVOEGD); {@code mergedFrom} the
 * ids merged into this one, whose submitters it now also speaks for.
 */
public record ModeratedIdea(Idea idea, long version, String mergedInto, List<String> mergedFrom) {

  public ModeratedIdea {
    mergedFrom = List.copyOf(mergedFrom);
  }

  public ModeratedIdea(Idea idea, long version) {
    this(idea, version, null, List.of());
  }
}
