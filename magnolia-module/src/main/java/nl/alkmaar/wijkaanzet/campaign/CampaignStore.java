package nl.alkmaar.wijkaanzet.campaign;

import java.util.Optional;

/** Where campaign configuration is kept (the {@code wijkaanzet} workspace in both hosts). */
public interface CampaignStore {

  /** Creates or updates the campaign; wijk content stored below it (ideas) is kept. */
  void save(Campaign campaign);

  Optional<Campaign> load(String campaignId);
}
