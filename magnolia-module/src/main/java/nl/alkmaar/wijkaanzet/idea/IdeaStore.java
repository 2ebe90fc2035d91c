package nl.alkmaar.wijkaanzet.idea;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.alkmaar.wijkaanzet.idea.photo.Photo;
import nl.alkmaar.wijkaanzet.notify.OutboxMessage;

/**
 * Where points live: the public part in the campaign's wijk, the submitter and the history in the
 * private subtree. {@link #create} stores all three at once or nothing.
 */
public interface IdeaStore extends AutoCloseable {

  void create(
      Idea idea,
      Submitter submitter,
      AuditEntry created,
      Optional<Photo> photo,
      Optional<OutboxMessage> mail);

  /** The photo's display image, or its thumbnail, as JPEG bytes. */
  Optional<byte[]> photo(String campaignId, String id, boolean thumbnail);

  Optional<Idea> find(String campaignId, String id);

  /** Published points of one wijk, newest first. */
  List<Idea> published(String campaignId, String wijk);

  Optional<Submitter> submitter(String campaignId, String id);

  /** How many points still have their submitter's personal data (name, address). */
  int submitterCount(String campaignId);

  /**
   * Deletes the personal data of every submitter (after the campaign); the points, their history
   * and channel stay. Returns how many were deleted.
   */
  int forgetSubmitters(String campaignId);

  /** A point with its version, whatever its status (for moderators). */
  Optional<ModeratedIdea> forModeration(String campaignId, String id);

  /** Every point of a wijk in any status, oldest first (the moderation screens filter it). */
  List<ModeratedIdea> inWijk(String campaignId, String wijk);

  /** How many points each wijk has in each status. */
  Map<String, Map<IdeaStatus, Integer>> statusCounts(String campaignId);

  /** The points of a wijk in one status, oldest first (the moderation queue). */
  List<ModeratedIdea> queue(String campaignId, String wijk, IdeaStatus status);

  /**
   * Reads the point, checks it still has {@code expectedVersion}, lets {@code decision} say what
   * becomes of it, and writes that (status, history entry, outbox messages), all in one save.
   * Nothing changes when the version is stale or the decision refuses.
   *
   * @throws IdeaNotFoundException when there is no such point
   * @throws StaleVersionException when someone changed the point meanwhile
   * @throws IllegalTransitionException when the decision refuses the action
   */
  ModeratedIdea moderate(
      String campaignId, String id, long expectedVersion, ModerationDecision decision);

  /**
   * Replaces the point's text in one save; the history entry {@code correction} decides from the
   * stored point keeps the old text in the private history.
   */
  ModeratedIdea correct(String campaignId, String id, long expectedVersion, Correction correction);

  /**
   * Merges the sources into the target in one save, as {@link Merge#decide} says from the stored
   * points; each source remembers its target and its status before, the target lists its sources.
   * Returns the target.
   */
  ModeratedIdea merge(String campaignId, Merge merge);

  /**
   * Gives a merged point back its status from before the merge and takes it off its target's list,
   * as {@link UndoMerge#decide} says from the stored points, in one save.
   */
  ModeratedIdea undoMerge(String campaignId, String id, long expectedVersion, UndoMerge undo);

  /** Counts of every point received in the campaign, in any status. */
  SubmissionStatistics statistics(String campaignId);

  List<AuditEntry> history(String campaignId, String id);

  /** Stops what the store runs in the background, if anything. */
  @Override
  default void close() {}
}
