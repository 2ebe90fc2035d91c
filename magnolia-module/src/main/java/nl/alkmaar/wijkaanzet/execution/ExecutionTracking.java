package nl.alkmaar.wijkaanzet.execution;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.alkmaar.wijkaanzet.campaign.Campaign;
import nl.alkmaar.wijkaanzet.campaign.CampaignService;
import nl.alkmaar.wijkaanzet.idea.IdeaStore;
import nl.alkmaar.wijkaanzet.idea.PointSenders;
import nl.alkmaar.wijkaanzet.notify.OnceMail;
import nl.alkmaar.wijkaanzet.notify.OnceMails;
import nl.alkmaar.wijkaanzet.result.PublishedResults;
import nl.alkmaar.wijkaanzet.result.Results;

/**
 * Progress on the chosen points, from September on: an editor adds updates (status, planned date, a
 * text for residents); residents read them on the wijk and campaign pages; the people who sent a
 * point in are mailed each update once.
 */
public final class ExecutionTracking {

  /** The mail template (light module {@code mail/uitvoering_<language>.ftl}). */
  public static final String MAIL = "uitvoering";

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"));

  private final CampaignService campaigns;
  private final IdeaStore ideas;
  private final Results results;
  private final ProgressStore store;
  private final OnceMails mails;
  private final Clock clock;

  public ExecutionTracking(
      CampaignService campaigns,
      IdeaStore ideas,
      Results results,
      ProgressStore store,
      OnceMails mails,
      Clock clock) {
    this.campaigns = campaigns;
    this.ideas = ideas;
    this.results = results;
    this.store = store;
    this.mails = mails;
    this.clock = clock;
  }

  /** The chosen points of every wijk (or of {@code wijk}), in the published order. */
  public List<ChosenPoint> chosen(String wijk) {
    Optional<PublishedResults> published = results.published();
    if (published.isEmpty()) {
      return List.of();
    }
    Map<String, List<ProgressUpdate>> all = store.all(campaigns.active().id());
    List<ChosenPoint> chosen = new ArrayList<>();
    for (PublishedResults.Wijk each : published.get().wijken()) {
      if (wijk != null && !each.id().equals(wijk)) {
        continue;
      }
      for (PublishedResults.Point point : each.chosen()) {
        chosen.add(new ChosenPoint(each, point, all.getOrDefault(point.id(), List.of())));
      }
    }
    return chosen;
  }

  /**
   * @throws NotChosenException when the point is not chosen in the published results
   */
  public ChosenPoint point(String ideaId) {
    return chosen(null).stream()
        .filter(chosen -> chosen.point().id().equals(ideaId))
        .findFirst()
        .orElseThrow(() -> new NotChosenException(ideaId));
  }

  /**
   * Adds an update and mails it to the people behind the point.
   *
   * @throws NotChosenException when the point is not chosen
   * @throws nl.alkmaar.wijkaanzet.validation.InvalidInputException a field at fault
   */
  public ProgressUpdate update(String ideaId, ProgressForm form, String author) {
    ChosenPoint chosen = point(ideaId);
    ProgressUpdate update = ProgressRules.check(form, chosen.status(), author, clock.instant());
    Campaign campaign = campaigns.active();
    store.add(campaign.id(), ideaId, update);
    int number = chosen.updates().size() + 1;
    List<OnceMail> letters = new ArrayList<>();
    for (PointSenders.Sender sender : PointSenders.of(ideas, campaign.id(), ideaId)) {
      Map<String, Object> model = new HashMap<>();
      model.put("wijk", chosen.wijk().name());
      model.put("reference", sender.reference());
      model.put("status", update.status().id());
      model.put("statusLabel", update.status().label());
      model.put("planned", update.planned().map(DATE::format).orElse(""));
      model.put("text", update.text());
      model.put("link", campaign.website() == null ? "" : campaign.website());
      letters.add(
          new OnceMail(
              MAIL + "-" + sender.ideaId() + "-" + number,
              MAIL,
              sender.submitter().email(),
              sender.submitter().language(),
              model));
    }
    mails.sendOnce(letters);
    return update;
  }
}
