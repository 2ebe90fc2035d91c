package nl.alkmaar.wijkaanzet.idea;

import java.time.Instant;

/**
 * One step in a point's history: when, who ({@code inwoner} or the staff member's user name), what,
 * and why. Kept with the personal data, because corrections may quote removed text.
 */
public record AuditEntry(Instant at, String actor, String action, String detail) {

  public static final String RESIDENT = "inwoner";
}
