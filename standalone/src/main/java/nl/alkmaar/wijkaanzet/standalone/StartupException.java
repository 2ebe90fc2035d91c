package nl.alkmaar.wijkaanzet.standalone;

/** The host cannot start for a reason the operator can fix; the message says how, in Dutch. */
public final class StartupException extends RuntimeException {

  public StartupException(String message, Throwable cause) {
    super(message, cause);
  }
}
