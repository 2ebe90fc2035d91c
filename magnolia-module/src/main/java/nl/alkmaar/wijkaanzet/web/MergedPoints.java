package nl.alkmaar.wijkaanzet.web;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import nl.alkmaar.wijkaanzet.WijkAanZetRuntime;
import nl.alkmaar.wijkaanzet.campaign.Campaign;
import nl.alkmaar.wijkaanzet.idea.IdeaStatus;
import nl.alkmaar.wijkaanzet.idea.ModeratedIdea;

/** Where a merged point's public address leads: the public point it (in the end) became part of. */
final class MergedPoints {

  private MergedPoints() {}

  /**
   * The id of the public point {@code id} was merged into, following merges of merges; empty if
   * {@code id} is not merged or its target is not public.
   */
  static Optional<String> publicTarget(WijkAanZetRuntime runtime, Campaign campaign, String id) {
    Set<String> seen = new HashSet<>();
    Optional<ModeratedIdea> current = runtime.ideas().forModeration(campaign.id(), id);
    while (current.isPresent()
        && current.get().idea().status() == IdeaStatus.SAMENGEVOEGD
        && current.get().mergedInto() != null
        && seen.add(current.get().idea().id())) {
      current = runtime.ideas().forModeration(campaign.id(), current.get().mergedInto());
    }
    return current
        .filter(found -> !found.idea().id().equals(id))
        .filter(found -> found.idea().status().isPublic())
        .map(found -> found.idea().id());
  }
}
