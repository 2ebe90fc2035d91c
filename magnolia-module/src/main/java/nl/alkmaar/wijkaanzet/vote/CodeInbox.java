package nl.alkmaar.wijkaanzet.vote;

/**
 * Letter codes issued while the box could not be opened (the standalone host's command line runs
 * beside a host that holds the repository): their keys wait in an inbox the host imports from.
 */
public interface CodeInbox {

  /** An inbox that never holds anything (Magnolia: editors issue codes in the running host). */
  CodeInbox NONE = box -> 0;

  /** Moves waiting codes into {@code box}; returns how many there were. */
  int importWaiting(BallotBox box);
}
