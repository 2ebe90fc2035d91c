package nl.alkmaar.wijkaanzet.campaign;

import java.time.Clock;

/**
 * The active campaign of this installation. It is read from the store once and kept, because
 * every page and API call needs it and it changes only when the configuration is imported.
 */
public final class CampaignService {

  private final CampaignStore store;
  private final Clock clock;
  private volatile Campaign active;

  public CampaignService(CampaignStore store, Clock clock, Campaign active) {
    this.store = store;
    this.clock = clock;
    this.active = active;
  }

  /**
   * Stores the configured campaign. With {@code overwrite} false a campaign already in the
   * repository wins, so edits made there survive a restart.
   */
  public static CampaignService start(CampaignStore store, Clock clock, Campaign configured, boolean overwrite) {
    if (overwrite || store.load(configured.id()).isEmpty()) {
      store.save(configured);
    }
    Campaign stored = store.load(configured.id()).orElseThrow();
    return new CampaignService(store, clock, stored);
  }

  public Campaign active() {
    return active;
  }

  public CampaignTimeline timeline() {
    return CampaignTimeline.of(active, clock);
  }

  public void replace(Campaign campaign) {
    store.save(campaign);
    active = store.load(campaign.id()).orElseThrow();
  }

  public Clock clock() {
    return clock;
  }
}
