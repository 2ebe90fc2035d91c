package nl.alkmaar.wijkaanzet.follow;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where followers are kept, per campaign and wijk. */
public interface FollowerStore {

  Optional<Follower> find(String campaignId, String wijk, String key);

  /** Adds or replaces the follower under its key. */
  void save(String campaignId, Follower follower);

  /** Removes the follower; whether there was one. */
  boolean delete(String campaignId, String wijk, String key);

  /** The confirmed followers of a wijk: who gets its news. */
  List<Follower> confirmed(String campaignId, String wijk);

  /** How many followers the campaign has, confirmed or not. */
  int count(String campaignId);

  /** How many confirmed followers each wijk has (wijken without any left out). */
  Map<String, Integer> counts(String campaignId);

  /** Removes requests that were not confirmed before {@code before}; how many. */
  int purgeUnconfirmed(String campaignId, Instant before);

  /** Removes every follower of the campaign (after the campaign); how many. */
  int deleteAll(String campaignId);
}
