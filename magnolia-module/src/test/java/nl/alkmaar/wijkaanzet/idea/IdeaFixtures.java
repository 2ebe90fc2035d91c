package nl.alkmaar.wijkaanzet.idea;

import java.time.Instant;

/** Points, a submitter and history entries for the store tests. */
final class IdeaFixtures {

  static final Instant APRIL = Instant.parse("2024-04-10T10:15:30Z");
  static final Submitter JAN = new Submitter("Jan Jansen", "jan@example.nl", APRIL);

  private IdeaFixtures() {}

  /** A submitted point of {@code wijk}; its title holds markup that must stay text. */
  static Idea idea(String id, String wijk, Instant at) {
    return new Idea(
        id,
        id.toUpperCase(),
        "alkmaar-2024",
        wijk,
        "Meer bankjes <b>nu</b>",
        "Bij de Grote Kerk zijn te weinig bankjes.",
        "groen",
        null,
        IdeaStatus.INGEDIEND,
        Channel.BUS,
        AgeGroup.VANAF_65,
        at,
        false);
  }

  static AuditEntry entry(String action) {
    return new AuditEntry(APRIL, "medewerker-bus", action, null);
  }
}
