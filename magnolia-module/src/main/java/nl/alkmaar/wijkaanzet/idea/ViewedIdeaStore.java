package nl.alkmaar.wijkaanzet.idea;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.alkmaar.wijkaanzet.idea.photo.Photo;
import nl.alkmaar.wijkaanzet.notify.OutboxMessage;

/**
 * The store with its published points served from memory ({@link PublishedPoints}): everything else
 * goes to the repository as before. Every change this store makes reads its wijk again before it
 * returns, so whoever made the change sees it at once; changes made elsewhere arrive through {@link
 * #changedAt(String)}, which the repository's change reports call.
 */
public final class ViewedIdeaStore implements IdeaStore {

  private final IdeaStore stored;
  private final PublishedPoints published;
  private volatile AutoCloseable reports = () -> {};

  public ViewedIdeaStore(IdeaStore stored) {
    this.stored = stored;
    this.published =
        new PublishedPoints(
            (campaignId, wijk) ->
                stored.queue(campaignId, wijk, IdeaStatus.GEPUBLICEERD).stream()
                    .sorted(
                        Comparator.comparing((ModeratedIdea point) -> point.idea().submittedAt())
                            .reversed())
                    .toList());
  }

  /** The published points of a wijk as kept in memory, with the version they were read at. */
  public PublishedPoints.Snapshot snapshot(String campaignId, String wijk) {
    return published.of(campaignId, wijk);
  }

  /**
   * A node or property at {@code path} in the content workspace changed ({@code
   * /<campaign>/<wijk>/<point>/…}): the wijk is read again in the background. Changes to the
   * private subtree and to anything outside a wijk are not the public view's business.
   */
  public void changedAt(String path) {
    String[] parts = path.split("/");
    // "", campaign, wijk, point, ...: a point or something inside one.
    if (parts.length >= 4 && !parts[2].equals(JcrIdeaNodes.PRIVATE)) {
      published.changed(parts[1], parts[2]);
    }
  }

  /** Reads the published points of these wijken in the background now (at start). */
  public void warm(String campaignId, java.util.Collection<String> wijken) {
    published.warm(campaignId, wijken);
  }

  /** When the repository cannot report changes, the view reads its wijken again now and then. */
  public void pollWithoutReports() {
    published.pollWithoutReports();
  }

  @Override
  public List<Idea> published(String campaignId, String wijk) {
    return published.of(campaignId, wijk).ideas();
  }

  @Override
  public List<ModeratedIdea> queue(String campaignId, String wijk, IdeaStatus status) {
    if (status != IdeaStatus.GEPUBLICEERD) {
      return stored.queue(campaignId, wijk, status);
    }
    return published.of(campaignId, wijk).oldestFirst();
  }

  @Override
  public ModeratedIdea moderate(
      String campaignId, String id, long expectedVersion, ModerationDecision decision) {
    return seen(campaignId, stored.moderate(campaignId, id, expectedVersion, decision));
  }

  @Override
  public ModeratedIdea correct(
      String campaignId, String id, long expectedVersion, Correction correction) {
    return seen(campaignId, stored.correct(campaignId, id, expectedVersion, correction));
  }

  @Override
  public ModeratedIdea merge(String campaignId, Merge merge) {
    return seen(campaignId, stored.merge(campaignId, merge));
  }

  @Override
  public ModeratedIdea undoMerge(
      String campaignId, String id, long expectedVersion, UndoMerge undo) {
    return seen(campaignId, stored.undoMerge(campaignId, id, expectedVersion, undo));
  }

  private ModeratedIdea seen(String campaignId, ModeratedIdea changed) {
    published.reload(campaignId, changed.idea().wijk());
    return changed;
  }

  @Override
  public void create(
      Idea idea,
      Submitter submitter,
      AuditEntry created,
      Optional<Photo> photo,
      Optional<OutboxMessage> mail) {
    // A new point is never published yet: the view has nothing to read again.
    stored.create(idea, submitter, created, photo, mail);
  }

  @Override
  public Optional<byte[]> photo(String campaignId, String id, boolean thumbnail) {
    return stored.photo(campaignId, id, thumbnail);
  }

  @Override
  public Optional<Idea> find(String campaignId, String id) {
    return stored.find(campaignId, id);
  }

  @Override
  public Optional<Submitter> submitter(String campaignId, String id) {
    return stored.submitter(campaignId, id);
  }

  @Override
  public int submitterCount(String campaignId) {
    return stored.submitterCount(campaignId);
  }

  @Override
  public int forgetSubmitters(String campaignId) {
    return stored.forgetSubmitters(campaignId);
  }

  @Override
  public Optional<ModeratedIdea> forModeration(String campaignId, String id) {
    return stored.forModeration(campaignId, id);
  }

  @Override
  public List<ModeratedIdea> inWijk(String campaignId, String wijk) {
    return stored.inWijk(campaignId, wijk);
  }

  @Override
  public Map<String, Map<IdeaStatus, Integer>> statusCounts(String campaignId) {
    return stored.statusCounts(campaignId);
  }

  @Override
  public SubmissionStatistics statistics(String campaignId) {
    return stored.statistics(campaignId);
  }

  @Override
  public List<AuditEntry> history(String campaignId, String id) {
    return stored.history(campaignId, id);
  }

  /** The repository's change reports, stopped when this store closes. */
  public void stopOnClose(AutoCloseable reports) {
    this.reports = reports;
  }

  @Override
  public void close() {
    try {
      reports.close();
    } catch (Exception e) {
      // closing at shutdown: nothing left to do about it
    } finally {
      published.close();
    }
  }
}
