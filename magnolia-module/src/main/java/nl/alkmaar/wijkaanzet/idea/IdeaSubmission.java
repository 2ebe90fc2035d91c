package nl.alkmaar.wijkaanzet.idea;

import java.time.Clock;
import java.util.List;
import nl.alkmaar.wijkaanzet.campaign.Campaign;
import nl.alkmaar.wijkaanzet.campaign.CampaignService;
import nl.alkmaar.wijkaanzet.validation.FieldError;
import nl.alkmaar.wijkaanzet.validation.InvalidInputException;

/**
 * Accepts a verbeterpunt: the submission window must be open, every field valid, and then the
 * point, its submitter and the first history entry are stored together. A point arrives as {@link
 * IdeaStatus#INGEDIEND}; moderators publish it.
 */
public final class IdeaSubmission {

  private final CampaignService campaigns;
  private final IdeaStore store;
  private final ReferenceGenerator references;
  private final Clock clock;

  public IdeaSubmission(
      CampaignService campaigns, IdeaStore store, ReferenceGenerator references, Clock clock) {
    this.campaigns = campaigns;
    this.store = store;
    this.references = references;
    this.clock = clock;
  }

  public SubmissionWindow window() {
    return SubmissionWindow.of(campaigns.timeline());
  }

  /**
   * @param actor {@link AuditEntry#RESIDENT}, or the user name of the staff member who entered it
   */
  public Idea submit(SubmissionForm raw, Channel channel, String actor) {
    window().requireOpen();
    Campaign campaign = campaigns.active();
    SubmissionForm form = raw.normalized();
    List<FieldError> errors = new SubmissionValidator(campaign).problems(form, channel);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    String reference = references.next();
    Idea idea =
        new Idea(
            ReferenceGenerator.idOf(reference),
            reference,
            campaign.id(),
            form.wijk(),
            form.title(),
            form.description(),
            form.category(),
            form.location(),
            IdeaStatus.INGEDIEND,
            channel,
            form.ageGroup() == null ? null : AgeGroup.byId(form.ageGroup()).orElseThrow(),
            clock.instant());
    Submitter submitter = new Submitter(form.name(), form.email(), idea.submittedAt());
    String how = channel.isAssisted() ? "ingevoerd via " + channel.id() : "online ingediend";
    store.create(idea, submitter, new AuditEntry(idea.submittedAt(), actor, "ingediend", how));
    return idea;
  }
}
