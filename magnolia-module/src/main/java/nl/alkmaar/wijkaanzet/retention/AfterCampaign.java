package nl.alkmaar.wijkaanzet.retention;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import nl.alkmaar.wijkaanzet.campaign.CampaignService;
import nl.alkmaar.wijkaanzet.follow.Following;
import nl.alkmaar.wijkaanzet.idea.IdeaStore;
import nl.alkmaar.wijkaanzet.notify.Outbox;
import nl.alkmaar.wijkaanzet.result.Results;
import nl.alkmaar.wijkaanzet.validation.FieldError;
import nl.alkmaar.wijkaanzet.validation.InvalidInputException;
import nl.alkmaar.wijkaanzet.vote.Register;
import nl.alkmaar.wijkaanzet.vote.VoteRegisters;
import nl.alkmaar.wijkaanzet.vote.Voting;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deleting the campaign's personal data once it is no longer needed, in two steps an editor takes:
 * the register of voters (who voted, the letter codes, ballots waiting for a link) once the results
 * are published, and the contact data (submitters' names and addresses, followers, the addresses
 * and texts of sent mails) when the campaign no longer mails anyone. What stays holds no personal
 * data: the points, their history, the ballots, the results and the execution updates. Works on the
 * active campaign and on earlier editions kept in the repository.
 */
public final class AfterCampaign {

  private static final Logger LOG = LoggerFactory.getLogger(AfterCampaign.class);

  private final CampaignService campaigns;
  private final Voting voting;
  private final VoteRegisters registers;
  private final IdeaStore ideas;
  private final Following following;
  private final Function<String, Outbox> outboxes;
  private final Results results;

  /**
   * @param outboxes the outbox of a campaign by its id (the active one's is the host's)
   */
  public AfterCampaign(
      CampaignService campaigns,
      Voting voting,
      VoteRegisters registers,
      IdeaStore ideas,
      Following following,
      Function<String, Outbox> outboxes,
      Results results) {
    this.campaigns = campaigns;
    this.voting = voting;
    this.registers = registers;
    this.ideas = ideas;
    this.following = following;
    this.outboxes = outboxes;
    this.results = results;
  }

  /** The campaigns whose data can be deleted here: the active one first, then earlier editions. */
  public List<String> editions() {
    List<String> ids = new ArrayList<>();
    ids.add(campaigns.active().id());
    ids.addAll(campaigns.archive());
    return ids;
  }

  /** What is stored now (counts only) and which step may be taken. */
  public record Overview(
      String campaignId,
      Register register,
      int submitters,
      int followers,
      Outbox.Contents mails,
      Optional<String> registerRefusal,
      Optional<String> contactsRefusal) {}

  public Overview overview() {
    return overview(campaigns.active().id());
  }

  /**
   * @throws InvalidInputException for an id that is no campaign kept here
   */
  public Overview overview(String campaignId) {
    String campaign = known(campaignId);
    Outbox.Contents mails = outboxes.apply(campaign).contents();
    return new Overview(
        campaign,
        isActive(campaign) ? voting.register() : registers.of(campaign),
        ideas.submitterCount(campaign),
        following.followerCount(campaign),
        mails,
        registerRefusal(campaign),
        contactsRefusal(campaign, mails));
  }

  private boolean isActive(String campaignId) {
    return campaigns.active().id().equals(campaignId);
  }

  private String known(String campaignId) {
    if (campaignId == null || !editions().contains(campaignId)) {
      throw new InvalidInputException(
          List.of(new FieldError("campagne", "Kies een campagne uit de lijst.")));
    }
    return campaignId;
  }

  private Optional<String> registerRefusal(String campaignId) {
    return results.published(campaignId).isPresent()
        ? Optional.empty()
        : Optional.of(
            "Dit kan pas als de uitslag is gepubliceerd. Tot dan is het register nodig: het zorgt"
                + " dat iedereen maar één keer stemt.");
  }

  private Optional<String> contactsRefusal(String campaignId, Outbox.Contents mails) {
    if (results.published(campaignId).isEmpty()) {
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

  /** Deletes the active campaign's register of voters (see the next). */
  public Register forgetRegister(String editor, boolean sure) {
    return forgetRegister(campaigns.active().id(), editor, sure);
  }

  /**
   * Deletes the register of voters of a campaign.
   *
   * @param sure the editor ticked that they know what it means
   * @throws InvalidInputException not yet allowed, not ticked, or no such campaign
   */
  public Register forgetRegister(String campaignId, String editor, boolean sure) {
    String campaign = known(campaignId);
    check(registerRefusal(campaign), sure, "register-zeker");
    Register deleted = isActive(campaign) ? voting.forgetRegister() : registers.forget(campaign);
    // Counts and who, for the audit; never what.
    LOG.info(
        "register of {} deleted by {}: {} voters, {} codes, {} waiting ballots",
        campaign,
        editor,
        deleted.voters(),
        deleted.codes(),
        deleted.pendingBallots());
    return deleted;
  }

  /** What the second step deleted. */
  public record Contacts(int submitters, int followers, int mails) {}

  /** Deletes the active campaign's contact data (see the next). */
  public Contacts forgetContacts(String editor, boolean sure) {
    return forgetContacts(campaigns.active().id(), editor, sure);
  }

  /**
   * Deletes the contact data of a campaign: submitters, followers, addresses and texts of sent
   * mails.
   *
   * @throws InvalidInputException not yet allowed, not ticked, or no such campaign
   */
  public Contacts forgetContacts(String campaignId, String editor, boolean sure) {
    String campaign = known(campaignId);
    Outbox outbox = outboxes.apply(campaign);
    check(contactsRefusal(campaign, outbox.contents()), sure, "contact-zeker");
    Contacts deleted =
        new Contacts(
            ideas.forgetSubmitters(campaign),
            following.forgetAll(campaign),
            outbox.forgetAddresses());
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
