package nl.alkmaar.wijkaanzet.result;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.alkmaar.wijkaanzet.campaign.Campaign;
import nl.alkmaar.wijkaanzet.campaign.CampaignService;
import nl.alkmaar.wijkaanzet.campaign.PhaseKind;
import nl.alkmaar.wijkaanzet.campaign.PhaseStatus;
import nl.alkmaar.wijkaanzet.campaign.Wijk;
import nl.alkmaar.wijkaanzet.follow.Following;
import nl.alkmaar.wijkaanzet.idea.Idea;
import nl.alkmaar.wijkaanzet.idea.IdeaStore;
import nl.alkmaar.wijkaanzet.idea.PointSenders;
import nl.alkmaar.wijkaanzet.notify.OnceMail;
import nl.alkmaar.wijkaanzet.notify.OnceMails;
import nl.alkmaar.wijkaanzet.review.Review;
import nl.alkmaar.wijkaanzet.review.ReviewStore;
import nl.alkmaar.wijkaanzet.validation.FieldError;
import nl.alkmaar.wijkaanzet.vote.StoredCounts;
import nl.alkmaar.wijkaanzet.vote.Voting;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The results per wijk: a preview for the editor at any time, and publication at a moment of the
 * editor's choosing after voting has closed. Before publication nothing of it is public.
 */
public final class Results {

  private static final Logger LOG = LoggerFactory.getLogger(Results.class);

  /** Public hosts read the published results again after this, so a publication reaches them. */
  private static final Duration FRESH = Duration.ofSeconds(5);

  private final CampaignService campaigns;
  private final IdeaStore ideas;
  private final ReviewStore reviews;
  private final Voting voting;
  private final ResultStore store;
  private final OnceMails mails;
  private final Following following;
  private final Clock clock;
  private Cached cached;

  private record Cached(Optional<PublishedResults> results, Instant readAt) {}

  /** The ranking of every wijk, with the reviews it was made from. */
  public record Preview(
      List<WijkSelection> wijken, Map<String, Review> reviews, StoredCounts counts) {

    /**
     * What the editor saw: the same text as long as no point, vote or verdict changed (the editor's
     * own choices among tied points are not part of it), so a publication can refuse a ranking that
     * moved after the page was shown.
     */
    public String fingerprint() {
      StringBuilder text = new StringBuilder();
      for (WijkSelection wijk : wijken) {
        text.append(wijk.wijk()).append(':');
        wijk.points()
            .forEach(
                point ->
                    text.append(point.ideaId())
                        .append('=')
                        .append(point.votes())
                        .append(point.verdict().map(Enum::name).orElse("-"))
                        .append(','));
        text.append(';');
      }
      try {
        byte[] digest =
            MessageDigest.getInstance("SHA-256")
                .digest(text.toString().getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest, 0, 12);
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("SHA-256 is part of every JDK", e);
      }
    }
  }

  public Results(
      CampaignService campaigns,
      IdeaStore ideas,
      ReviewStore reviews,
      Voting voting,
      ResultStore store,
      OnceMails mails,
      Following following,
      Clock clock) {
    this.campaigns = campaigns;
    this.ideas = ideas;
    this.reviews = reviews;
    this.voting = voting;
    this.store = store;
    this.mails = mails;
    this.following = following;
    this.clock = clock;
  }

  /**
   * Every wijk's ranking as it would be published now.
   *
   * @param tieBreaks per wijk the tied points an editor chose
   */
  public Preview preview(Map<String, Set<String>> tieBreaks) {
    return preview(tieBreaks, voting.stored());
  }

  /** The ranking from these counts of the box (not the live tallies: see {@link StoredCounts}). */
  private Preview preview(Map<String, Set<String>> tieBreaks, StoredCounts counts) {
    Campaign campaign = campaigns.active();
    Map<String, Review> all = reviews.all(campaign.id());
    Map<String, nl.alkmaar.wijkaanzet.review.Verdict> verdicts = new HashMap<>();
    all.forEach((id, review) -> verdicts.put(id, review.verdict()));
    List<WijkSelection> selections = new ArrayList<>();
    for (Wijk wijk : campaign.wijken()) {
      Map<String, Integer> votes = new HashMap<>();
      counts.tally(wijk.id()).points().forEach(count -> votes.put(count.id(), count.votes()));
      selections.add(
          Selection.select(
              wijk.id(),
              votes,
              verdicts,
              campaign.rules().winnersPerWijk(),
              campaign.rules().nextMovesUp(),
              tieBreaks.getOrDefault(wijk.id(), Set.of())));
    }
    return new Preview(selections, all, counts);
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
   * Publishes the results as they are now, if they are still what the editor saw.
   *
   * @param seen the {@link Preview#fingerprint()} of the ranking the editor saw (null: not checked)
   * @param confirmIncomplete the editor saw the list of points without a verdict and publishes
   *     anyway
   * @throws ResultsNotReadyException voting still runs, the ranking changed, a tie waits for a
   *     choice, or (without confirmation) points have no verdict; nothing is published
   */
  public synchronized PublishedResults publish(
      String editor, Map<String, Set<String>> tieBreaks, String seen, boolean confirmIncomplete) {
    Campaign campaign = campaigns.active();
    // One read of the reviews and one count of the box for both the ranking and the snapshot.
    Preview preview = preview(tieBreaks, voting.storedNow());
    List<FieldError> faults = new ArrayList<>();
    if (!votingClosed()) {
      faults.add(
          new FieldError(
              "actie",
              "Het stemmen is nog niet voorbij. Publiceer de uitslag als het stemmen gesloten is."));
    }
    if (seen != null && !seen.equals(preview.fingerprint())) {
      faults.add(
          new FieldError(
              "actie",
              "De stand is veranderd sinds u deze pagina opende (een stem of een oordeel). Bekijk"
                  + " de nieuwe stand hieronder en publiceer opnieuw."));
    }
    for (WijkSelection selection : preview.wijken()) {
      if (selection.undecided()) {
        faults.add(
            new FieldError(
                "gelijk-" + selection.wijk(),
                "In "
                    + wijkName(campaign, selection.wijk())
                    + " hebben "
                    + selection.tied().size()
                    + " punten evenveel stemmen voor de laatste "
                    + (selection.seatsForTied() == 1
                        ? "plaats. Kies welk punt gekozen wordt."
                        : selection.seatsForTied()
                            + " plaatsen. Kies welke "
                            + selection.seatsForTied()
                            + " punten gekozen worden.")));
      }
    }
    Map<String, Idea> byId = publishedIdeas(campaign);
    List<String> unreviewed = unreviewed(campaign, preview, byId);
    boolean hard = !faults.isEmpty();
    if (!unreviewed.isEmpty() && !confirmIncomplete) {
      faults.add(
          new FieldError(
              "toch",
              unreviewed.size()
                  + (unreviewed.size() == 1 ? " punt heeft" : " punten hebben")
                  + " nog geen oordeel over de haalbaarheid. Zonder oordeel kan een punt niet"
                  + " gekozen worden. Zet een vinkje bij 'Ik publiceer toch' als dat klopt."));
    }
    if (!faults.isEmpty()) {
      throw new ResultsNotReadyException(faults, unreviewed, !hard);
    }
    PublishedResults results = snapshot(campaign, preview, byId, tieBreaks, clock.instant());
    store.save(results, editor);
    cached = new Cached(Optional.of(results), clock.instant());
    try {
      mails.sendOnce(mails(campaign, results));
    } catch (RuntimeException e) {
      // The results are out; only the mails are missing: publishing again queues them (once).
      LOG.error("results of {} published, but their mails were not queued", campaign.id(), e);
    }
    return results;
  }

  /** The mail template of the result mails (light module {@code mail/uitslag_<language>.ftl}). */
  public static final String MAIL = "uitslag";

  /**
   * The results of a wijk for its followers (light module {@code
   * mail/volgen-uitslag_<language>.ftl}).
   */
  public static final String FOLLOWER_MAIL = "volgen-uitslag";

  /**
   * A mail for everyone who left an e-mail address with a published point, or with a point merged
   * into one: its verdict and whether it was chosen, once per point ever (the id says so); and one
   * for each follower of a wijk with the wijk's chosen points.
   */
  private List<OnceMail> mails(Campaign campaign, PublishedResults results) {
    List<OnceMail> mails = new ArrayList<>();
    for (PublishedResults.Wijk wijk : results.wijken()) {
      for (PublishedResults.Point point : wijk.points()) {
        for (PointSenders.Sender sender : PointSenders.of(ideas, campaign.id(), point.id())) {
          mails.add(
              new OnceMail(
                  MAIL + "-" + sender.ideaId(),
                  MAIL,
                  sender.submitter().email(),
                  sender.submitter().language(),
                  ResultMailModel.of(
                      campaign,
                      wijk,
                      point,
                      sender.reference(),
                      !sender.ideaId().equals(point.id()))));
        }
      }
      mails.addAll(followerMails(campaign, wijk));
    }
    return mails;
  }

  /** The wijk's chosen points for everyone who follows it: once per follower (the id says so). */
  private List<OnceMail> followerMails(Campaign campaign, PublishedResults.Wijk wijk) {
    List<Map<String, Object>> chosen = new ArrayList<>();
    for (PublishedResults.Point point : wijk.chosen()) {
      chosen.add(Map.of("title", point.title(), "votes", point.votes()));
    }
    List<OnceMail> letters = new ArrayList<>();
    for (Following.Recipient follower : following.recipients(wijk.id())) {
      Map<String, Object> model = new java.util.HashMap<>();
      model.put("wijk", wijk.name());
      model.put("chosen", chosen);
      model.put("ballots", wijk.ballots());
      model.put("link", campaign.website() == null ? "" : campaign.website());
      model.put("stop", follower.stopLink());
      model.put("oneClick", follower.oneClick());
      letters.add(
          new OnceMail(
              FOLLOWER_MAIL + "-" + wijk.id() + "-" + follower.key(),
              FOLLOWER_MAIL,
              follower.email(),
              follower.language(),
              model));
    }
    return letters;
  }

  /** The points without a verdict, as "reference title (wijk)", for the editor's list. */
  public List<String> unreviewed(Preview preview) {
    Campaign campaign = campaigns.active();
    return unreviewed(campaign, preview, publishedIdeas(campaign));
  }

  /**
   * The published results of a campaign: the active one ({@link #published()}), or an earlier
   * edition kept in the repository, whose results stay readable as they were published.
   */
  public Optional<PublishedResults> published(String campaignId) {
    return campaignId == null || campaignId.equals(campaigns.active().id())
        ? published()
        : store.find(campaignId);
  }

  /** The published results of the active campaign, or empty before the editor published them. */
  public synchronized Optional<PublishedResults> published() {
    Instant at = clock.instant();
    if (cached == null || cached.readAt().plus(FRESH).isBefore(at)) {
      cached = new Cached(store.find(campaigns.active().id()), at);
    }
    return cached.results();
  }

  private Map<String, Idea> publishedIdeas(Campaign campaign) {
    Map<String, Idea> byId = new HashMap<>();
    for (Wijk wijk : campaign.wijken()) {
      ideas.published(campaign.id(), wijk.id()).forEach(idea -> byId.put(idea.id(), idea));
    }
    return byId;
  }

  private static List<String> unreviewed(
      Campaign campaign, Preview preview, Map<String, Idea> byId) {
    List<String> unreviewed = new ArrayList<>();
    preview
        .wijken()
        .forEach(
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
    return unreviewed;
  }

  private PublishedResults snapshot(
      Campaign campaign,
      Preview preview,
      Map<String, Idea> byId,
      Map<String, Set<String>> tieBreaks,
      Instant at) {
    List<PublishedResults.Wijk> wijken = new ArrayList<>();
    Map<String, List<String>> decided = new TreeMap<>();
    for (WijkSelection selection : preview.wijken()) {
      Wijk wijk = campaign.wijk(selection.wijk()).orElseThrow();
      if (selection.tieDecided()) {
        decided.put(wijk.id(), List.copyOf(new TreeSet<>(tieBreaks.get(wijk.id()))));
      }
      List<PublishedResults.Point> points = new ArrayList<>();
      for (RankedPoint ranked : selection.points()) {
        Idea idea = byId.get(ranked.ideaId());
        if (idea == null) {
          continue; // withdrawn between the tally and now
        }
        Review review = preview.reviews().get(idea.id());
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
              wijk.id(),
              wijk.name(),
              preview.counts().tally(wijk.id()).ballots(),
              wijk.residents(),
              points));
    }
    return new PublishedResults(campaign.id(), at, wijken, decided);
  }

  private static String wijkName(Campaign campaign, String wijk) {
    return campaign.wijk(wijk).map(Wijk::name).orElse(wijk);
  }
}
