package nl.alkmaar.wijkaanzet.idea;

/** The campaign is not in the phase this action belongs to; the message says when it is. */
public class PhaseClosedException extends RuntimeException {

  public PhaseClosedException(String message) {
    super(message);
  }
}
