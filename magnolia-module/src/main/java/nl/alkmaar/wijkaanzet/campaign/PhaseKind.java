package nl.alkmaar.wijkaanzet.campaign;

import java.util.Arrays;
import java.util.Optional;

/**
 * The seven phases every edition runs through, in this order. The order is fixed because later
 * capabilities gate on it (ideas only in MEEDENKEN, ballots only in MEEBESLISSEN); their dates and
 * texts are configuration.
 */
public enum PhaseKind {
  AANKONDIGING("aankondiging"),
  MEEDENKEN("meedenken"),
  MODERATIE("moderatie"),
  MEEBESLISSEN("meebeslissen"),
  HAALBAARHEID("haalbaarheid"),
  UITSLAG("uitslag"),
  UITVOERING("uitvoering");

  private final String id;

  PhaseKind(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public static Optional<PhaseKind> byId(String id) {
    return Arrays.stream(values()).filter(kind -> kind.id.equals(id)).findFirst();
  }

  public static String allIds() {
    return String.join(", ", Arrays.stream(values()).map(PhaseKind::id).toList());
  }
}
