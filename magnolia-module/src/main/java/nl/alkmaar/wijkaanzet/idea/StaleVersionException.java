package nl.alkmaar.wijkaanzet.idea;

/** Someone else changed the point since the moderator loaded it; nothing was changed. */
public class StaleVersionException extends RuntimeException {

  public StaleVersionException() {
    super(
        "Iemand anders heeft dit punt net veranderd. Laad het punt opnieuw en kijk of uw actie nog"
            + " nodig is.");
  }
}
