package nl.alkmaar.wijkaanzet.vote;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import nl.alkmaar.wijkaanzet.campaign.Campaign;
import nl.alkmaar.wijkaanzet.campaign.CampaignService;
import nl.alkmaar.wijkaanzet.idea.Idea;
import nl.alkmaar.wijkaanzet.idea.IdeaStore;
import nl.alkmaar.wijkaanzet.jcr.RepositoryFailure;

/**
 * What every verification method shares once it knows who votes: the window, the wijk's choosable
 * points, and putting the ballot through the {@link VoteEngine} and waiting until it is durably
 * stored.
 */
final class BallotCasting {

  /** How long a request waits for its batch to be saved before it gives up. */
  private static final long SAVE_TIMEOUT_SECONDS = 30;

  private final CampaignService campaigns;
  private final VoterKeys keys;
  private final VoteEngine engine;
  private final PublishedIdeas published;
  private final SecureRandom random;
  private final Clock clock;

  BallotCasting(
      CampaignService campaigns,
      IdeaStore ideas,
      VoterKeys keys,
      VoteEngine engine,
      SecureRandom random,
      Clock clock) {
    this.campaigns = campaigns;
    this.keys = keys;
    this.engine = engine;
    this.published = new PublishedIdeas(ideas, campaigns.active().id());
    this.random = random;
    this.clock = clock;
  }

  Campaign campaign() {
    return campaigns.active();
  }

  VotingWindow window() {
    return VotingWindow.of(campaigns.timeline());
  }

  /**
   * The wijk's published points by id. Only a wijk of the campaign is looked up: anything else a
   * request names must neither reach the repository as a path nor leave an entry in the cache.
   */
  Map<String, Idea> choosable(String wijk) {
    return isWijk(wijk) ? published.of(wijk) : Map.of();
  }

  boolean isWijk(String wijk) {
    return wijk != null && campaigns.active().wijk(wijk).isPresent();
  }

  /**
   * Puts the ballot in the box and waits until it is saved.
   *
   * @param alreadyVoted what to say when this voter voted before
   * @throws AlreadyVotedException when the voter voted before
   * @throws VotingBusyException when the queue is full or the save takes too long
   */
  VoteReceipt cast(String voter, Ballot ballot, Map<String, Idea> choosable, String alreadyVoted) {
    VoteEngine.Outcome outcome;
    try {
      outcome =
          engine
              .submit(new CastBallot(voter, ballot, changeable()))
              .get(SAVE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new VotingBusyException();
    } catch (TimeoutException e) {
      throw new VotingBusyException();
    } catch (ExecutionException e) {
      // The store could not take it (a database outage in a cluster): the sender may try again.
      if (e.getCause() instanceof RepositoryFailure failure) {
        throw failure;
      }
      if (e.getCause() instanceof VotingBusyException busy) {
        throw busy;
      }
      throw new IllegalStateException("the ballot could not be saved", e.getCause());
    }
    if (outcome == VoteEngine.Outcome.ALREADY_VOTED) {
      throw new AlreadyVotedException(alreadyVoted);
    }
    return new VoteReceipt(
        ballot.receipt(),
        ballot.wijk(),
        ballot.ideas().stream().map(choosable::get).toList(),
        outcome == VoteEngine.Outcome.CHANGED);
  }

  private boolean changeable() {
    return campaigns.active().rules().ballotsChangeable();
  }

  /**
   * The id of a voter's ballot, which is also their receipt: random where ballots are final; where
   * they may be changed, the same for every ballot of this voter, so the next one replaces it.
   */
  String idFor(String voter) {
    return changeable() ? keys.ballotIdOf(voter) : newId();
  }

  private String newId() {
    return LetterCodes.generate(random, 1).get(0).replace("-", "").toLowerCase(Locale.ROOT);
  }

  /** Today in the campaign's time zone (a ballot keeps the day, not the time). */
  LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), campaigns.active().timeZone());
  }
}
