package nl.alkmaar.wijkaanzet.vote;

/** The voter (this code, this address) has a ballot in the box already; nothing changed. */
public class AlreadyVotedException extends RuntimeException {

  public AlreadyVotedException(String message) {
    super(message);
  }
}
