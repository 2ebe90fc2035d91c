package nl.alkmaar.wijkaanzet.idea;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.alkmaar.wijkaanzet.campaign.Campaign;
import nl.alkmaar.wijkaanzet.campaign.CampaignService;
import nl.alkmaar.wijkaanzet.campaign.RejectionReason;
import nl.alkmaar.wijkaanzet.notify.MailTemplates;
import nl.alkmaar.wijkaanzet.notify.OutboxMessage;
import nl.alkmaar.wijkaanzet.notify.OutboxMessages;
import nl.alkmaar.wijkaanzet.validation.FieldError;
import nl.alkmaar.wijkaanzet.validation.InvalidInputException;

/**
 * What moderators do with points. Every action goes through {@link IdeaLifecycle} and the point's
 * version inside one save; actions that concern the submitter put their mail in the outbox in that
 * same save, so nobody is told something that did not happen.
 */
public final class IdeaModeration {

  public static final String REJECTION_MAIL = "afgewezen";
  static final int EXPLANATION_MAX = 1000;

  private final CampaignService campaigns;
  private final IdeaStore store;
  private final MailTemplates templates;
  private final OutboxMessages messages;
  private final Runnable mailNudge;
  private final Clock clock;

  public IdeaModeration(
      CampaignService campaigns,
      IdeaStore store,
      MailTemplates templates,
      OutboxMessages messages,
      Runnable mailNudge,
      Clock clock) {
    this.campaigns = campaigns;
    this.store = store;
    this.templates = templates;
    this.messages = messages;
    this.mailNudge = mailNudge;
    this.clock = clock;
  }

  /** Publishing and withdrawing: the point changes, nobody gets mail. */
  public ModeratedIdea act(String id, long version, ModerationAction action, String moderator) {
    return store.moderate(
        campaigns.active().id(),
        id,
        version,
        action,
        new AuditEntry(clock.instant(), moderator, action.dutch(), null),
        Optional.empty());
  }

  /**
   * Rejects with one of the campaign's reasons and an optional explanation; the submitter is told.
   */
  public ModeratedIdea reject(
      String id, long version, String moderator, String reasonId, String rawExplanation) {
    Campaign campaign = campaigns.active();
    String explanation = TextNormalizer.text(rawExplanation);
    RejectionReason reason = checkedReason(campaign, reasonId, explanation);
    ModeratedIdea current =
        store
            .forModeration(campaign.id(), id)
            .orElseThrow(() -> new IllegalArgumentException("no point " + id));
    Optional<OutboxMessage> mail =
        store
            .submitter(campaign.id(), id)
            .filter(submitter -> submitter.email() != null)
            .map(
                submitter ->
                    rejectionMail(campaign, current.idea(), submitter, reason, explanation));
    String detail = reason.id() + (explanation == null ? "" : ": " + explanation);
    ModeratedIdea result =
        store.moderate(
            campaign.id(),
            id,
            version,
            ModerationAction.REJECT,
            new AuditEntry(clock.instant(), moderator, ModerationAction.REJECT.dutch(), detail),
            mail);
    mailNudge.run();
    return result;
  }

  private static RejectionReason checkedReason(
      Campaign campaign, String reasonId, String explanation) {
    if (reasonId == null || reasonId.isBlank()) {
      throw new InvalidInputException(List.of(new FieldError("reason", "Kies een reden.")));
    }
    RejectionReason reason =
        campaign
            .rejectionReason(reasonId)
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        List.of(new FieldError("reason", "Kies een reden uit de lijst."))));
    if (explanation != null && explanation.length() > EXPLANATION_MAX) {
      throw new InvalidInputException(
          List.of(
              new FieldError(
                  "explanation",
                  "Maak de toelichting korter: hoogstens " + EXPLANATION_MAX + " tekens.")));
    }
    if (reason.id().equals("anders") && explanation == null) {
      throw new InvalidInputException(
          List.of(new FieldError("explanation", "Schrijf op waarom, want u koos 'anders'.")));
    }
    return reason;
  }

  private OutboxMessage rejectionMail(
      Campaign campaign,
      Idea idea,
      Submitter submitter,
      RejectionReason reason,
      String explanation) {
    Map<String, Object> model =
        Map.of(
            "name", submitter.name() == null ? "" : submitter.name(),
            "title", idea.title(),
            "wijk", campaign.wijk(idea.wijk()).map(w -> w.name()).orElse(idea.wijk()),
            "reference", idea.reference(),
            "reason", reason.text(),
            "explanation", explanation == null ? "" : explanation,
            "link", campaign.website() == null ? "" : campaign.website());
    return messages.create(
        REJECTION_MAIL, submitter.email(), templates.render(REJECTION_MAIL, "nl", model));
  }
}
