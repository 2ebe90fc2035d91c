package nl.alkmaar.wijkaanzet.execution;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.alkmaar.wijkaanzet.idea.photo.Photo;

/** Where the updates on chosen points are kept, oldest first. */
public interface ProgressStore {

  /**
   * Adds the update to the point's history in one save, with its photo when there is one (the
   * update's {@code photoAlt} describes it).
   *
   * @return its number in the history (1 for the first), never one used before
   */
  int add(String campaignId, String ideaId, ProgressUpdate update, Optional<Photo> photo);

  /** The photo of an update (or its thumbnail), empty when it has none. */
  Optional<byte[]> photo(String campaignId, String ideaId, int number, boolean thumbnail);

  /** Every point's updates, oldest first. */
  Map<String, List<ProgressUpdate>> all(String campaignId);
}
