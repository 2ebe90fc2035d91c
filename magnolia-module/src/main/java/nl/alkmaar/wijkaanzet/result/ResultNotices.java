package nl.alkmaar.wijkaanzet.result;

import java.util.List;

/** Sends the outcome of their point to the people who sent points in, each at most once. */
public interface ResultNotices {

  /** The mail template's name (light module {@code mail/uitslag_<language>.ftl}). */
  String KIND = "uitslag";

  /**
   * Queues a mail per notice, in one save, leaving out points that were mailed before.
   *
   * @return how many were queued now
   */
  int sendOnce(List<ResultNotice> notices);

  /** For a host without mail: nothing is sent. */
  ResultNotices NONE = notices -> 0;
}
