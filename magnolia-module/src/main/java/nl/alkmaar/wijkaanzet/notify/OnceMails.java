package nl.alkmaar.wijkaanzet.notify;

import java.util.List;

/** Queues mails in the outbox, each at most once ever (by its id). */
public interface OnceMails {

  /**
   * Queues every mail whose id was not queued before, in one save, and wakes the dispatcher.
   *
   * @return how many were queued now
   */
  int sendOnce(List<OnceMail> mails);

  /** For tests of other features: nothing is sent. */
  OnceMails NONE = mails -> 0;
}
