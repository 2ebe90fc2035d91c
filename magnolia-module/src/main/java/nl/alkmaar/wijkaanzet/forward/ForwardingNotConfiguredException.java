package nl.alkmaar.wijkaanzet.forward;

/** Forwarding was asked for, but no channel is set up on this server. */
public final class ForwardingNotConfiguredException extends RuntimeException {

  public ForwardingNotConfiguredException() {
    super(
        "Doorsturen kan nu niet: er is nog niet ingesteld waar meldingen over de openbare ruimte"
            + " heen gaan. Vraag de beheerder om het doorsturen in te stellen. Het punt is niet"
            + " veranderd.");
  }
}
