package nl.alkmaar.wijkaanzet.settings;

import java.util.HashMap;
import java.util.Map;
import nl.alkmaar.wijkaanzet.campaign.CampaignService;
import nl.alkmaar.wijkaanzet.campaign.Wijk;
import nl.alkmaar.wijkaanzet.idea.IdeaStore;
import nl.alkmaar.wijkaanzet.idea.ModeratedIdea;
import nl.alkmaar.wijkaanzet.result.Results;
import nl.alkmaar.wijkaanzet.vote.Voting;

/**
 * What the campaign is used for, read from the stores when an editor opens or saves the settings
 * (not on residents' pages): points of every status, ballots of every host.
 */
public final class StoredCampaignUse implements CampaignUse {

  private final CampaignService campaigns;
  private final IdeaStore ideas;
  private final Voting voting;
  private final Results results;

  public StoredCampaignUse(
      CampaignService campaigns, IdeaStore ideas, Voting voting, Results results) {
    this.campaigns = campaigns;
    this.ideas = ideas;
    this.voting = voting;
    this.results = results;
  }

  @Override
  public Map<String, Integer> pointsPerWijk() {
    Map<String, Integer> points = new HashMap<>();
    ideas
        .statusCounts(campaigns.active().id())
        .forEach(
            (wijk, counts) ->
                points.put(wijk, counts.values().stream().mapToInt(Integer::intValue).sum()));
    return points;
  }

  @Override
  public Map<String, Integer> pointsPerCategory() {
    String campaignId = campaigns.active().id();
    Map<String, Integer> points = new HashMap<>();
    for (Wijk wijk : campaigns.active().wijken()) {
      for (ModeratedIdea idea : ideas.inWijk(campaignId, wijk.id())) {
        points.merge(idea.idea().category(), 1, Integer::sum);
      }
    }
    return points;
  }

  @Override
  public int ballots() {
    return voting.storedNow().byWay().values().stream().mapToInt(Integer::intValue).sum();
  }

  @Override
  public boolean resultsPublished() {
    return results.published().isPresent();
  }
}
