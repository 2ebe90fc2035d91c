package nl.alkmaar.wijkaanzet.vote;

/** Too many wrong codes from one place; the next try is possible after {@code waitSeconds}. */
public class TooManyMistakesException extends RuntimeException {

  private final long waitSeconds;

  public TooManyMistakesException(long waitSeconds) {
    super(
        "U heeft te vaak een verkeerde code ingevuld. Probeer het over "
            + (waitSeconds < 120 ? waitSeconds + " seconden" : (waitSeconds / 60) + " minuten")
            + " opnieuw.");
    this.waitSeconds = waitSeconds;
  }

  public long waitSeconds() {
    return waitSeconds;
  }
}
