package nl.alkmaar.wijkaanzet.execution;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.alkmaar.wijkaanzet.campaign.Campaign;
import nl.alkmaar.wijkaanzet.campaign.CampaignService;
import nl.alkmaar.wijkaanzet.follow.Following;
import nl.alkmaar.wijkaanzet.idea.IdeaStore;
import nl.alkmaar.wijkaanzet.idea.PointSenders;
import nl.alkmaar.wijkaanzet.idea.photo.InvalidPhotoException;
import nl.alkmaar.wijkaanzet.idea.photo.Photo;
import nl.alkmaar.wijkaanzet.idea.photo.PhotoProcessor;
import nl.alkmaar.wijkaanzet.notify.OnceMail;
import nl.alkmaar.wijkaanzet.notify.OnceMails;
import nl.alkmaar.wijkaanzet.result.PublishedResults;
import nl.alkmaar.wijkaanzet.result.Results;
import nl.alkmaar.wijkaanzet.validation.FieldError;
import nl.alkmaar.wijkaanzet.validation.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Progress on the chosen points, from September on: an editor adds updates (status, planned date, a
 * text for residents); residents read them on the wijk and campaign pages; the people who sent a
 * point in, and the residents who follow its wijk, are mailed each update once.
 */
public final class ExecutionTracking {

  /** The mail template (light module {@code mail/uitvoering_<language>.ftl}). */
  public static final String MAIL = "uitvoering";

  /** The mail to followers of the wijk (light module {@code mail/volgen-nieuws_<language>.ftl}). */
  public static final String FOLLOWER_MAIL = "volgen-nieuws";

  private static final Logger LOG = LoggerFactory.getLogger(ExecutionTracking.class);

  private final CampaignService campaigns;
  private final IdeaStore ideas;
  private final Results results;
  private final ProgressStore store;
  private final OnceMails mails;
  private final Following following;
  private final PhotoProcessor photos;
  private final Clock clock;

  public ExecutionTracking(
      CampaignService campaigns,
      IdeaStore ideas,
      Results results,
      ProgressStore store,
      OnceMails mails,
      Following following,
      PhotoProcessor photos,
      Clock clock) {
    this.campaigns = campaigns;
    this.ideas = ideas;
    this.results = results;
    this.store = store;
    this.mails = mails;
    this.following = following;
    this.photos = photos;
    this.clock = clock;
  }

  /** The chosen points of every wijk (or of {@code wijk}), in the published order. */
  public List<ChosenPoint> chosen(String wijk) {
    return chosen(campaigns.active().id(), wijk);
  }

  /**
   * The chosen points of a campaign, the active one or an earlier edition (whose updates stay
   * readable), of every wijk or of {@code wijk}.
   */
  public List<ChosenPoint> chosen(String campaignId, String wijk) {
    Optional<PublishedResults> published = results.published(campaignId);
    if (published.isEmpty()) {
      return List.of();
    }
    Map<String, List<ProgressUpdate>> all = store.all(campaignId);
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
   * The photo of a chosen point's update (or its thumbnail); empty when there is none, the point is
   * not chosen or the results are not out.
   */
  public Optional<byte[]> photo(String ideaId, int number, boolean thumbnail) {
    return photo(campaigns.active().id(), ideaId, number, thumbnail);
  }

  /** As {@link #photo(String, int, boolean)}, in the campaign {@code campaignId}. */
  public Optional<byte[]> photo(String campaignId, String ideaId, int number, boolean thumbnail) {
    boolean chosen =
        chosen(campaignId, null).stream().anyMatch(point -> point.point().id().equals(ideaId));
    return chosen ? store.photo(campaignId, ideaId, number, thumbnail) : Optional.empty();
  }

  /** What came of an update: the update, and how many people were mailed about it. */
  public record Posted(ProgressUpdate update, int mailed) {}

  /**
   * Adds an update and mails it to the people behind the point. One update at a time, so that two
   * editors (or one double click) never interleave the check of the status and the numbering.
   *
   * @param seen how many updates the editor saw on the form, or -1 not to check: an update posted
   *     meanwhile is shown first rather than answered blindly
   * @throws NotChosenException when the point is not chosen
   * @throws nl.alkmaar.wijkaanzet.validation.InvalidInputException a field at fault, or an update
   *     added since the form was shown
   */
  public synchronized Posted update(String ideaId, ProgressForm form, String author, int seen) {
    ChosenPoint chosen = point(ideaId);
    if (seen >= 0 && seen != chosen.updates().size()) {
      throw new InvalidInputException(
          List.of(
              new FieldError(
                  "actie",
                  "Er is intussen een bericht over dit punt opgeslagen (staat hieronder). Lees"
                      + " het en verstuur uw bericht dan opnieuw als het nog nodig is.")));
    }
    Optional<Photo> photo = Optional.empty();
    List<FieldError> photoFaults = new ArrayList<>();
    if (form.photo().isPresent()) {
      try {
        photo = Optional.of(photos.process(form.photo().get()));
      } catch (InvalidPhotoException e) {
        photoFaults.add(new FieldError(ProgressForm.PHOTO, e.getMessage()));
      }
    }
    ProgressUpdate update;
    try {
      update = ProgressRules.check(form, chosen.status(), author, clock.instant());
    } catch (InvalidInputException e) {
      List<FieldError> all = new ArrayList<>(e.errors());
      all.addAll(photoFaults);
      throw new InvalidInputException(all);
    }
    if (!photoFaults.isEmpty()) {
      throw new InvalidInputException(photoFaults);
    }
    if (photo.isPresent()) {
      update = update.numbered(0, Optional.of(form.photoAlt()));
    }
    Campaign campaign = campaigns.active();
    int number = store.add(campaign.id(), ideaId, update, photo);
    List<OnceMail> letters = new ArrayList<>();
    Set<String> addressed = new HashSet<>();
    for (PointSenders.Sender sender : PointSenders.of(ideas, campaign.id(), ideaId)) {
      Map<String, Object> model = model(campaign, chosen, update, sender.submitter().language());
      model.put("reference", sender.reference());
      addressed.add(sender.submitter().email().strip().toLowerCase(Locale.ROOT));
      letters.add(
          new OnceMail(
              MAIL + "-" + sender.ideaId() + "-" + number,
              MAIL,
              sender.submitter().email(),
              sender.submitter().language(),
              model));
    }
    for (Following.Recipient follower : following.recipients(chosen.wijk().id())) {
      if (!addressed.add(follower.email().strip().toLowerCase(Locale.ROOT))) {
        continue; // who sent the point in gets its own mail, not a second one
      }
      Map<String, Object> model = model(campaign, chosen, update, follower.language());
      model.put("title", chosen.point().title());
      model.put("stop", follower.stopLink());
      model.put("oneClick", follower.oneClick());
      letters.add(
          new OnceMail(
              FOLLOWER_MAIL + "-" + ideaId + "-" + number + "-" + follower.key(),
              FOLLOWER_MAIL,
              follower.email(),
              follower.language(),
              model));
    }
    int mailed = 0;
    try {
      mailed = mails.sendOnce(letters);
    } catch (RuntimeException e) {
      // The update is stored and public; only its mails are missing. Said here, so it can be sent.
      LOG.error(
          "update {} of {} stored, but its {} mails were not queued",
          number,
          ideaId,
          letters.size(),
          e);
    }
    return new Posted(update, mailed);
  }

  private static Map<String, Object> model(
      Campaign campaign, ChosenPoint chosen, ProgressUpdate update, String languageTag) {
    Map<String, Object> model = new HashMap<>();
    model.put("wijk", chosen.wijk().name());
    model.put("status", update.status().id());
    model.put("statusLabel", update.status().label());
    Locale language = Locale.forLanguageTag(languageTag);
    model.put(
        "planned",
        update
            .planned()
            .map(DateTimeFormatter.ofPattern("d MMMM yyyy", language)::format)
            .orElse(""));
    model.put("text", update.text());
    model.put("link", campaign.website() == null ? "" : campaign.website());
    return model;
  }
}
