package nl.alkmaar.wijkaanzet.result;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.alkmaar.wijkaanzet.campaign.Campaign;
import nl.alkmaar.wijkaanzet.campaign.CampaignService;
import nl.alkmaar.wijkaanzet.campaign.PhaseKind;
import nl.alkmaar.wijkaanzet.campaign.PhaseStatus;
import nl.alkmaar.wijkaanzet.campaign.Wijk;
import nl.alkmaar.wijkaanzet.idea.Idea;
import nl.alkmaar.wijkaanzet.idea.IdeaStore;
import nl.alkmaar.wijkaanzet.review.Review;
import nl.alkmaar.wijkaanzet.review.ReviewStore;
import nl.alkmaar.wijkaanzet.review.Verdict;
import nl.alkmaar.wijkaanzet.vote.TallySnapshot;
import nl.alkmaar.wijkaanzet.vote.Voting;

/**
 * The results per wijk: a preview for the editor at any time, and publication at a moment of the
 * editor's choosing after voting has closed. Before publication nothing of it is public.
 */
public final class Results {

  /** Public hosts read the published results again after this, so a publication reaches them. */
  private static final Duration FRESH = Duration.ofSeconds(5);

  private final CampaignService campaigns;
  private final IdeaStore ideas;
  private final ReviewStore reviews;
  private final Voting voting;
  private final ResultStore store;
  private final Clock clock;
  private volatile Cached cached;

  private record Cached(Optional<PublishedResults> results, Instant readAt) {}

  public Results(
      CampaignService campaigns,
      IdeaStore ideas,
      ReviewStore reviews,
      Voting voting,
      ResultStore store,
      Clock clock) {
    this.campaigns = campaigns;
    this.ideas = ideas;
    this.reviews = reviews;
    this.voting = voting;
    this.store = store;
    this.clock = clock;
  }

  /**
   * Every wijk's ranking as it would be published now.
   *
   * @param tieBreaks per wijk the tied points an editor chose
   */
  public List<WijkSelection> preview(Map<String, Set<String>> tieBreaks) {
    Campaign campaign = campaigns.active();
    Map<String, Verdict> verdicts = new HashMap<>();
    reviews.all(campaign.id()).forEach((id, review) -> verdicts.put(id, review.verdict()));
    List<WijkSelection> selections = new ArrayList<>();
    for (Wijk wijk : campaign.wijken()) {
      Map<String, Integer> votes = new HashMap<>();
      voting.tally(wijk.id()).points().forEach(count -> votes.put(count.id(), count.votes()));
      selections.add(
          Selection.select(
              wijk.id(),
              votes,
              verdicts,
              campaign.rules().winnersPerWijk(),
              campaign.rules().nextMovesUp(),
              tieBreaks.getOrDefault(wijk.id(), Set.of())));
    }
    return selections;
  }

  /** Whether voting has closed, so results may be published. */
  public boolean votingClosed() {
    return campaigns.timeline().phases().stream()
        .anyMatch(
            state ->
                state.phase().kind() == PhaseKind.MEEBESLISSEN
                    && state.status() == PhaseStatus.DONE);
  }

  /**
   * Publishes the results as they are now.
   *
   * @param confirmIncomplete the editor saw the list of points without a verdict and publishes
   *     anyway
   * @throws ResultsNotReadyException voting still runs, a tie waits for a choice, or (without
   *     confirmation) points have no verdict; nothing is published
   */
  public PublishedResults publish(
      String editor, Map<String, Set<String>> tieBreaks, boolean confirmIncomplete) {
    Campaign campaign = campaigns.active();
    List<WijkSelection> selections = preview(tieBreaks);
    List<String> reasons = new ArrayList<>();
    if (!votingClosed()) {
      reasons.add(
          "Het stemmen is nog niet voorbij. Publiceer de uitslag als het stemmen gesloten is.");
    }
    for (WijkSelection selection : selections) {
      if (selection.undecided()) {
        reasons.add(
            "In "
                + wijkName(campaign, selection.wijk())
                + " hebben punten evenveel stemmen op de grens van de top. Kies er "
                + selection.seatsForTied()
                + ".");
      }
    }
    Map<String, Idea> byId = new HashMap<>();
    for (Wijk wijk : campaign.wijken()) {
      ideas.published(campaign.id(), wijk.id()).forEach(idea -> byId.put(idea.id(), idea));
    }
    List<String> unreviewed = new ArrayList<>();
    selections.forEach(
        selection ->
            selection.unreviewed().stream()
                .map(byId::get)
                .filter(idea -> idea != null)
                .forEach(
                    idea ->
                        unreviewed.add(
                            idea.reference()
                                + " "
                                + idea.title()
                                + " ("
                                + wijkName(campaign, idea.wijk())
                                + ")")));
    boolean hard = !reasons.isEmpty();
    if (!unreviewed.isEmpty() && !confirmIncomplete) {
      reasons.add(
          unreviewed.size()
              + (unreviewed.size() == 1 ? " punt heeft" : " punten hebben")
              + " nog geen oordeel over de haalbaarheid. Zonder oordeel kan een punt niet gekozen"
              + " worden.");
    }
    if (!reasons.isEmpty()) {
      throw new ResultsNotReadyException(reasons, unreviewed, !hard);
    }
    Map<String, Review> all = reviews.all(campaign.id());
    List<PublishedResults.Wijk> wijken = new ArrayList<>();
    for (WijkSelection selection : selections) {
      Wijk wijk = campaign.wijk(selection.wijk()).orElseThrow();
      TallySnapshot tally = voting.tally(wijk.id());
      List<PublishedResults.Point> points = new ArrayList<>();
      for (RankedPoint ranked : selection.points()) {
        Idea idea = byId.get(ranked.ideaId());
        if (idea == null) {
          continue; // withdrawn between the tally and now
        }
        Review review = all.get(idea.id());
        points.add(
            new PublishedResults.Point(
                idea.id(),
                idea.reference(),
                idea.title(),
                campaign.categoryName(idea.category()),
                ranked.votes(),
                ranked.rank(),
                ranked.standing(),
                review == null ? null : review.verdict().id(),
                review == null ? "" : review.motivation()));
      }
      wijken.add(
          new PublishedResults.Wijk(
              wijk.id(), wijk.name(), tally.ballots(), wijk.residents(), points));
    }
    PublishedResults results = new PublishedResults(campaign.id(), clock.instant(), wijken);
    store.save(results, editor);
    cached = new Cached(Optional.of(results), clock.instant());
    return results;
  }

  /** The published results of the active campaign, or empty before the editor published them. */
  public Optional<PublishedResults> published() {
    Cached now = cached;
    Instant at = clock.instant();
    if (now == null || now.readAt().plus(FRESH).isBefore(at)) {
      now = new Cached(store.find(campaigns.active().id()), at);
      cached = now;
    }
    return now.results();
  }

  private static String wijkName(Campaign campaign, String wijk) {
    return campaign.wijk(wijk).map(Wijk::name).orElse(wijk);
  }
}
