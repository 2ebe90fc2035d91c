package nl.alkmaar.wijkaanzet.execution;

/** Only points chosen in the published results have an execution to follow. */
public class NotChosenException extends RuntimeException {

  public NotChosenException(String ideaId) {
    super("Dit punt is niet gekozen in de uitslag: " + ideaId);
  }
}
