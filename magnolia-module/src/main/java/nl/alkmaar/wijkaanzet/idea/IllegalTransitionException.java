package nl.alkmaar.wijkaanzet.idea;

/** A moderation action that the point's status does not allow; nothing was changed. */
public class IllegalTransitionException extends RuntimeException {

  public IllegalTransitionException(String message) {
    super(message);
  }
}
