package nl.alkmaar.wijkaanzet.export;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.alkmaar.wijkaanzet.campaign.Campaign;
import nl.alkmaar.wijkaanzet.campaign.CampaignService;
import nl.alkmaar.wijkaanzet.campaign.Wijk;
import nl.alkmaar.wijkaanzet.idea.Channel;
import nl.alkmaar.wijkaanzet.idea.Idea;
import nl.alkmaar.wijkaanzet.idea.IdeaStatus;
import nl.alkmaar.wijkaanzet.idea.IdeaStore;
import nl.alkmaar.wijkaanzet.idea.ModeratedIdea;
import nl.alkmaar.wijkaanzet.idea.SubmissionStatistics;
import nl.alkmaar.wijkaanzet.result.PublishedResults;
import nl.alkmaar.wijkaanzet.result.Results;
import nl.alkmaar.wijkaanzet.result.Standing;
import nl.alkmaar.wijkaanzet.review.BudgetSource;
import nl.alkmaar.wijkaanzet.review.Review;
import nl.alkmaar.wijkaanzet.review.ReviewStore;
import nl.alkmaar.wijkaanzet.review.Verdict;
import nl.alkmaar.wijkaanzet.vote.Voting;

/**
 * What the council receives: every point of the campaign (any status) with where it came from, its
 * votes, the verdict, cost and budget and, once published, whether it was chosen; and a summary per
 * wijk. No personal data: no submitter, no reviewer, no editor.
 */
public final class CouncilExport {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

  private final CampaignService campaigns;
  private final IdeaStore ideas;
  private final ReviewStore reviews;
  private final Voting voting;
  private final Results results;

  public CouncilExport(
      CampaignService campaigns,
      IdeaStore ideas,
      ReviewStore reviews,
      Voting voting,
      Results results) {
    this.campaigns = campaigns;
    this.ideas = ideas;
    this.reviews = reviews;
    this.voting = voting;
    this.results = results;
  }

  /** One row per point, by wijk in the campaign's order, then oldest first. */
  public Table points() {
    Campaign campaign = campaigns.active();
    Map<String, Review> verdicts = reviews.all(campaign.id());
    Map<String, Standing> standings = publishedStandings();
    List<List<String>> rows = new ArrayList<>();
    for (Wijk wijk : campaign.wijken()) {
      Map<String, Integer> votes = votes(wijk.id());
      for (ModeratedIdea moderated : ideas.inWijk(campaign.id(), wijk.id())) {
        Idea idea = moderated.idea();
        Optional<Review> review = Optional.ofNullable(verdicts.get(idea.id()));
        boolean published = idea.status() == IdeaStatus.GEPUBLICEERD;
        rows.add(
            List.of(
                idea.reference(),
                wijk.name(),
                idea.title(),
                campaign.categoryName(idea.category()),
                idea.status().label(),
                idea.channel().label(),
                DAY.format(idea.submittedAt().atZone(campaign.timeZone())),
                published ? String.valueOf(votes.getOrDefault(idea.id(), 0)) : "",
                review.map(r -> r.verdict().label()).orElse(""),
                review.flatMap(Review::costEuros).map(String::valueOf).orElse(""),
                review.flatMap(Review::budget).map(BudgetSource::label).orElse(""),
                review.map(Review::budgetUnit).orElse(""),
                review.map(Review::responsibleUnit).orElse(""),
                Optional.ofNullable(standings.get(idea.id())).map(Standing::label).orElse("")));
      }
    }
    return new Table(
        List.of(
            "referentie",
            "wijk",
            "titel",
            "onderwerp",
            "status",
            "kanaal",
            "ingediend op",
            "stemmen",
            "oordeel",
            "kosten (euro)",
            "budget",
            "budget van",
            "uitvoerende afdeling",
            "uitslag"),
        rows);
  }

  /** One row per wijk: points received and published, ballots, turnout, verdicts, chosen. */
  public Table wijken() {
    Campaign campaign = campaigns.active();
    Map<String, Review> verdicts = reviews.all(campaign.id());
    Optional<PublishedResults> published = results.published();
    List<List<String>> rows = new ArrayList<>();
    for (Wijk wijk : campaign.wijken()) {
      List<ModeratedIdea> received = ideas.inWijk(campaign.id(), wijk.id());
      int[] perVerdict = new int[Verdict.values().length];
      int publishedPoints = 0;
      for (ModeratedIdea moderated : received) {
        if (moderated.idea().status() != IdeaStatus.GEPUBLICEERD) {
          continue;
        }
        publishedPoints++;
        Review review = verdicts.get(moderated.idea().id());
        if (review != null) {
          perVerdict[review.verdict().ordinal()]++;
        }
      }
      int ballots = voting.stored().tally(wijk.id()).ballots();
      rows.add(
          List.of(
              wijk.name(),
              wijk.residents() == null ? "" : String.valueOf(wijk.residents()),
              String.valueOf(received.size()),
              String.valueOf(publishedPoints),
              String.valueOf(ballots),
              turnout(ballots, wijk.residents()),
              String.valueOf(perVerdict[Verdict.FEASIBLE.ordinal()]),
              String.valueOf(perVerdict[Verdict.CONDITIONAL.ordinal()]),
              String.valueOf(perVerdict[Verdict.NOT_FEASIBLE.ordinal()]),
              published
                  .flatMap(done -> done.wijk(wijk.id()))
                  .map(done -> String.valueOf(done.chosen().size()))
                  .orElse("")));
    }
    return new Table(
        List.of(
            "wijk",
            "inwoners",
            "punten ingediend",
            "punten gepubliceerd",
            "stemmers",
            "opkomst (%)",
            "haalbaar",
            "haalbaar onder voorwaarden",
            "niet haalbaar",
            "gekozen"),
        rows);
  }

  /** The campaign at a glance (see {@link Statistics}). */
  public Statistics statistics() {
    Campaign campaign = campaigns.active();
    SubmissionStatistics received = ideas.statistics(campaign.id());
    List<String> wijkNames = new ArrayList<>();
    List<Integer> pointsPerWijk = new ArrayList<>();
    List<Integer> ballotsPerWijk = new ArrayList<>();
    List<String> turnouts = new ArrayList<>();
    List<String> none = new ArrayList<>();
    int ballots = 0;
    for (Wijk wijk : campaign.wijken()) {
      wijkNames.add(wijk.name());
      pointsPerWijk.add(received.byWijk().getOrDefault(wijk.id(), 0));
      int count = voting.stored().tally(wijk.id()).ballots();
      ballots += count;
      ballotsPerWijk.add(count);
      String turnout = turnout(count, wijk.residents());
      turnouts.add(turnout.isEmpty() ? "" : "opkomst " + turnout + "%");
      none.add("");
    }
    List<String> channels = new ArrayList<>();
    List<Integer> perChannel = new ArrayList<>();
    List<String> channelNotes = new ArrayList<>();
    for (Channel channel : Channel.values()) {
      channels.add(channel.label());
      perChannel.add(received.byChannel().getOrDefault(channel.id(), 0));
      channelNotes.add("");
    }
    List<String> ways = new ArrayList<>();
    List<Integer> perWay = new ArrayList<>();
    List<String> wayNotes = new ArrayList<>();
    voting
        .stored()
        .byWay()
        .forEach(
            (way, count) -> {
              ways.add(wayLabel(way));
              perWay.add(count);
              wayNotes.add("");
            });
    return new Statistics(
        received.total(),
        Statistics.bars(wijkNames, pointsPerWijk, none),
        Statistics.bars(channels, perChannel, channelNotes),
        ballots,
        Statistics.bars(wijkNames, ballotsPerWijk, turnouts),
        Statistics.bars(ways, perWay, wayNotes));
  }

  /** "Stemcode uit de brief", "Via e-mail", "Bij een medewerker: Bibliotheek". */
  static String wayLabel(String way) {
    if (way.equals("stemcode")) {
      return "Stemcode uit de brief";
    }
    if (way.equals("e-mail")) {
      return "Via e-mail";
    }
    String channel = way.contains("/") ? way.substring(way.indexOf('/') + 1) : "";
    return "Bij een medewerker"
        + Channel.byId(channel).map(found -> ": " + found.label()).orElse("");
  }

  private Map<String, Integer> votes(String wijk) {
    Map<String, Integer> votes = new HashMap<>();
    voting.stored().tally(wijk).points().forEach(count -> votes.put(count.id(), count.votes()));
    return votes;
  }

  private Map<String, Standing> publishedStandings() {
    Map<String, Standing> standings = new HashMap<>();
    results
        .published()
        .ifPresent(
            done ->
                done.wijken()
                    .forEach(
                        wijk ->
                            wijk.points()
                                .forEach(point -> standings.put(point.id(), point.standing()))));
    return standings;
  }

  /** Ballots per 100 residents with a decimal comma, as Excel in Dutch reads a number. */
  static String turnout(int ballots, Integer residents) {
    if (residents == null || residents <= 0) {
      return "";
    }
    return String.format(Locale.forLanguageTag("nl-NL"), "%.1f", ballots * 100.0 / residents);
  }
}
