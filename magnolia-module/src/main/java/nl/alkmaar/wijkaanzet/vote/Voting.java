package nl.alkmaar.wijkaanzet.vote;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.alkmaar.wijkaanzet.campaign.Campaign;
import nl.alkmaar.wijkaanzet.campaign.CampaignService;
import nl.alkmaar.wijkaanzet.idea.Idea;
import nl.alkmaar.wijkaanzet.idea.IdeaStore;
import nl.alkmaar.wijkaanzet.validation.FieldError;
import nl.alkmaar.wijkaanzet.validation.InvalidInputException;

/**
 * Meebeslissen: a verified resident puts one ballot with up to {@code choicesPerBallot} published
 * points of their own wijk in the box, once. The checks run in the request thread; the ballot then
 * goes through the {@link VoteEngine}, and the answer comes once it is durably stored.
 */
public final class Voting implements AutoCloseable {

  /** More than a wijk has residents: a typo, not a mail merge. */
  public static final int MOST_CODES_AT_ONCE = 200_000;

  /** What to type as the number of letter codes. */
  public static final String COUNT_MESSAGE = "Vul een heel getal in van 1 tot en met 200.000.";

  private final CampaignService campaigns;
  private final BallotBox box;
  private final VoteEngine engine;
  private final Tallies tallies;
  private final VoterKeys keys;
  private final WrongAttempts wrongCodes;
  private final CodeBook codes;
  private final AddressBook addresses;
  private final BallotCasting casting;
  private final InPersonVoting inPerson;
  private final EmailVoting byEmail;
  private final PendingBallots pending;
  private final SecureRandom random;
  private final Clock clock;
  private volatile StoredCounts stored;

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
    this.wrongCodes = new WrongAttempts(5, Duration.ofMinutes(1), Duration.ofHours(1), clock);
    this.codes = new CodeBook(box, inbox);
    this.addresses = addresses;
    this.casting = new BallotCasting(campaigns, ideas, keys, engine, random, clock);
    this.inPerson = new InPersonVoting(casting, addresses, keys);
    this.byEmail =
        new EmailVoting(
            casting, addresses, keys, new EmailBallots(pending, mail, random, clock), clock);
    this.pending = pending;
    this.random = random;
    this.clock = clock;
    // A ballot this host saved makes the counted box old at once (other hosts': within seconds).
    tallies.onChange(wijk -> stored = null);
  }

  /** Counts from the box are this fresh at most for staff screens; publication counts anew. */
  private static final Duration STORED_FRESH = Duration.ofSeconds(10);

  /**
   * The counts of every ballot in the box, walked at most {@link #STORED_FRESH} ago: for staff
   * screens (review order, statistics, exports, the results preview).
   */
  public StoredCounts stored() {
    StoredCounts counted = stored;
    if (counted == null || counted.countedAt().plus(STORED_FRESH).isBefore(clock.instant())) {
      counted = storedNow();
    }
    return counted;
  }

  /** The counts of every ballot in the box, walked now: for publishing the results. */
  public StoredCounts storedNow() {
    Tallies counted = new Tallies();
    box.forEachBallot(counted::add);
    StoredCounts now =
        new StoredCounts(wijk -> shaped(wijk, counted), counted.byWay(), clock.instant());
    stored = now;
    return now;
  }

  public VotingWindow window() {
    return casting.window();
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
    Map<String, Idea> choosable = casting.choosable(wijk);
    // Every fault at once, as the error summary lists them: the choice and the code's form.
    List<FieldError> errors = new ArrayList<>();
    List<String> chosen = List.of();
    try {
      chosen = BallotRules.check(campaign, wijk, points, choosable);
    } catch (InvalidInputException e) {
      errors.addAll(e.errors());
    }
    Optional<String> normalized = LetterCodes.normalize(code);
    if (normalized.isEmpty()) {
      boolean empty = code == null || code.isBlank();
      if (!empty) {
        wrongCodes.mistake(client); // a forgotten code is no guess
      }
      errors.add(
          new FieldError(
              "code",
              empty
                  ? "Vul de stemcode uit uw brief in."
                  : "Een stemcode heeft 12 letters en cijfers, zoals ABCD-EFGH-JKMN. Controleer"
                      + " de code in uw brief."));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
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
    return casting.cast(
        voter,
        new Ballot(casting.idFor(voter), wijk, chosen, VoteMethod.CODE, null, casting.today()),
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
    return inPerson.cast(wijk, points, channelId, postcode, houseNumber, born);
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
    byEmail.request(wijk, points, email, postcode, houseNumber, language);
  }

  /** Whether this host has an address table (without one, only letter codes work). */
  public boolean addressesEmpty() {
    return addresses.isEmpty();
  }

  /** The pending ballot behind an e-mail link, for the confirmation page; empty if unknown. */
  public Optional<PendingView> pendingByEmail(String token) {
    return byEmail.pending(token);
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
    return byEmail.confirm(token);
  }

  /**
   * The live counts of a wijk's published points (zero for a point without votes), most votes
   * first: the ballots this host took and counted since it started. For the live bars.
   */
  public TallySnapshot tally(String wijk) {
    return shaped(wijk, tallies);
  }

  private TallySnapshot shaped(String wijk, Tallies source) {
    if (!casting.isWijk(wijk)) {
      return new TallySnapshot(wijk, 0, 0, List.of());
    }
    TallySnapshot counted = source.snapshot(wijk);
    Map<String, Integer> votes = new java.util.HashMap<>();
    counted.points().forEach(count -> votes.put(count.id(), count.votes()));
    List<TallySnapshot.Count> shown =
        casting.choosable(wijk).keySet().stream()
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
    return List.copyOf(casting.choosable(wijk).values());
  }

  /**
   * Issues {@code count} new letter codes for a wijk: only their keys are stored; the codes
   * themselves are returned once, for the letters.
   */
  public List<String> issueCodes(String wijk, int count) {
    // Both fields at once, so an editor who left both open reads both faults.
    List<FieldError> errors = new ArrayList<>();
    if (wijk == null || campaigns.active().wijk(wijk).isEmpty()) {
      errors.add(new FieldError("wijk", "Kies de wijk waarvoor u stemcodes maakt."));
    }
    if (count < 1 || count > MOST_CODES_AT_ONCE) {
      errors.add(new FieldError("aantal", COUNT_MESSAGE));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    List<String> issued = LetterCodes.generate(random, count);
    List<String> codeKeys =
        issued.stream()
            .map(code -> keys.ofCode(LetterCodes.normalize(code).orElseThrow()))
            .toList();
    box.addCodes(wijk, codeKeys);
    // Into the code book at once: the first ballot with a new code must not wait for a read.
    codeKeys.forEach(key -> codes.remember(key, wijk));
    return issued;
  }

  /** How many letter codes were issued for each wijk (wijken without codes are left out). */
  /** What the register of voters holds now (counts only). */
  public Register register() {
    Register box = this.box.register();
    return new Register(box.voters(), box.codes(), pending.count());
  }

  /**
   * Deletes the register after the campaign: voters, issued codes and ballots waiting for a link;
   * the ballots stay. Returns what was deleted.
   */
  public Register forgetRegister() {
    Register box = this.box.forgetRegister();
    codes.clear();
    return new Register(box.voters(), box.codes(), pending.purgeAll());
  }

  public Map<String, Integer> issuedCodes() {
    return codes.countsPerWijk();
  }

  /**
   * Counts the stored ballots again and compares with the live tallies; ballots wait while it
   * counts.
   */
  public Recount recount() {
    // On the writer, between two saves: no ballot lands between the walk and the comparison.
    return engine.betweenSaves(
        () -> {
          Tallies counted = new Tallies();
          box.forEachBallot(counted::add);
          return Recount.compare(counted.all(), tallies.all());
        });
  }

  /**
   * Saves what is queued and stops the writer; the host calls this before closing the repository.
   */
  @Override
  public void close() {
    engine.close();
    codes.close();
  }
}
