package nl.alkmaar.wijkaanzet.notify;

/** Where a message stands; {@link #FAILED} means the dispatcher gave up on it. */
public enum OutboxStatus {
  PENDING,
  SENT,
  FAILED
}
