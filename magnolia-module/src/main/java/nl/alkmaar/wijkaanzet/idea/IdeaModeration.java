package nl.alkmaar.wijkaanzet.idea;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.alkmaar.wijkaanzet.campaign.Campaign;
import nl.alkmaar.wijkaanzet.campaign.CampaignService;
import nl.alkmaar.wijkaanzet.campaign.Category;
import nl.alkmaar.wijkaanzet.campaign.RejectionReason;
import nl.alkmaar.wijkaanzet.campaign.Wijk;
import nl.alkmaar.wijkaanzet.forward.ForwardedReport;
import nl.alkmaar.wijkaanzet.forward.ForwardingChannel;
import nl.alkmaar.wijkaanzet.forward.ForwardingNotConfiguredException;
import nl.alkmaar.wijkaanzet.notify.MailTemplates;
import nl.alkmaar.wijkaanzet.notify.OutboxMessage;
import nl.alkmaar.wijkaanzet.notify.OutboxMessages;
import nl.alkmaar.wijkaanzet.validation.FieldError;
import nl.alkmaar.wijkaanzet.validation.InvalidInputException;

/**
 * What moderators do with points. Every action goes through {@link IdeaLifecycle} and the point's
 * version inside one save; actions that concern the submitter put their mail in the outbox in that
 * same save, so nobody is told something that did not happen, and the outbox sends it even after a
 * crash.
 */
public final class IdeaModeration {

  public static final String REJECTION_MAIL = "afgewezen";
  public static final String FORWARDED_MAIL = "doorgestuurd";
  public static final String MERGED_MAIL = "samengevoegd";
  static final int EXPLANATION_MAX = 1000;

  private final CampaignService campaigns;
  private final IdeaStore store;
  private final MailTemplates templates;
  private final OutboxMessages messages;
  private final Optional<ForwardingChannel> forwarding;
  private final Runnable mailNudge;
  private final Clock clock;

  public IdeaModeration(
      CampaignService campaigns,
      IdeaStore store,
      MailTemplates templates,
      OutboxMessages messages,
      Optional<ForwardingChannel> forwarding,
      Runnable mailNudge,
      Clock clock) {
    this.campaigns = campaigns;
    this.store = store;
    this.templates = templates;
    this.messages = messages;
    this.forwarding = forwarding;
    this.mailNudge = mailNudge;
    this.clock = clock;
  }

  /** Publishing and withdrawing: the point changes, nobody gets mail. */
  public ModeratedIdea act(String id, long version, ModerationAction action, String moderator) {
    if (action != ModerationAction.PUBLISH && action != ModerationAction.WITHDRAW) {
      throw new IllegalArgumentException(action + " needs its own method");
    }
    return store.moderate(
        campaigns.active().id(),
        id,
        version,
        ModerationDecision.of(action, entry(moderator, action, null), List.of()));
  }

  /** Where forwarded reports go, or empty when this server has no channel. */
  public Optional<String> forwardingDestination() {
    return forwarding.map(channel -> channel.organisation() + " (" + channel.route() + ")");
  }

  /**
   * Rejects with one of the campaign's reasons and an optional explanation; the submitter is told.
   */
  public ModeratedIdea reject(
      String id, long version, String moderator, String reasonId, String rawExplanation) {
    Campaign campaign = campaigns.active();
    String explanation = TextNormalizer.text(rawExplanation);
    RejectionReason reason = checkedReason(campaign, reasonId, explanation);
    Idea idea = current(campaign, id).idea();
    List<OutboxMessage> mail =
        mailToSubmitter(
            campaign,
            idea,
            REJECTION_MAIL,
            Map.of("reason", reason.text(), "explanation", explanation == null ? "" : explanation));
    String detail = reason.id() + (explanation == null ? "" : ": " + explanation);
    ModeratedIdea result =
        store.moderate(
            campaign.id(),
            id,
            version,
            ModerationDecision.of(
                ModerationAction.REJECT, entry(moderator, ModerationAction.REJECT, detail), mail));
    mailNudge.run();
    return result;
  }

  /**
   * Forwards a report about the public space to the configured organisation and tells the submitter
   * where it went; both messages are saved with the status change.
   *
   * @throws ForwardingNotConfiguredException when there is nowhere to send it; nothing changes
   */
  public ModeratedIdea forward(String id, long version, String moderator) {
    Campaign campaign = campaigns.active();
    Idea idea = current(campaign, id).idea();
    ForwardingChannel channel = forwarding.orElseThrow(ForwardingNotConfiguredException::new);
    List<OutboxMessage> outgoing = new ArrayList<>();
    outgoing.add(channel.message(report(campaign, idea)));
    outgoing.addAll(
        mailToSubmitter(
            campaign,
            idea,
            FORWARDED_MAIL,
            Map.of("organisation", channel.organisation(), "route", channel.route())));
    ModeratedIdea result =
        store.moderate(
            campaign.id(),
            id,
            version,
            ModerationDecision.of(
                ModerationAction.FORWARD,
                entry(
                    moderator,
                    ModerationAction.FORWARD,
                    "naar " + channel.organisation() + " " + channel.route()),
                outgoing));
    mailNudge.run();
    return result;
  }

  /**
   * Merges {@code sources} into {@code target}; each source's submitter gets a mail with a link.
   */
  public ModeratedIdea merge(IdeaVersion target, List<IdeaVersion> sources, String moderator) {
    Campaign campaign = campaigns.active();
    Idea targetIdea = current(campaign, target.id()).idea();
    // Only a public target has a place residents can follow a link to.
    String link = targetIdea.status().isPublic() ? link(campaign, targetIdea) : "";
    List<OutboxMessage> mails = new ArrayList<>();
    for (IdeaVersion source : sources) {
      mails.addAll(
          mailToSubmitter(
              campaign,
              current(campaign, source.id()).idea(),
              MERGED_MAIL,
              Map.of(
                  // Only a published title was checked by moderators; an unchecked one could be
                  // anyone's words to a stranger's address.
                  "targetTitle",
                  targetIdea.status().isPublic() ? targetIdea.title() : "",
                  "targetReference",
                  targetIdea.reference(),
                  "targetLink",
                  link)));
    }
    ModeratedIdea result =
        store.merge(campaign.id(), new Merge(target, sources, clock.instant(), moderator, mails));
    mailNudge.run();
    return result;
  }

  /**
   * Puts a merged point back as it was; nobody is mailed (the merge mail said to reply if wrong).
   */
  public ModeratedIdea undoMerge(String id, long version, String moderator) {
    return store.undoMerge(
        campaigns.active().id(),
        id,
        version,
        new UndoMerge(entry(moderator, ModerationAction.UNDO_MERGE, null)));
  }

  /**
   * Corrects a point's text (typos, personal details in the public text); the old text stays in the
   * private history. Same rules as a resident's submission.
   */
  public ModeratedIdea correct(String id, long version, String moderator, IdeaText raw) {
    Campaign campaign = campaigns.active();
    IdeaText text =
        new IdeaText(
            TextNormalizer.line(raw.title()),
            TextNormalizer.text(raw.description()),
            TextNormalizer.line(raw.location()),
            TextNormalizer.line(raw.category()));
    requireValid(campaign, text);
    return store.correct(
        campaign.id(), id, version, new Correction(text, clock.instant(), moderator));
  }

  private static void requireValid(Campaign campaign, IdeaText text) {
    List<FieldError> problems = new SubmissionValidator(campaign).textProblems(text);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  private ModeratedIdea current(Campaign campaign, String id) {
    return store.forModeration(campaign.id(), id).orElseThrow(() -> new IdeaNotFoundException(id));
  }

  private AuditEntry entry(String moderator, ModerationAction action, String detail) {
    return new AuditEntry(clock.instant(), moderator, action.dutch(), detail);
  }

  private static ForwardedReport report(Campaign campaign, Idea idea) {
    return new ForwardedReport(
        idea.reference(),
        idea.title(),
        idea.description(),
        idea.location(),
        campaign.categories().stream()
            .filter(category -> category.id().equals(idea.category()))
            .map(Category::name)
            .findFirst()
            .orElse(idea.category()),
        wijkName(campaign, idea),
        idea.submittedAt());
  }

  /** The mail of {@code kind} to the point's submitter, if they left an address. */
  private List<OutboxMessage> mailToSubmitter(
      Campaign campaign, Idea idea, String kind, Map<String, String> extra) {
    Optional<Submitter> submitter =
        store.submitter(campaign.id(), idea.id()).filter(found -> found.email() != null);
    if (submitter.isEmpty()) {
      return List.of();
    }
    // Like the confirmation, nothing the resident typed: the address was never confirmed.
    Map<String, Object> model = new HashMap<>(extra);
    model.put("wijk", wijkName(campaign, idea));
    model.put("reference", idea.reference());
    model.put("link", campaign.website() == null ? "" : campaign.website());
    // In the language of the form the resident used; configured texts (reasons) stay Dutch.
    return List.of(
        messages.create(
            kind,
            submitter.get().email(),
            templates.render(kind, submitter.get().language(), model)));
  }

  /** Where residents find the point: its wijk page, at the point. */
  static String link(Campaign campaign, Idea idea) {
    if (campaign.website() == null) {
      return "";
    }
    String base = campaign.website().replaceAll("/+$", "");
    return base + "/wijk/" + idea.wijk() + "#wz-idea-" + idea.id();
  }

  private static String wijkName(Campaign campaign, Idea idea) {
    return campaign.wijk(idea.wijk()).map(Wijk::name).orElse(idea.wijk());
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
}
