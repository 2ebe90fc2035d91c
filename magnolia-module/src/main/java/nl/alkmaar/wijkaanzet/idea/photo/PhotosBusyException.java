package nl.alkmaar.wijkaanzet.idea.photo;

/**
 * Too many photos are being processed right now to wait for a turn. Nothing was stored; the
 * resident can send the same point again in a minute.
 */
public class PhotosBusyException extends RuntimeException {

  /** How long to wait before trying again, for a {@code Retry-After} header. */
  public static final int RETRY_AFTER_SECONDS = 30;

  public PhotosBusyException() {
    super(
        "Het is nu erg druk met het verwerken van foto's. Uw punt is nog niet verstuurd."
            + " Probeer het over een halve minuut opnieuw.");
  }
}
