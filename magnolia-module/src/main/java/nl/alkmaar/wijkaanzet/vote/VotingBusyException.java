package nl.alkmaar.wijkaanzet.vote;

/** The ballot box's queue is full; the ballot was not taken and can be sent again shortly. */
public class VotingBusyException extends RuntimeException {

  public static final int RETRY_AFTER_SECONDS = 5;

  public VotingBusyException() {
    super("Er wordt nu heel veel gestemd. Uw stem is nog niet opgeslagen. Probeer het zo opnieuw.");
  }
}
