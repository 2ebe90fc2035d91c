package nl.alkmaar.wijkaanzet;

import java.util.List;
import java.util.Optional;

/**
 * The campaigns a host runs at the same time, each with a runtime of its own (ballot writer,
 * outbox, tallies): the wijk campaign and, beside it, e.g. the village track with a dorpsagenda per
 * dorp. The first is the main campaign, the one every address means without {@code ?campagne=}.
 * They share the repository, the web protections and the staff logins.
 */
public record CampaignRuntimes(List<WijkAanZetRuntime> all) {

  public CampaignRuntimes {
    if (all.isEmpty()) {
      throw new IllegalArgumentException("a host runs at least one campaign");
    }
    all = List.copyOf(all);
  }

  public static CampaignRuntimes of(WijkAanZetRuntime only) {
    return new CampaignRuntimes(List.of(only));
  }

  public WijkAanZetRuntime main() {
    return all.get(0);
  }

  /** The running campaign with this id. */
  public Optional<WijkAanZetRuntime> find(String campaignId) {
    if (campaignId == null || campaignId.isBlank()) {
      return Optional.empty();
    }
    String id = campaignId.strip();
    return all.stream().filter(runtime -> runtime.campaigns().active().id().equals(id)).findFirst();
  }

  /** The running campaign with this id, or the main one (an empty or unknown id). */
  public WijkAanZetRuntime chosen(String campaignId) {
    return find(campaignId).orElse(main());
  }

  /** Stops every campaign's background work (before the repository closes). */
  public void close() {
    for (WijkAanZetRuntime runtime : all) {
      runtime.stop();
    }
  }
}
