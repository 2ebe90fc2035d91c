package nl.alkmaar.wijkaanzet.vote;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.alkmaar.wijkaanzet.campaign.Campaign;
import nl.alkmaar.wijkaanzet.idea.Idea;

/**
 * The e-mail method: a ballot with an e-mail address and an address in the wijk waits for the link
 * mailed to that address; the link casts it once (see {@link EmailBallots} for the link).
 */
final class EmailVoting {

  private final BallotCasting casting;
  private final AddressBook addresses;
  private final VoterKeys keys;
  private final EmailBallots emailBallots;
  private final WrongAttempts mailsPerVoter;

  EmailVoting(
      BallotCasting casting,
      AddressBook addresses,
      VoterKeys keys,
      EmailBallots emailBallots,
      Clock clock) {
    this.casting = casting;
    this.addresses = addresses;
    this.keys = keys;
    this.emailBallots = emailBallots;
    // Three link mails per address, then one after 20 minutes, doubling: enough for a typo,
    // too few to flood someone's inbox with links they did not ask for.
    this.mailsPerVoter = new WrongAttempts(3, Duration.ofMinutes(20), Duration.ofHours(6), clock);
  }

  /**
   * The e-mail method, first step: checks the ballot, the address (its wijk must be the ballot's)
   * and the e-mail address, keeps the ballot as pending and mails a link that confirms it. The
   * answer is the same whether or not the address voted before or asked a moment ago (then no
   * second mail goes out), so nobody learns anything about an address that is not theirs.
   *
   * @throws nl.alkmaar.wijkaanzet.validation.InvalidInputException a field at fault
   */
  void request(
      String wijk,
      List<String> points,
      String email,
      String postcode,
      String houseNumber,
      String language) {
    casting.window().requireOpen();
    Campaign campaign = casting.campaign();
    List<String> chosen = BallotRules.check(campaign, wijk, points, casting.choosable(wijk));
    String address = email == null ? "" : email.strip();
    List<nl.alkmaar.wijkaanzet.validation.FieldError> errors = new java.util.ArrayList<>();
    if (address.length() > 254 || !address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      errors.add(
          new nl.alkmaar.wijkaanzet.validation.FieldError(
              "email", "Vul een e-mailadres in zoals naam@voorbeeld.nl."));
    }
    Optional<String> code = AddressBook.normalizePostcode(postcode);
    int number = houseNumber(houseNumber);
    if (code.isEmpty()) {
      errors.add(
          new nl.alkmaar.wijkaanzet.validation.FieldError(
              "postcode", "Vul uw postcode in zoals 1811 AB."));
    }
    if (number < 1) {
      errors.add(
          new nl.alkmaar.wijkaanzet.validation.FieldError(
              "huisnummer", "Vul uw huisnummer in, alleen het getal."));
    }
    if (!errors.isEmpty()) {
      throw new nl.alkmaar.wijkaanzet.validation.InvalidInputException(errors);
    }
    String wijkName = campaign.wijk(wijk).map(w -> w.name()).orElse(wijk);
    if (!addresses.wijkOf(code.get(), number).filter(wijk::equals).isPresent()) {
      throw BallotRules.invalid(
          "postcode",
          "Dit adres ligt niet in "
              + wijkName
              + ". U kunt alleen stemmen op punten van de wijk waar u woont.");
    }
    String voter = keys.ofEmail(address);
    if (mailsPerVoter.waitSeconds(voter) == 0) {
      mailsPerVoter.mistake(voter);
      emailBallots.request(campaign, wijkName, wijk, chosen, voter, address, language);
    }
  }

  /** The pending ballot behind an e-mail link, for the confirmation page; empty if unknown. */
  Optional<Voting.PendingView> pending(String token) {
    return emailBallots
        .find(token)
        .map(
            pending ->
                new Voting.PendingView(
                    pending.wijk(),
                    pending.ideas().stream()
                        .map(id -> casting.choosable(pending.wijk()).get(id))
                        .filter(java.util.Objects::nonNull)
                        .toList(),
                    emailBallots.expired(pending)));
  }

  /**
   * The e-mail method, second step: the link's token casts the pending ballot, once.
   *
   * @throws nl.alkmaar.wijkaanzet.validation.InvalidInputException an unknown or expired link
   * @throws AlreadyVotedException when this e-mail address voted already
   */
  VoteReceipt confirm(String token) {
    casting.window().requireOpen();
    PendingBallot pending =
        emailBallots
            .find(token)
            .orElseThrow(
                () ->
                    BallotRules.invalid(
                        "token",
                        "Deze link kennen we niet, of hij is al gebruikt. Vraag op de website een"
                            + " nieuwe aan."));
    if (emailBallots.expired(pending)) {
      throw BallotRules.invalid(
          "token",
          "Deze link is verlopen: hij werkt "
              + EmailBallots.VALID.toHours()
              + " uur. Stem opnieuw op de website, dan krijgt u een nieuwe link.");
    }
    Map<String, Idea> choosable = casting.choosable(pending.wijk());
    List<String> chosen =
        BallotRules.check(casting.campaign(), pending.wijk(), pending.ideas(), choosable);
    try {
      return casting.cast(
          pending.voterKey(),
          new Ballot(
              casting.idFor(pending.voterKey()),
              pending.wijk(),
              chosen,
              VoteMethod.EMAIL,
              null,
              casting.today()),
          choosable,
          "Met dit e-mailadres is al gestemd. Iedereen kan één keer stemmen.");
    } finally {
      emailBallots.used(pending);
    }
  }

  private static int houseNumber(String typed) {
    try {
      int number = Integer.parseInt(typed == null ? "" : typed.strip());
      return number >= 1 && number <= 99_999 ? number : 0;
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
