package nl.alkmaar.wijkaanzet.forward;

/** Forwarding was asked for, but no channel is set up on this server. */
public final class ForwardingNotConfiguredException extends RuntimeException {

  public ForwardingNotConfiguredException() {
    super(
        "Doorsturen kan nu niet: op deze server is niet ingesteld waar meldingen over de openbare"
            + " ruimte heen gaan. Vraag de beheerder om "
            + ForwardingSettings.EMAIL
            + " of de Signalen-instellingen te zetten. Het punt is niet veranderd.");
  }
}
