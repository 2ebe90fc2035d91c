package nl.alkmaar.wijkaanzet.notify;

/**
 * Whose turn it is to send the outbox's mail. A host alone always may; the nodes of a cluster share
 * one outbox and take turns by a lease (see {@link JcrMailLease}), so that a message is not sent by
 * two nodes at once and the sending moves on when its node dies.
 */
public interface MailLease {

  /** A host alone: always its turn. */
  MailLease ALONE =
      new MailLease() {
        @Override
        public boolean hold() {
          return true;
        }

        @Override
        public void release() {
          // nobody to hand over to
        }
      };

  /**
   * Takes or extends the lease when it is free, expired or already this host's; {@code false} while
   * another host holds it (or took it at the same moment).
   */
  boolean hold();

  /** Hands the lease back (when the host stops), so another host need not wait for it to expire. */
  void release();
}
