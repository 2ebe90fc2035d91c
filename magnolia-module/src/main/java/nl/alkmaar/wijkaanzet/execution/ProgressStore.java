package nl.alkmaar.wijkaanzet.execution;

import java.util.List;
import java.util.Map;

/** Where the updates on chosen points are kept, oldest first. */
public interface ProgressStore {

  /**
   * Adds the update to the point's history in one save.
   *
   * @return its number in the history (1 for the first), never one used before
   */
  int add(String campaignId, String ideaId, ProgressUpdate update);

  /** Every point's updates, oldest first. */
  Map<String, List<ProgressUpdate>> all(String campaignId);
}
