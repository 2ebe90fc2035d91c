package nl.alkmaar.wijkaanzet.vote;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The issued letter codes in memory (by the first 64 bits of their key, with their wijk), loaded
 * from the box at start: looking a code up must not cost a repository read, which would wait for
 * the writer's save. 100,000 codes take about 6 MB. A code this host has not seen (issued by
 * another host of the same store, or left in the inbox) is looked up in the box once and kept.
 */
final class CodeBook implements AutoCloseable {

  private final BallotBox box;
  private final CodeInbox inbox;
  private final Map<Long, String> wijkByKey = new ConcurrentHashMap<>();

  private final Optional<AutoCloseable> following;

  CodeBook(BallotBox box, CodeInbox inbox) {
    this.box = box;
    this.inbox = inbox;
    // Codes another host issues (in a cluster: the editor's, on Magnolia's author) are learnt as
    // the repository reports them, so a ballot with one costs no repository read.
    this.following = box.followOtherCodes(this::remember);
    box.forEachCode(this::remember);
  }

  @Override
  public void close() {
    following.ifPresent(
        follower -> {
          try {
            follower.close();
          } catch (Exception e) {
            // stopping: nothing more to learn
          }
        });
  }

  void remember(String key, String wijk) {
    wijkByKey.put(prefix(key), wijk.intern());
  }

  /** Forgets the codes kept in memory, after the box forgot them (after the campaign). */
  void clear() {
    wijkByKey.clear();
  }

  Optional<String> wijk(String key) {
    String wijk = wijkByKey.get(prefix(key));
    if (wijk != null) {
      return Optional.of(wijk);
    }
    Optional<String> stored = box.codeWijk(key);
    if (stored.isEmpty() && inbox.importWaiting(box) > 0) {
      // Codes made by the command line while the host runs wait in its inbox.
      stored = box.codeWijk(key);
    }
    stored.ifPresent(found -> remember(key, found));
    return stored;
  }

  /** How many codes each wijk has, codes the command line left in the inbox included. */
  Map<String, Integer> countsPerWijk() {
    if (inbox.importWaiting(box) > 0) {
      box.forEachCode(this::remember);
    }
    Map<String, Integer> counts = new TreeMap<>();
    wijkByKey.values().forEach(wijk -> counts.merge(wijk, 1, Integer::sum));
    return counts;
  }

  /**
   * 64 bits of an HMAC: two codes sharing them is as likely as guessing a code 50 times in a row.
   */
  private static long prefix(String key) {
    return Long.parseUnsignedLong(key.substring(0, 16), 16);
  }
}
