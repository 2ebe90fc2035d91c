package nl.alkmaar.wijkaanzet.vote;

import java.util.List;
import java.util.Map;
import nl.alkmaar.wijkaanzet.campaign.Campaign;
import nl.alkmaar.wijkaanzet.idea.Idea;

/** The in-person method: staff record a ballot for a resident they checked at a desk. */
final class InPersonVoting {

  private final BallotCasting casting;
  private final AddressBook addresses;
  private final VoterKeys keys;

  InPersonVoting(BallotCasting casting, AddressBook addresses, VoterKeys keys) {
    this.casting = casting;
    this.addresses = addresses;
    this.keys = keys;
  }

  /**
   * Casts a ballot that staff record for a resident they checked in person (library, wijkcentrum,
   * Publiekshal, the red van): the wijk follows from the address, the resident is registered under
   * their address and date of birth, and the channel is kept with the ballot.
   *
   * @param wijk the wijk staff chose, or null; it must be the address's wijk
   * @throws nl.alkmaar.wijkaanzet.validation.InvalidInputException a field at fault
   * @throws AlreadyVotedException when this resident voted in person before
   */
  VoteReceipt cast(
      String wijk,
      List<String> points,
      String channelId,
      String postcode,
      String houseNumber,
      String born) {
    casting.window().requireOpen();
    Campaign campaign = casting.campaign();
    String channel =
        nl.alkmaar.wijkaanzet.idea.Channel.byId(channelId == null ? "" : channelId)
            .filter(nl.alkmaar.wijkaanzet.idea.Channel::isAssisted)
            .map(nl.alkmaar.wijkaanzet.idea.Channel::id)
            .orElseThrow(() -> BallotRules.invalid("kanaal", "Kies waar u de stem opneemt."));
    PersonCheck person = PersonCheck.of(postcode, houseNumber, born, casting.today());
    String addressWijk =
        addresses
            .wijkOf(person.postcode(), person.houseNumber())
            .orElseThrow(
                () ->
                    BallotRules.invalid(
                        "postcode",
                        "Dit adres staat niet in de adressenlijst van de gemeente. Controleer"
                            + " postcode en huisnummer."));
    if (wijk != null && !wijk.isBlank() && !wijk.equals(addressWijk)) {
      throw BallotRules.invalid(
          "wijk",
          "Dit adres hoort bij "
              + campaign.wijk(addressWijk).map(w -> w.name()).orElse(addressWijk)
              + ". De bewoner kan alleen stemmen op punten van die wijk.");
    }
    Map<String, Idea> choosable = casting.choosable(addressWijk);
    List<String> chosen = BallotRules.check(campaign, addressWijk, points, choosable);
    String voter = keys.ofPerson(person.postcode(), person.houseNumber(), person.born());
    return casting.cast(
        voter,
        new Ballot(
            casting.idFor(voter),
            addressWijk,
            chosen,
            VoteMethod.ASSISTED,
            channel,
            casting.today()),
        choosable,
        "Deze bewoner heeft al gestemd. Iedereen kan één keer stemmen.");
  }
}
