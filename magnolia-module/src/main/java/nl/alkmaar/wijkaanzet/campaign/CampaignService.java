package nl.alkmaar.wijkaanzet.campaign;

import java.time.Clock;

/**
 * The active campaign of this installation. It is read from the store once at start and kept,
 * because every page and API call needs it and it changes only when the configuration is imported.
 */
public final class CampaignService {

  private final Clock clock;
  private final Campaign active;

  public CampaignService(Clock clock, Campaign active) {
    this.clock = clock;
    this.active = active;
  }

  /**
   * Stores the configured campaign and serves what the store then holds. With {@code overwrite}
   * false a campaign already in the repository wins, so edits made there survive a restart.
   */
  public static CampaignService start(
      CampaignStore store, Clock clock, Campaign configured, boolean overwrite) {
    if (overwrite || store.load(configured.id()).isEmpty()) {
      store.save(configured);
    }
    return new CampaignService(clock, store.load(configured.id()).orElseThrow());
  }

  public Campaign active() {
    return active;
  }

  public CampaignTimeline timeline() {
    return CampaignTimeline.of(active, clock);
  }
}
