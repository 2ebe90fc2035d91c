package nl.alkmaar.wijkaanzet.settings;

import java.util.Map;

/**
 * What the campaign's settings are already used for, which decides what may still change: a wijk or
 * category that points were sent in for stays, the ballot's shape stays once someone voted, and the
 * size of the top stays once the results are out.
 */
public interface CampaignUse {

  /** Points stored per wijk id, in any status. */
  Map<String, Integer> pointsPerWijk();

  /** Points stored per category id, in any status. */
  Map<String, Integer> pointsPerCategory();

  /** Ballots stored, by every host of the store. */
  int ballots();

  boolean resultsPublished();
}
