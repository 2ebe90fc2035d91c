package nl.alkmaar.wijkaanzet.follow;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import nl.alkmaar.wijkaanzet.campaign.Campaign;
import nl.alkmaar.wijkaanzet.campaign.CampaignService;
import nl.alkmaar.wijkaanzet.campaign.Wijk;
import nl.alkmaar.wijkaanzet.notify.OnceMail;
import nl.alkmaar.wijkaanzet.notify.OnceMails;
import nl.alkmaar.wijkaanzet.validation.FieldError;
import nl.alkmaar.wijkaanzet.validation.InvalidInputException;
import nl.alkmaar.wijkaanzet.vote.WrongAttempts;

/**
 * Residents who want news about a wijk (how the points it chose are carried out), whether or not
 * they sent a point in or voted: they leave an address, confirm it through a link in a mail (double
 * opt-in: nobody can sign up someone else), get every update on the wijk's chosen points, and stop
 * with the link in each of those mails. Kept apart from the ballots: the form does not ask how
 * someone voted and nothing links the two.
 */
public final class Following {

  /** The mail with the link that confirms (light module {@code mail/volgen_<language>.ftl}). */
  public static final String CONFIRM_MAIL = "volgen";

  /** The page both links open (the confirmation page on the campaign's site). */
  public static final String PAGE = "/volgen";

  /** How long the confirm link works; unanswered requests are purged after it. */
  public static final Duration LINK_VALID = Duration.ofDays(7);

  private final CampaignService campaigns;
  private final FollowerStore store;
  private final FollowLinks links;
  private final OnceMails mails;
  private final UnaryOperator<String> api;
  private final Clock clock;

  /** Three mails to one address at once, then one per 20 minutes doubling to six hours. */
  private final WrongAttempts mailsPerAddress;

  private final java.util.concurrent.atomic.AtomicLong requests =
      new java.util.concurrent.atomic.AtomicLong(new java.security.SecureRandom().nextInt(1 << 30));

  /**
   * @param api an API path made into this campaign's address on the campaign website's host ({@code
   *     WebProtection#api}: {@code /api…}, in Magnolia {@code /.wijkaanzet/api…}, with {@code
   *     campagne} for a campaign beside the main one): the one-click stop address of mails
   */
  public Following(
      CampaignService campaigns,
      FollowerStore store,
      byte[] secret,
      OnceMails mails,
      UnaryOperator<String> api,
      Clock clock) {
    this.campaigns = campaigns;
    this.store = store;
    this.links = new FollowLinks(secret);
    this.mails = mails;
    this.api = api;
    this.clock = clock;
    this.mailsPerAddress = new WrongAttempts(3, Duration.ofMinutes(20), Duration.ofHours(6), clock);
  }

  /**
   * Keeps the request and mails the link that confirms it. The answer is the same whether the
   * address follows already, asked a moment ago (then no second mail goes out) or is new, so nobody
   * learns anything about an address that is not theirs.
   *
   * @throws InvalidInputException a wijk or address at fault
   */
  public void ask(String wijk, String email, String language) {
    Campaign campaign = campaigns.active();
    String address = email == null ? "" : email.strip();
    List<FieldError> errors = new ArrayList<>();
    Optional<Wijk> chosen = wijk == null ? Optional.empty() : campaign.wijk(wijk);
    if (chosen.isEmpty()) {
      errors.add(new FieldError("wijk", "Kies de wijk waarover u berichten wilt krijgen."));
    }
    if (address.length() > 254 || !address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      errors.add(new FieldError("email", "Vul een e-mailadres in zoals naam@voorbeeld.nl."));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    String key = links.key(campaign.id(), wijk, address);
    if (mailsPerAddress.waitSeconds(key) > 0) {
      return;
    }
    mailsPerAddress.mistake(key);
    String lang = "en".equals(language) ? "en" : "nl";
    Instant now = clock.instant();
    Follower follower =
        store
            .find(campaign.id(), wijk, key)
            // A confirmed follower stays as they are: someone else typing their address changes
            // nothing but sending them one more link.
            .map(known -> known.confirmed() ? known : known.askedAgain(lang, now))
            .orElse(new Follower(key, wijk, address, lang, now, Optional.empty()));
    store.save(campaign.id(), follower);
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("wijk", chosen.get().name());
    model.put(
        "link",
        site(campaign)
            + PAGE
            + "?bevestig="
            + links.confirmToken(campaign.id(), wijk, key, now.plus(LINK_VALID)));
    model.put("days", LINK_VALID.toDays());
    mails.sendOnce(
        List.of(
            new OnceMail(
                // Each request its own mail (the limit above decides how many), never a resend.
                CONFIRM_MAIL + "-" + key + "-" + now.toEpochMilli() + "-" + requestNumber(),
                CONFIRM_MAIL,
                address,
                lang,
                model)));
  }

  /** What a link does or did: shown on the page the link opens. */
  public enum LinkState {
    /** A valid link; the page shows the button that does it. */
    READY,
    CONFIRMED,
    STOPPED,
    EXPIRED,
    /** Not a link this server made, or its request is gone (purged, stopped). */
    UNKNOWN
  }

  /** A link's state and the name of its wijk (empty when unknown). */
  public record LinkView(LinkState state, String wijkName) {}

  /** What the confirm link would do; opening it changes nothing (mail scanners open links). */
  public LinkView checkConfirm(String token) {
    Campaign campaign = campaigns.active();
    Optional<FollowLinks.Link> link = links.readConfirm(campaign.id(), token);
    if (link.isEmpty()
        || store.find(campaign.id(), link.get().wijk(), link.get().key()).isEmpty()) {
      return new LinkView(LinkState.UNKNOWN, "");
    }
    String name = wijkName(campaign, link.get().wijk());
    return expired(link.get())
        ? new LinkView(LinkState.EXPIRED, name)
        : new LinkView(LinkState.READY, name);
  }

  /** Confirms the request behind the link; confirming twice is harmless. */
  public LinkView confirm(String token) {
    LinkView checked = checkConfirm(token);
    if (checked.state() != LinkState.READY) {
      return checked;
    }
    Campaign campaign = campaigns.active();
    FollowLinks.Link link = links.readConfirm(campaign.id(), token).orElseThrow();
    Optional<Follower> follower = store.find(campaign.id(), link.wijk(), link.key());
    if (follower.isEmpty()) {
      return new LinkView(LinkState.UNKNOWN, "");
    }
    if (!follower.get().confirmed()) {
      store.save(campaign.id(), follower.get().confirmedOn(clock.instant()));
    }
    return new LinkView(LinkState.CONFIRMED, checked.wijkName());
  }

  /** What the stop link would do. A follower who stopped already sees it is done. */
  public LinkView checkStop(String token) {
    Campaign campaign = campaigns.active();
    Optional<FollowLinks.Link> link = links.readStop(campaign.id(), token);
    if (link.isEmpty()) {
      return new LinkView(LinkState.UNKNOWN, "");
    }
    String name = wijkName(campaign, link.get().wijk());
    return store.find(campaign.id(), link.get().wijk(), link.get().key()).isPresent()
        ? new LinkView(LinkState.READY, name)
        : new LinkView(LinkState.STOPPED, name);
  }

  /** Deletes the follower behind the link, address and all. */
  public LinkView stop(String token) {
    Campaign campaign = campaigns.active();
    Optional<FollowLinks.Link> link = links.readStop(campaign.id(), token);
    if (link.isEmpty()) {
      return new LinkView(LinkState.UNKNOWN, "");
    }
    store.delete(campaign.id(), link.get().wijk(), link.get().key());
    return new LinkView(LinkState.STOPPED, wijkName(campaign, link.get().wijk()));
  }

  /**
   * Someone who gets a wijk's news, with the link that stops it (a page with a button) and the
   * address a mail program posts to stop it in one click ({@code List-Unsubscribe}; empty without a
   * campaign website).
   */
  public record Recipient(
      String key, String email, String language, String stopLink, String oneClick) {}

  /** The confirmed followers of a wijk of the active campaign. */
  public List<Recipient> recipients(String wijk) {
    Campaign campaign = campaigns.active();
    String base = site(campaign) + PAGE + "?stop=";
    Optional<String> origin = origin(campaign);
    return store.confirmed(campaign.id(), wijk).stream()
        .map(
            follower -> {
              String token = links.stopToken(campaign.id(), wijk, follower.key());
              return new Recipient(
                  follower.key(),
                  follower.email(),
                  follower.language(),
                  base + token,
                  origin.map(host -> host + api.apply(ONE_CLICK + token)).orElse(""));
            })
        .toList();
  }

  /** Confirmed followers per wijk id: a number for editors, never who. */
  public Map<String, Integer> counts() {
    return store.counts(campaigns.active().id());
  }

  /** Every follower of the active campaign, confirmed or not: personal data to delete later. */
  public int followerCount() {
    return followerCount(campaigns.active().id());
  }

  /** Every follower of a campaign, this one or an earlier edition. */
  public int followerCount(String campaignId) {
    return store.count(campaignId);
  }

  /** Deletes every follower of the active campaign (after the campaign); how many. */
  public int forgetAll() {
    return forgetAll(campaigns.active().id());
  }

  /** Deletes every follower of a campaign, this one or an earlier edition; how many. */
  public int forgetAll(String campaignId) {
    return store.deleteAll(campaignId);
  }

  /** Forgets requests nobody confirmed within the link's week. */
  public int purgeUnconfirmed() {
    return store.purgeUnconfirmed(campaigns.active().id(), clock.instant().minus(LINK_VALID));
  }

  private String requestNumber() {
    return Long.toString(requests.incrementAndGet());
  }

  private boolean expired(FollowLinks.Link link) {
    return !clock.instant().isBefore(link.expires().orElseThrow());
  }

  private static String wijkName(Campaign campaign, String wijk) {
    return campaign.wijk(wijk).map(Wijk::name).orElse(wijk);
  }

  /** The API address that stops with one POST, before the token. */
  public static final String ONE_CLICK = "/follow/stoppen?t=";

  /** {@code https://host[:port]} of the campaign's website, where the API lives too. */
  private static Optional<String> origin(Campaign campaign) {
    try {
      java.net.URI site = java.net.URI.create(site(campaign));
      return site.getScheme() == null || site.getRawAuthority() == null
          ? Optional.empty()
          : Optional.of(site.getScheme() + "://" + site.getRawAuthority());
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static String site(Campaign campaign) {
    return campaign.website() == null ? "" : campaign.website().replaceAll("/+$", "");
  }
}
