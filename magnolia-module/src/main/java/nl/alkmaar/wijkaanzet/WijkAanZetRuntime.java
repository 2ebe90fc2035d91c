package nl.alkmaar.wijkaanzet;

import java.time.Clock;
import nl.alkmaar.wijkaanzet.campaign.CampaignService;
import nl.alkmaar.wijkaanzet.execution.ExecutionTracking;
import nl.alkmaar.wijkaanzet.export.CouncilExport;
import nl.alkmaar.wijkaanzet.follow.Following;
import nl.alkmaar.wijkaanzet.idea.IdeaModeration;
import nl.alkmaar.wijkaanzet.idea.IdeaStore;
import nl.alkmaar.wijkaanzet.idea.IdeaSubmission;
import nl.alkmaar.wijkaanzet.idea.SimilarIdeas;
import nl.alkmaar.wijkaanzet.jcr.JcrSessions;
import nl.alkmaar.wijkaanzet.notify.JcrOutbox;
import nl.alkmaar.wijkaanzet.notify.OutboxDispatcher;
import nl.alkmaar.wijkaanzet.result.Results;
import nl.alkmaar.wijkaanzet.retention.AfterCampaign;
import nl.alkmaar.wijkaanzet.review.FeasibilityReview;
import nl.alkmaar.wijkaanzet.settings.CampaignSettings;
import nl.alkmaar.wijkaanzet.user.CurrentUser;
import nl.alkmaar.wijkaanzet.vote.Voting;
import nl.alkmaar.wijkaanzet.web.WebProtection;

/**
 * Everything the module's servlets and template functions share, wired once per host; {@code role}
 * says which of the module's duties this host takes on. Features that send mail enqueue on {@code
 * outbox} inside their own write and then call {@code mail.wakeUp()}. {@code campaignFromFile}: a
 * configuration file replaces the stored campaign when the file changed (editors are told). The
 * host closes {@code mail} and {@code voting} (its ballot writer) before the repository.
 */
public record WijkAanZetRuntime(
    HostRole role,
    Clock clock,
    JcrSessions sessions,
    CurrentUser currentUser,
    CampaignService campaigns,
    CampaignSettings campaignSettings,
    boolean campaignFromFile,
    IdeaStore ideas,
    IdeaSubmission submissions,
    IdeaModeration moderation,
    SimilarIdeas similar,
    Voting voting,
    FeasibilityReview feasibility,
    Results results,
    CouncilExport export,
    ExecutionTracking execution,
    Following following,
    AfterCampaign afterCampaign,
    WebProtection web,
    JcrOutbox outbox,
    OutboxDispatcher mail) {

  /**
   * Stops what runs in the background: the mail dispatcher, the ballot writer and the published
   * points' watch on the repository. Before the repository closes.
   */
  public void stop() {
    mail.close();
    voting.close();
    ideas.close();
  }

  /** Whether {@code id} names this campaign or an earlier edition kept in the repository. */
  public boolean hasEdition(String id) {
    return id != null && campaigns.edition(id.strip()).isPresent();
  }

  /** Whether {@code id} names a wijk of the active campaign (null: no). */
  public boolean hasWijk(String id) {
    return id != null && campaigns.active().wijk(id).isPresent();
  }
}
