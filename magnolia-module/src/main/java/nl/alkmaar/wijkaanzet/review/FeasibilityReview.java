package nl.alkmaar.wijkaanzet.review;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import nl.alkmaar.wijkaanzet.campaign.Campaign;
import nl.alkmaar.wijkaanzet.campaign.CampaignService;
import nl.alkmaar.wijkaanzet.campaign.Wijk;
import nl.alkmaar.wijkaanzet.idea.Idea;
import nl.alkmaar.wijkaanzet.idea.IdeaNotFoundException;
import nl.alkmaar.wijkaanzet.idea.IdeaStore;

/**
 * The municipality's check of every published point: is it uitvoerbaar en betaalbaar? Review may
 * start as soon as a point is published (before voting closes, so the July announcement is not held
 * up); the points with the most votes come first, because they are the ones that may be chosen.
 * Only published points are reviewed: merged points count with their target, and withdrawn,
 * rejected or forwarded points cannot be chosen.
 */
public final class FeasibilityReview {

  private final CampaignService campaigns;
  private final IdeaStore ideas;
  private final ReviewStore reviews;
  private final VoteCounts votes;
  private final BooleanSupplier resultsPublished;
  private final Clock clock;

  /**
   * @param resultsPublished whether the campaign's results are out: verdicts are then final
   */
  public FeasibilityReview(
      CampaignService campaigns,
      IdeaStore ideas,
      ReviewStore reviews,
      VoteCounts votes,
      BooleanSupplier resultsPublished,
      Clock clock) {
    this.campaigns = campaigns;
    this.ideas = ideas;
    this.reviews = reviews;
    this.votes = votes;
    this.resultsPublished = resultsPublished;
    this.clock = clock;
  }

  /** Whether verdicts may still be given or changed (until the results are published). */
  public boolean open() {
    return !resultsPublished.getAsBoolean();
  }

  /** Per wijk of the campaign, in its order: published points and verdicts so far. */
  public List<WijkProgress> progress() {
    Campaign campaign = campaigns.active();
    Map<String, Review> all = reviews.all(campaign.id());
    List<WijkProgress> rows = new ArrayList<>();
    for (Wijk wijk : campaign.wijken()) {
      int[] counts = new int[Verdict.values().length];
      List<Idea> published = ideas.published(campaign.id(), wijk.id());
      for (Idea idea : published) {
        Review review = all.get(idea.id());
        if (review != null) {
          counts[review.verdict().ordinal()]++;
        }
      }
      rows.add(
          new WijkProgress(
              wijk.id(),
              wijk.name(),
              published.size(),
              counts[Verdict.FEASIBLE.ordinal()],
              counts[Verdict.CONDITIONAL.ordinal()],
              counts[Verdict.NOT_FEASIBLE.ordinal()]));
    }
    return rows;
  }

  /** The published points of a wijk, most votes first (then by reference), with their verdicts. */
  public List<ReviewItem> wijk(String wijk) {
    Campaign campaign = campaigns.active();
    Map<String, Review> all = reviews.all(campaign.id());
    Map<String, Integer> counts = votes.of(wijk);
    return ideas.published(campaign.id(), wijk).stream()
        .map(
            idea ->
                new ReviewItem(
                    idea,
                    counts.getOrDefault(idea.id(), 0),
                    Optional.ofNullable(all.get(idea.id()))))
        .sorted(
            Comparator.comparingInt(ReviewItem::votes)
                .reversed()
                .thenComparing(item -> item.idea().reference()))
        .toList();
  }

  /**
   * One published point with its verdict.
   *
   * @throws IdeaNotFoundException when there is no such point or it is not published
   */
  public ReviewItem point(String ideaId) {
    Campaign campaign = campaigns.active();
    Idea idea =
        ideas
            .find(campaign.id(), ideaId)
            .filter(found -> found.status().isPublic())
            .orElseThrow(() -> new IdeaNotFoundException(ideaId));
    return new ReviewItem(
        idea,
        votes.of(idea.wijk()).getOrDefault(idea.id(), 0),
        reviews.find(campaign.id(), idea.id()));
  }

  /**
   * Stores the verdict on a published point, replacing an earlier verdict.
   *
   * @throws IdeaNotFoundException when there is no such published point
   * @throws nl.alkmaar.wijkaanzet.validation.InvalidInputException a field at fault
   * @throws ReviewClosedException the results are published
   */
  public Review review(String ideaId, ReviewForm form, String reviewer) {
    ReviewItem item = point(ideaId);
    if (!open()) {
      throw new ReviewClosedException();
    }
    Review review = ReviewRules.check(form, item.idea().id(), reviewer, clock.instant());
    reviews.save(campaigns.active().id(), review);
    return review;
  }
}
