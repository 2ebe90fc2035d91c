package nl.alkmaar.wijkaanzet.campaign;

import java.util.List;

/**
 * A reason moderators can give when they reject a point; the submitter reads {@code text} in the
 * mail, with the moderator's own explanation below it.
 */
public record RejectionReason(String id, String text) {

  /** Used when a campaign file lists no reasons of its own. */
  public static final List<RejectionReason> DEFAULTS =
      List.of(
          new RejectionReason(
              "buiten-regels", "Uw punt valt buiten de regels van Wij(k) aan zet!."),
          new RejectionReason("niet-gemeente", "De gemeente gaat hier niet over."),
          new RejectionReason("al-gepland", "Dit staat al in de plannen van de gemeente."),
          new RejectionReason(
              "andere-wijk", "Uw punt gaat over een andere wijk of over de hele stad."),
          new RejectionReason("anders", "Er is een andere reden. Die leest u hieronder."));
}
