package nl.alkmaar.wijkaanzet.retention;

import java.util.List;
import java.util.Optional;
import nl.alkmaar.wijkaanzet.campaign.CampaignService;
import nl.alkmaar.wijkaanzet.follow.Following;
import nl.alkmaar.wijkaanzet.idea.IdeaStore;
import nl.alkmaar.wijkaanzet.notify.Outbox;
import nl.alkmaar.wijkaanzet.result.Results;
import nl.alkmaar.wijkaanzet.validation.FieldError;
import nl.alkmaar.wijkaanzet.validation.InvalidInputException;
import nl.alkmaar.wijkaanzet.vote.Register;
import nl.alkmaar.wijkaanzet.vote.Voting;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deleting the campaign's personal data once it is no longer needed, in two steps an editor takes:
 * the register of voters (who voted, the letter codes, ballots waiting for a link) once the results
 * are published, and the contact data (submitters' names and addresses, followers, the addresses
 * and texts of sent mails) when the campaign no longer mails anyone. What stays holds no personal
 * data: the points, their history, the ballots, the results and the execution updates.
 */
public final class AfterCampaign {

  private static final Logger LOG = LoggerFactory.getLogger(AfterCampaign.class);

  private final CampaignService campaigns;
  private final Voting voting;
  private final IdeaStore ideas;
  private final Following following;
  private final Outbox outbox;
  private final Results results;

  public AfterCampaign(
      CampaignService campaigns,
      Voting voting,
      IdeaStore ideas,
      Following following,
      Outbox outbox,
      Results results) {
    this.campaigns = campaigns;
    this.voting = voting;
    this.ideas = ideas;
    this.following = following;
    this.outbox = outbox;
    this.results = results;
  }

  /** What is stored now (counts only) and which step may be taken. */
  public record Overview(
      Register register,
      int submitters,
      int followers,
      Outbox.Contents mails,
      Optional<String> registerRefusal,
      Optional<String> contactsRefusal) {}

  public Overview overview() {
    String campaign = campaigns.active().id();
    Outbox.Contents mails = outbox.contents();
    return new Overview(
        voting.register(),
        ideas.submitterCount(campaign),
        following.followerCount(),
        mails,
        registerRefusal(),
        contactsRefusal(mails));
  }

  private Optional<String> registerRefusal() {
    return results.published().isPresent()
        ? Optional.empty()
        : Optional.of(
            "Dit kan pas als de uitslag is gepubliceerd. Tot dan is het register nodig: het zorgt"
                + " dat iedereen maar één keer stemt.");
  }

  private Optional<String> contactsRefusal(Outbox.Contents mails) {
    if (results.published().isEmpty()) {
      return Optional.of(
          "Dit kan pas als de uitslag is gepubliceerd. Indieners en volgers krijgen de uitslag"
              + " nog per e-mail.");
    }
    if (mails.waiting() > 0) {
      return Optional.of(
          mails.waiting()
              + (mails.waiting() == 1 ? " e-mail wacht" : " e-mails wachten")
              + " nog op verzending. Probeer het opnieuw als ze verstuurd zijn.");
    }
    return Optional.empty();
  }

  /**
   * Deletes the register of voters.
   *
   * @param sure the editor ticked that they know what it means
   * @throws InvalidInputException not yet allowed, or not ticked
   */
  public Register forgetRegister(String editor, boolean sure) {
    check(registerRefusal(), sure, "register-zeker");
    Register deleted = voting.forgetRegister();
    // Counts and who, for the audit; never what.
    LOG.info(
        "register of {} deleted by {}: {} voters, {} codes, {} waiting ballots",
        campaigns.active().id(),
        editor,
        deleted.voters(),
        deleted.codes(),
        deleted.pendingBallots());
    return deleted;
  }

  /** What the second step deleted. */
  public record Contacts(int submitters, int followers, int mails) {}

  /**
   * Deletes the contact data: submitters, followers, addresses and texts of sent mails.
   *
   * @throws InvalidInputException not yet allowed, or not ticked
   */
  public Contacts forgetContacts(String editor, boolean sure) {
    check(contactsRefusal(outbox.contents()), sure, "contact-zeker");
    String campaign = campaigns.active().id();
    Contacts deleted =
        new Contacts(
            ideas.forgetSubmitters(campaign), following.forgetAll(), outbox.forgetAddresses());
    LOG.info(
        "contact data of {} deleted by {}: {} submitters, {} followers, {} mails",
        campaign,
        editor,
        deleted.submitters(),
        deleted.followers(),
        deleted.mails());
    return deleted;
  }

  private static void check(Optional<String> refusal, boolean sure, String field) {
    if (refusal.isPresent()) {
      throw new InvalidInputException(List.of(new FieldError(field, refusal.get())));
    }
    if (!sure) {
      throw new InvalidInputException(
          List.of(
              new FieldError(
                  field,
                  "Zet een vinkje als u zeker weet dat u deze gegevens wilt verwijderen. Dit kan"
                      + " niet ongedaan worden gemaakt.")));
    }
  }
}
