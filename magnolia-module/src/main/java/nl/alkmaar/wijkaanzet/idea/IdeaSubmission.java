package nl.alkmaar.wijkaanzet.idea;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import nl.alkmaar.wijkaanzet.campaign.Campaign;
import nl.alkmaar.wijkaanzet.campaign.CampaignService;
import nl.alkmaar.wijkaanzet.idea.photo.InvalidPhotoException;
import nl.alkmaar.wijkaanzet.idea.photo.PhotoProcessor;
import nl.alkmaar.wijkaanzet.validation.FieldError;
import nl.alkmaar.wijkaanzet.validation.InvalidInputException;

/**
 * Accepts a verbeterpunt: the submission window must be open, every field valid, and then the
 * point, its submitter and the first history entry are stored together. A point arrives as {@link
 * IdeaStatus#INGEDIEND}; moderators publish it.
 */
public final class IdeaSubmission {

  private final CampaignService campaigns;
  private final IdeaStore store;
  private final ReferenceGenerator references;
  private final ConfirmationMail confirmation;
  private final Runnable mailNudge;
  private final Clock clock;
  private final PhotoProcessor photos = new PhotoProcessor();

  /** The photo field sits after the location field in the form, so its error does too. */
  private static final java.util.function.Function<List<FieldError>, Integer> PHOTO_POSITION =
      errors -> {
        int position = 0;
        for (int i = 0; i < errors.size(); i++) {
          if (List.of("wijk", "title", "description", "category", "location")
              .contains(errors.get(i).field())) {
            position = i + 1;
          }
        }
        return position;
      };

  /**
   * @param mailNudge tells the mail dispatcher a new mail is waiting, after it was saved
   */
  public IdeaSubmission(
      CampaignService campaigns,
      IdeaStore store,
      ReferenceGenerator references,
      ConfirmationMail confirmation,
      Runnable mailNudge,
      Clock clock) {
    this.campaigns = campaigns;
    this.store = store;
    this.references = references;
    this.confirmation = confirmation;
    this.mailNudge = mailNudge;
    this.clock = clock;
  }

  /** The photo processor, whose decode turns are shared by all submissions of this host. */
  public PhotoProcessor photos() {
    return photos;
  }

  public SubmissionWindow window() {
    return SubmissionWindow.of(campaigns.timeline());
  }

  /**
   * Checks and prepares an uploaded photo: re-encoded without metadata when it can be used, or the
   * reason it cannot, in Dutch.
   *
   * @throws nl.alkmaar.wijkaanzet.idea.photo.PhotosBusyException when too many photos are being
   *     processed at once; nothing was checked
   */
  public PhotoChoice photo(byte[] upload) {
    try {
      return PhotoChoice.of(photos.process(upload));
    } catch (InvalidPhotoException e) {
      return PhotoChoice.refused(e.getMessage());
    }
  }

  /**
   * @param photo from {@link #photo(byte[])}, or one kept from an earlier post of the same form
   * @param actor {@link AuditEntry#RESIDENT}, or the user name of the staff member who entered it
   * @param language the language of the confirmation mail ({@code nl} or {@code en})
   */
  public Idea submit(
      SubmissionForm raw, PhotoChoice photo, Channel channel, String actor, String language) {
    window().requireOpen();
    Campaign campaign = campaigns.active();
    SubmissionForm form = raw.normalized();
    List<FieldError> errors =
        new ArrayList<>(new SubmissionValidator(campaign).problems(form, channel));
    photo
        .refusal()
        .ifPresent(
            reason -> errors.add(PHOTO_POSITION.apply(errors), new FieldError("photo", reason)));
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    String reference = references.next();
    Idea idea =
        new Idea(
            ReferenceGenerator.idOf(reference),
            reference,
            campaign.id(),
            form.wijk(),
            form.title(),
            form.description(),
            form.category(),
            form.location(),
            IdeaStatus.INGEDIEND,
            channel,
            form.ageGroup() == null ? null : AgeGroup.byId(form.ageGroup()).orElseThrow(),
            clock.instant(),
            photo.photo().isPresent());
    Submitter submitter = new Submitter(form.name(), form.email(), idea.submittedAt(), language);
    String how = channel.isAssisted() ? "ingevoerd via " + channel.id() : "online ingediend";
    store.create(
        idea,
        submitter,
        new AuditEntry(idea.submittedAt(), actor, "ingediend", how),
        photo.photo(),
        confirmation.forIdea(campaign, idea, submitter, language));
    mailNudge.run();
    return idea;
  }
}
