package nl.alkmaar.wijkaanzet.campaign;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The active campaign of this installation, kept in memory because every page and API call needs
 * it. Editors change it on the campaign settings screen of one host (Magnolia's author); every host
 * looks at the stored revision at most every {@link #CHECK_EVERY_NANOS} and reads the campaign
 * again when it moved, so a change takes effect everywhere within seconds and without a restart.
 */
public final class CampaignService {

  private static final Logger LOG = LoggerFactory.getLogger(CampaignService.class);

  /** How stale the settings on a host may be after another host changed them. */
  static final long CHECK_EVERY_NANOS = TimeUnit.SECONDS.toNanos(2);

  private final Clock clock;
  private final CampaignStore store;
  private final ReentrantLock checking = new ReentrantLock();
  private volatile Campaign active;
  private volatile long revision;
  private volatile long checkedAt = System.nanoTime();

  /** A campaign that is not stored: it never changes (tests, tools). */
  public CampaignService(Clock clock, Campaign active) {
    this(clock, null, active, 0);
  }

  private CampaignService(Clock clock, CampaignStore store, Campaign active, long revision) {
    this.clock = clock;
    this.store = store;
    this.active = active;
    this.revision = revision;
  }

  /**
   * Stores the configured campaign where that is due, and serves what the store then holds. A
   * campaign not stored yet is always stored. With {@code fileWins} the configured campaign
   * replaces the stored one when the file's content differs from the file imported last time: so a
   * changed file takes over at the next start, while changes editors made on the settings screen
   * survive a restart with the same file. Without it a stored campaign always wins.
   */
  public static CampaignService start(
      CampaignStore store, Clock clock, Campaign configured, boolean fileWins) {
    String fingerprint = fingerprint(configured);
    boolean stored = store.load(configured.id()).isPresent();
    if (!stored) {
      store.importFile(configured, fingerprint);
    } else if (fileWins && !store.importedFile(configured.id()).orElse("").equals(fingerprint)) {
      LOG.info(
          "the configuration file of campaign {} changed since it was imported; it replaces the"
              + " stored settings",
          configured.id());
      store.importFile(configured, fingerprint);
    }
    return new CampaignService(
        clock, store, store.load(configured.id()).orElseThrow(), store.revision(configured.id()));
  }

  public Campaign active() {
    refreshIfStale();
    return active;
  }

  /**
   * A campaign by its id: the active one, or an earlier (or parallel) edition kept in the
   * repository, read as it was stored. Empty for an id that is no campaign; an id is lower-case
   * letters, digits and hyphens, so a parameter never becomes a repository path.
   */
  public Optional<Campaign> edition(String id) {
    if (id == null || !id.matches("[a-z0-9][a-z0-9-]{0,63}")) {
      return Optional.empty();
    }
    Campaign current = active();
    if (current.id().equals(id)) {
      return Optional.of(current);
    }
    return store == null ? Optional.empty() : store.load(id);
  }

  /** {@link #edition} for a parameter that may be empty: then the active campaign. */
  public Optional<Campaign> editionOrActive(String idOrEmpty) {
    return idOrEmpty == null || idOrEmpty.isBlank()
        ? Optional.of(active())
        : edition(idOrEmpty.strip());
  }

  /** The other editions kept in the repository, by id (the active one left out). */
  public List<String> archive() {
    if (store == null) {
      return List.of();
    }
    String current = active().id();
    return store.ids().stream().filter(id -> !id.equals(current)).sorted().toList();
  }

  public CampaignTimeline timeline() {
    return CampaignTimeline.of(active(), clock);
  }

  /** Saves a changed campaign (same id) and serves it on this host at once. */
  public void change(Campaign changed) {
    if (store == null || !changed.id().equals(active.id())) {
      throw new IllegalStateException("only the stored active campaign can be changed");
    }
    checking.lock();
    try {
      store.save(changed);
      active = store.load(changed.id()).orElseThrow();
      revision = store.revision(changed.id());
      checkedAt = System.nanoTime();
    } finally {
      checking.unlock();
    }
  }

  /** One request in a while reads the revision; the others go on with what is here. */
  private void refreshIfStale() {
    if (store == null || System.nanoTime() - checkedAt < CHECK_EVERY_NANOS) {
      return;
    }
    refresh();
  }

  /** Reads the stored revision now (and the campaign when it moved); tests call it directly. */
  void refresh() {
    if (store == null || !checking.tryLock()) {
      return;
    }
    try {
      checkedAt = System.nanoTime();
      String id = active.id();
      long stored = store.revision(id);
      if (stored != revision) {
        active = store.load(id).orElse(active);
        revision = stored;
        LOG.info("campaign {} settings changed elsewhere; now at revision {}", id, stored);
      }
    } catch (RuntimeException e) {
      // The repository is away for a moment: the settings in memory serve until it is back.
      LOG.warn("could not check whether the campaign settings changed", e);
    } finally {
      checking.unlock();
    }
  }

  /** Which content a configured campaign has (records print every field, in order). */
  public static String fingerprint(Campaign campaign) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(campaign.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
