package nl.alkmaar.wijkaanzet;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import nl.alkmaar.wijkaanzet.campaign.Campaign;
import nl.alkmaar.wijkaanzet.campaign.CampaignService;
import nl.alkmaar.wijkaanzet.campaign.JcrCampaignStore;
import nl.alkmaar.wijkaanzet.campaign.Wijk;
import nl.alkmaar.wijkaanzet.execution.ExecutionTracking;
import nl.alkmaar.wijkaanzet.execution.JcrProgressStore;
import nl.alkmaar.wijkaanzet.export.CouncilExport;
import nl.alkmaar.wijkaanzet.follow.Following;
import nl.alkmaar.wijkaanzet.follow.JcrFollowerStore;
import nl.alkmaar.wijkaanzet.forward.Forwarding;
import nl.alkmaar.wijkaanzet.forward.ForwardingSettings;
import nl.alkmaar.wijkaanzet.idea.ConceptList;
import nl.alkmaar.wijkaanzet.idea.ConfirmationMail;
import nl.alkmaar.wijkaanzet.idea.IdeaModeration;
import nl.alkmaar.wijkaanzet.idea.IdeaStore;
import nl.alkmaar.wijkaanzet.idea.IdeaSubmission;
import nl.alkmaar.wijkaanzet.idea.JcrIdeaStore;
import nl.alkmaar.wijkaanzet.idea.ReferenceGenerator;
import nl.alkmaar.wijkaanzet.idea.SimilarIdeas;
import nl.alkmaar.wijkaanzet.idea.ViewedIdeaStore;
import nl.alkmaar.wijkaanzet.jcr.JcrSessions;
import nl.alkmaar.wijkaanzet.jcr.Workspaces;
import nl.alkmaar.wijkaanzet.notify.JcrMailLease;
import nl.alkmaar.wijkaanzet.notify.JcrOnceMails;
import nl.alkmaar.wijkaanzet.notify.JcrOutbox;
import nl.alkmaar.wijkaanzet.notify.MailSender;
import nl.alkmaar.wijkaanzet.notify.MailTemplates;
import nl.alkmaar.wijkaanzet.notify.OnceMails;
import nl.alkmaar.wijkaanzet.notify.OutboxDispatcher;
import nl.alkmaar.wijkaanzet.notify.OutboxMessage;
import nl.alkmaar.wijkaanzet.notify.OutboxMessages;
import nl.alkmaar.wijkaanzet.result.JcrResultStore;
import nl.alkmaar.wijkaanzet.result.Results;
import nl.alkmaar.wijkaanzet.retention.AfterCampaign;
import nl.alkmaar.wijkaanzet.review.FeasibilityReview;
import nl.alkmaar.wijkaanzet.review.JcrReviewStore;
import nl.alkmaar.wijkaanzet.review.ReviewStore;
import nl.alkmaar.wijkaanzet.settings.CampaignSettings;
import nl.alkmaar.wijkaanzet.settings.StoredCampaignUse;
import nl.alkmaar.wijkaanzet.user.CurrentUser;
import nl.alkmaar.wijkaanzet.vote.BallotBox;
import nl.alkmaar.wijkaanzet.vote.BallotMail;
import nl.alkmaar.wijkaanzet.vote.JcrBallotBox;
import nl.alkmaar.wijkaanzet.vote.JcrPendingBallots;
import nl.alkmaar.wijkaanzet.vote.PendingBallots;
import nl.alkmaar.wijkaanzet.vote.SqlBallotJournal;
import nl.alkmaar.wijkaanzet.vote.Tallies;
import nl.alkmaar.wijkaanzet.vote.VoteEngine;
import nl.alkmaar.wijkaanzet.vote.VoteRegisters;
import nl.alkmaar.wijkaanzet.vote.VoterKeys;
import nl.alkmaar.wijkaanzet.vote.Voting;
import nl.alkmaar.wijkaanzet.vote.VotingSettings;
import nl.alkmaar.wijkaanzet.web.WebProtection;

/** Wires the runtime from a host's parts; both hosts and the tests build it the same way. */
public final class RuntimeAssembly {

  /** Ballots saved together at most; a save of this many takes a few tens of milliseconds. */
  private static final int BATCH = 500;

  /**
   * Seconds a host keeps the turn to send mail without renewing it (default 30): how long the mail
   * waits when the sending host dies. A system property ({@code -D...}) of the webapp or host.
   */
  public static final String MAIL_LEASE_PROPERTY = "wijkaanzet.mailLeaseSeconds";

  /**
   * The lease's length from {@link #MAIL_LEASE_PROPERTY}, at least three polls of the dispatcher
   * (which renews it at each poll), so a quiet holder does not lose its turn between two polls.
   */
  private static Duration mailLease() {
    Duration shortest = OutboxDispatcher.DEFAULT_POLL_INTERVAL.multipliedBy(3);
    Duration asked = Duration.ofSeconds(Long.getLong(MAIL_LEASE_PROPERTY, 30));
    return asked.compareTo(shortest) < 0 ? shortest : asked;
  }

  /** Ballots waiting at most; beyond this a voter is asked to try again in a few seconds. */
  private static final int QUEUE = 20_000;

  private RuntimeAssembly() {}

  /**
   * Wires everything; the mail dispatcher is created but not started, the host starts it (and
   * closes it before the repository).
   *
   * @param overwrite whether the configured campaign replaces one already stored when the file
   *     changed since it was imported (see {@link CampaignService#start})
   */
  public static WijkAanZetRuntime create(
      Clock clock,
      JcrSessions sessions,
      CurrentUser currentUser,
      Campaign campaign,
      boolean overwrite,
      WebProtection web,
      MailSender mailSender) {
    return create(
        HostRole.STANDALONE,
        clock,
        sessions,
        currentUser,
        campaign,
        overwrite,
        web,
        mailSender,
        Optional.empty(),
        new MailTemplates(),
        VotingSettings.ephemeral());
  }

  /**
   * As above, with forwarding of reports about the public space when {@code forwarding} is set (its
   * channel for moderators, and its sender next to mail in the outbox), and mail texts from {@code
   * templates} (the host's light module first), for a host that takes on the duties of {@code
   * role}. The ballot writer is started (it counts the stored ballots first); the host closes it
   * before the repository.
   */
  /**
   * The store with its published points kept in memory, read again when the repository reports a
   * change below the campaign (or every few seconds where it cannot report).
   */
  private static IdeaStore watched(IdeaStore stored, JcrSessions sessions, Campaign campaign) {
    ViewedIdeaStore viewed = new ViewedIdeaStore(stored);
    Optional<AutoCloseable> reports =
        sessions.observe(Workspaces.CONTENT, "/" + campaign.id(), viewed::changedAt);
    reports.ifPresentOrElse(viewed::stopOnClose, viewed::pollWithoutReports);
    viewed.warm(campaign.id(), campaign.wijken().stream().map(Wijk::id).toList());
    return viewed;
  }

  public static WijkAanZetRuntime create(
      HostRole role,
      Clock clock,
      JcrSessions sessions,
      CurrentUser currentUser,
      Campaign campaign,
      boolean overwrite,
      WebProtection web,
      MailSender mailSender,
      Optional<ForwardingSettings> forwarding,
      MailTemplates templates,
      VotingSettings votingSettings) {
    CampaignService campaigns =
        CampaignService.start(new JcrCampaignStore(sessions), clock, campaign, overwrite);
    JcrOutbox outbox = new JcrOutbox(sessions, campaign.id());
    OutboxDispatcher mail =
        new OutboxDispatcher(outbox, Forwarding.sender(forwarding, mailSender), clock)
            .takingTurns(
                new JcrMailLease(
                    sessions, campaign.id(), role.holderName(), Clock.systemUTC(), mailLease()));
    OutboxMessages messages = new OutboxMessages(clock);
    IdeaStore ideas = watched(new JcrIdeaStore(sessions, outbox), sessions, campaigns.active());
    IdeaSubmission submissions =
        new IdeaSubmission(
            campaigns,
            ideas,
            new ReferenceGenerator(new SecureRandom()),
            new ConfirmationMail(templates, messages),
            mail::wakeUp,
            clock);
    BallotMail ballotMail =
        (email, language, model) -> {
          OutboxMessage message =
              messages.create(
                  BallotMail.KIND, email, templates.render(BallotMail.KIND, language, model));
          sessions.write(
              Workspaces.CONTENT,
              session -> {
                outbox.enqueue(session, message);
                return null;
              });
          mail.wakeUp();
        };
    Voting voting = voting(campaigns, ideas, sessions, votingSettings, ballotMail, clock);
    ReviewStore reviews = new JcrReviewStore(sessions);
    OnceMails onceMails = new JcrOnceMails(sessions, outbox, templates, mail::wakeUp, clock);
    Following following =
        new Following(
            campaigns,
            new JcrFollowerStore(sessions),
            votingSettings.secret(),
            onceMails,
            web::api,
            clock);
    following.purgeUnconfirmed();
    Results results =
        new Results(
            campaigns,
            ideas,
            reviews,
            voting,
            new JcrResultStore(sessions),
            onceMails,
            following,
            clock);
    return new WijkAanZetRuntime(
        role,
        clock,
        sessions,
        currentUser,
        campaigns,
        new CampaignSettings(campaigns, new StoredCampaignUse(campaigns, ideas, voting, results)),
        overwrite,
        ideas,
        submissions,
        new IdeaModeration(
            campaigns,
            ideas,
            templates,
            messages,
            Forwarding.channel(forwarding, templates, messages),
            mail::wakeUp,
            clock),
        // Wall clock: whether the word list file changed is a question about now, also in tests.
        new SimilarIdeas(ideas, new ConceptList(templates.lightModuleFiles(), Clock.systemUTC())),
        voting,
        new FeasibilityReview(
            campaigns,
            ideas,
            reviews,
            wijk -> votesOf(voting, wijk),
            () -> results.published().isPresent(),
            clock),
        results,
        new CouncilExport(campaigns, ideas, reviews, voting, results),
        new ExecutionTracking(
            campaigns,
            ideas,
            results,
            new JcrProgressStore(sessions),
            onceMails,
            following,
            submissions.photos(),
            clock),
        following,
        new AfterCampaign(
            campaigns,
            voting,
            new VoteRegisters(sessions, votingSettings.ballotJournal()),
            ideas,
            following,
            id -> id.equals(campaigns.active().id()) ? outbox : new JcrOutbox(sessions, id),
            results),
        web,
        outbox,
        mail);
  }

  private static java.util.Map<String, Integer> votesOf(Voting voting, String wijk) {
    // From the box, not the live tallies: on Magnolia's author, residents vote on other instances.
    return voting.stored().tally(wijk).points().stream()
        .collect(
            java.util.stream.Collectors.toMap(
                nl.alkmaar.wijkaanzet.vote.TallySnapshot.Count::id,
                nl.alkmaar.wijkaanzet.vote.TallySnapshot.Count::votes));
  }

  private static Voting voting(
      CampaignService campaigns,
      IdeaStore ideas,
      JcrSessions sessions,
      VotingSettings settings,
      BallotMail mail,
      Clock clock) {
    JcrBallotBox repository = new JcrBallotBox(sessions, campaigns.active().id());
    BallotBox box =
        settings
            .ballotJournal()
            .<BallotBox>map(
                database -> SqlBallotJournal.open(database, campaigns.active().id(), repository))
            .orElse(repository);
    PendingBallots pending = new JcrPendingBallots(sessions, campaigns.active().id());
    pending.purgeExpired(clock.instant());
    Tallies tallies = new Tallies();
    VoteEngine engine = new VoteEngine(box, tallies, BATCH, QUEUE).start();
    settings.inbox().importWaiting(box);
    return new Voting(
        campaigns,
        ideas,
        box,
        engine,
        tallies,
        new VoterKeys(settings.secret()),
        settings.inbox(),
        settings.addresses(),
        pending,
        mail,
        new SecureRandom(),
        clock);
  }
}
