package nl.alkmaar.wijkaanzet.vote;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import nl.alkmaar.wijkaanzet.campaign.Campaign;
import nl.alkmaar.wijkaanzet.campaign.CampaignService;
import nl.alkmaar.wijkaanzet.idea.Idea;
import nl.alkmaar.wijkaanzet.idea.IdeaStore;

/**
 * Meebeslissen: a verified resident puts one ballot with up to {@code choicesPerBallot} published
 * points of their own wijk in the box, once. The checks run in the request thread; the ballot then
 * goes through the {@link VoteEngine}, and the answer comes once it is durably stored.
 */
public final class Voting implements AutoCloseable {

  /** How long a request waits for its batch to be saved before it gives up. */
  private static final long SAVE_TIMEOUT_SECONDS = 30;

  private final CampaignService campaigns;
  private final BallotBox box;
  private final VoteEngine engine;
  private final Tallies tallies;
  private final VoterKeys keys;
  private final PublishedPoints published;
  private final WrongAttempts wrongCodes;
  private final CodeBook codes;
  private final AddressBook addresses;
  private final EmailBallots emailBallots;
  private final WrongAttempts mailsPerVoter;
  private final SecureRandom random;
  private final Clock clock;

  public Voting(
      CampaignService campaigns,
      IdeaStore ideas,
      BallotBox box,
      VoteEngine engine,
      Tallies tallies,
      VoterKeys keys,
      CodeInbox inbox,
      AddressBook addresses,
      PendingBallots pending,
      BallotMail mail,
      SecureRandom random,
      Clock clock) {
    this.campaigns = campaigns;
    this.box = box;
    this.engine = engine;
    this.tallies = tallies;
    this.keys = keys;
    this.published = new PublishedPoints(ideas, campaigns.active().id(), clock);
    this.wrongCodes = new WrongAttempts(5, Duration.ofMinutes(1), Duration.ofHours(1), clock);
    this.codes = new CodeBook(box, inbox);
    this.addresses = addresses;
    this.emailBallots = new EmailBallots(pending, mail, random, clock);
    // Three link mails per address, then one after 20 minutes, doubling: enough for a typo,
    // too few to flood someone's inbox with links they did not ask for.
    this.mailsPerVoter = new WrongAttempts(3, Duration.ofMinutes(20), Duration.ofHours(6), clock);
    this.random = random;
    this.clock = clock;
  }

  public VotingWindow window() {
    return VotingWindow.of(campaigns.timeline());
  }

  /**
   * Casts a ballot with a letter code.
   *
   * @param client who is trying (an address key), for the lockout after wrong codes
   * @throws nl.alkmaar.wijkaanzet.idea.PhaseClosedException outside the voting window
   * @throws nl.alkmaar.wijkaanzet.validation.InvalidInputException a field at fault
   * @throws TooManyMistakesException after too many wrong codes from {@code client}
   * @throws AlreadyVotedException when the code was used
   */
  public VoteReceipt castWithCode(String wijk, List<String> points, String code, String client) {
    window().requireOpen();
    long wait = wrongCodes.waitSeconds(client);
    if (wait > 0) {
      throw new TooManyMistakesException(wait);
    }
    Campaign campaign = campaigns.active();
    Map<String, Idea> choosable = choosableById(wijk);
    List<String> chosen = BallotRules.check(campaign, wijk, points, choosable);
    Optional<String> normalized = LetterCodes.normalize(code);
    if (normalized.isEmpty()) {
      wrongCodes.mistake(client);
      throw BallotRules.invalid(
          "code",
          code == null || code.isBlank()
              ? "Vul de stemcode uit uw brief in."
              : "Een stemcode heeft 12 letters en cijfers, zoals ABCD-EFGH-JKMN. Controleer de"
                  + " code in uw brief.");
    }
    String voter = keys.ofCode(normalized.get());
    Optional<String> codeWijk = codes.wijk(voter);
    if (codeWijk.isEmpty()) {
      wrongCodes.mistake(client);
      throw BallotRules.invalid(
          "code", "Deze stemcode klopt niet. Controleer de code in uw brief en typ hem opnieuw.");
    }
    if (!codeWijk.get().equals(wijk)) {
      throw BallotRules.invalid(
          "code",
          "Deze stemcode hoort bij een andere wijk. U kunt alleen stemmen op punten van de wijk"
              + " in uw brief.");
    }
    return cast(
        voter,
        new Ballot(newId(), wijk, chosen, VoteMethod.CODE, null, today()),
        choosable,
        "Met deze stemcode is al gestemd. Iedere stemcode telt één keer.");
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
  public VoteReceipt castAssisted(
      String wijk,
      List<String> points,
      String channelId,
      String postcode,
      String houseNumber,
      String born) {
    window().requireOpen();
    Campaign campaign = campaigns.active();
    String channel =
        nl.alkmaar.wijkaanzet.idea.Channel.byId(channelId == null ? "" : channelId)
            .filter(nl.alkmaar.wijkaanzet.idea.Channel::isAssisted)
            .map(nl.alkmaar.wijkaanzet.idea.Channel::id)
            .orElseThrow(() -> BallotRules.invalid("kanaal", "Kies waar u de stem opneemt."));
    PersonCheck person = PersonCheck.of(postcode, houseNumber, born, today());
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
    Map<String, Idea> choosable = choosableById(addressWijk);
    List<String> chosen = BallotRules.check(campaign, addressWijk, points, choosable);
    String voter = keys.ofPerson(person.postcode(), person.houseNumber(), person.born());
    return cast(
        voter,
        new Ballot(newId(), addressWijk, chosen, VoteMethod.ASSISTED, channel, today()),
        choosable,
        "Deze bewoner heeft al gestemd. Iedereen kan één keer stemmen.");
  }

  /**
   * The e-mail method, first step: checks the ballot, the address (its wijk must be the ballot's)
   * and the e-mail address, keeps the ballot as pending and mails a link that confirms it. The
   * answer is the same whether or not the address voted before or asked a moment ago (then no
   * second mail goes out), so nobody learns anything about an address that is not theirs.
   *
   * @throws nl.alkmaar.wijkaanzet.validation.InvalidInputException a field at fault
   */
  public void requestByEmail(
      String wijk,
      List<String> points,
      String email,
      String postcode,
      String houseNumber,
      String language) {
    window().requireOpen();
    Campaign campaign = campaigns.active();
    List<String> chosen = BallotRules.check(campaign, wijk, points, choosableById(wijk));
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

  /** Whether this host has an address table (without one, only letter codes work). */
  public boolean addressesEmpty() {
    return addresses.isEmpty();
  }

  /** The pending ballot behind an e-mail link, for the confirmation page; empty if unknown. */
  public Optional<PendingView> pendingByEmail(String token) {
    return emailBallots
        .find(token)
        .map(
            pending ->
                new PendingView(
                    pending.wijk(),
                    pending.ideas().stream()
                        .map(id -> choosableById(pending.wijk()).get(id))
                        .filter(java.util.Objects::nonNull)
                        .toList(),
                    emailBallots.expired(pending)));
  }

  /** What the confirmation page shows of a pending ballot. */
  public record PendingView(String wijk, List<Idea> chosen, boolean expired) {}

  /**
   * The e-mail method, second step: the link's token casts the pending ballot, once.
   *
   * @throws nl.alkmaar.wijkaanzet.validation.InvalidInputException an unknown or expired link
   * @throws AlreadyVotedException when this e-mail address voted already
   */
  public VoteReceipt confirmByEmail(String token) {
    window().requireOpen();
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
    Map<String, Idea> choosable = choosableById(pending.wijk());
    List<String> chosen =
        BallotRules.check(campaigns.active(), pending.wijk(), pending.ideas(), choosable);
    try {
      return cast(
          pending.voterKey(),
          new Ballot(newId(), pending.wijk(), chosen, VoteMethod.EMAIL, null, today()),
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

  /** The counts of a wijk's published points (zero for a point without votes), most votes first. */
  public TallySnapshot tally(String wijk) {
    if (!isWijk(wijk)) {
      return new TallySnapshot(wijk, 0, 0, List.of());
    }
    TallySnapshot counted = tallies.snapshot(wijk);
    Map<String, Integer> votes = new java.util.HashMap<>();
    counted.points().forEach(count -> votes.put(count.id(), count.votes()));
    List<TallySnapshot.Count> shown =
        published.of(wijk).keySet().stream()
            .map(id -> new TallySnapshot.Count(id, votes.getOrDefault(id, 0)))
            .sorted(
                java.util.Comparator.comparingInt(TallySnapshot.Count::votes)
                    .reversed()
                    .thenComparing(TallySnapshot.Count::id))
            .toList();
    return new TallySnapshot(wijk, counted.version(), counted.ballots(), shown);
  }

  /**
   * Calls {@code listener} with a wijk id after ballots of that wijk were saved (on the writer's
   * thread: keep it short). Run the returned action to stop.
   */
  public Runnable onChange(java.util.function.Consumer<String> listener) {
    return tallies.onChange(listener);
  }

  /** The published points of a wijk, for the ballot form. */
  public List<Idea> choosable(String wijk) {
    return List.copyOf(choosableById(wijk).values());
  }

  /**
   * Only a wijk of the campaign is looked up: anything else a request names must neither reach the
   * repository as a path nor leave an entry in the cache.
   */
  private Map<String, Idea> choosableById(String wijk) {
    return isWijk(wijk) ? published.of(wijk) : Map.of();
  }

  private boolean isWijk(String wijk) {
    return wijk != null && campaigns.active().wijk(wijk).isPresent();
  }

  /**
   * Issues {@code count} new letter codes for a wijk: only their keys are stored; the codes
   * themselves are returned once, for the letters.
   */
  public List<String> issueCodes(String wijk, int count) {
    if (campaigns.active().wijk(wijk).isEmpty()) {
      throw BallotRules.invalid("wijk", "Deze wijk bestaat niet in de campagne.");
    }
    List<String> codes = LetterCodes.generate(random, count);
    box.addCodes(
        wijk,
        codes.stream()
            .map(code -> keys.ofCode(LetterCodes.normalize(code).orElseThrow()))
            .toList());
    return codes;
  }

  /** Counts the stored ballots again and compares with the live tallies. */
  public Recount recount() {
    Tallies counted = new Tallies();
    box.forEachBallot(counted::add);
    return Recount.compare(counted.all(), tallies.all());
  }

  private VoteReceipt cast(
      String voter, Ballot ballot, Map<String, Idea> choosable, String alreadyVoted) {
    VoteEngine.Outcome outcome;
    try {
      outcome =
          engine.submit(new CastBallot(voter, ballot)).get(SAVE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new VotingBusyException();
    } catch (TimeoutException e) {
      throw new VotingBusyException();
    } catch (ExecutionException e) {
      throw new IllegalStateException("the ballot could not be saved", e.getCause());
    }
    if (outcome == VoteEngine.Outcome.ALREADY_VOTED) {
      throw new AlreadyVotedException(alreadyVoted);
    }
    return new VoteReceipt(
        ballot.receipt(), ballot.wijk(), ballot.ideas().stream().map(choosable::get).toList());
  }

  /**
   * Saves what is queued and stops the writer; the host calls this before closing the repository.
   */
  @Override
  public void close() {
    engine.close();
  }

  private String newId() {
    return LetterCodes.generate(random, 1).get(0).replace("-", "").toLowerCase(Locale.ROOT);
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), campaigns.active().timeZone());
  }
}
