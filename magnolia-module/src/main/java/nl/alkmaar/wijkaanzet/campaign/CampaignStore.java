package nl.alkmaar.wijkaanzet.campaign;

import java.util.Optional;

/** Where campaign configuration is kept (the {@code wijkaanzet} workspace in both hosts). */
public interface CampaignStore {

  /**
   * Creates or updates the campaign and raises its revision; wijk content stored below it (ideas)
   * is kept.
   */
  void save(Campaign campaign);

  /**
   * As {@link #save}, for a campaign read from a configuration file, remembering which content the
   * file had ({@code fileFingerprint}), so the next start can tell whether the file changed.
   */
  void importFile(Campaign campaign, String fileFingerprint);

  Optional<Campaign> load(String campaignId);

  /** The ids of every campaign stored, this year's and earlier editions. */
  java.util.List<String> ids();

  /** Raised by every save; 0 for a campaign that is not stored. Cheap: read on every host often. */
  long revision(String campaignId);

  /** The fingerprint of the file last imported, empty when none was or the store predates it. */
  Optional<String> importedFile(String campaignId);
}
