package nl.alkmaar.wijkaanzet.result;

import java.util.Optional;

/** Where the published results of a campaign are kept, with who published them. */
public interface ResultStore {

  /** Replaces what was published before, in one save. */
  void save(PublishedResults results, String editor);

  Optional<PublishedResults> find(String campaignId);
}
