package nl.alkmaar.wijkaanzet.campaign;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Reads the phases and checks that they are the seven known phases, in the fixed order, with dates
 * that do not run backwards or overlap.
 */
final class PhaseListReader {

  List<Phase> read(ConfigNode root) {
    List<Phase> phases = root.list("phases", PhaseListReader::readPhase);
    checkKindsAndOrder(root, phases);
    checkDates(root, phases);
    return phases;
  }

  private static Phase readPhase(ConfigNode node) {
    node.allowOnly(new LinkedHashSet<>(List.of("id", "title", "description", "start", "end")));
    String id = node.text("id", true, 40);
    PhaseKind kind = null;
    if (id != null) {
      kind = PhaseKind.byId(id).orElse(null);
      if (kind == null) {
        node.problem(
            "id", id, "deze fase kennen we niet. Bekende fases zijn: " + PhaseKind.allIds() + ".");
      }
    }
    String title = node.text("title", true, 80);
    String description = node.text("description", false, 1000);
    LocalDate start = node.date("start", true);
    LocalDate end = node.date("end", false);
    if (start != null && end != null && end.isBefore(start)) {
      node.problem("end", end.toString(), "de einddatum ligt vóór de begindatum (" + start + ").");
    }
    return kind == null || start == null ? null : new Phase(kind, title, description, start, end);
  }

  private static void checkKindsAndOrder(ConfigNode root, List<Phase> phases) {
    PhaseKind[] expected = PhaseKind.values();
    for (int i = 0; i < phases.size() && i < expected.length; i++) {
      if (phases.get(i).kind() != expected[i]) {
        root.problem(
            "phases[" + i + "].id",
            phases.get(i).id(),
            "de fases staan niet in de goede volgorde. Op deze plaats hoort '"
                + expected[i].id()
                + "'. De volgorde is: "
                + PhaseKind.allIds()
                + ".");
        return;
      }
    }
    if (phases.size() != expected.length && root.problems().isEmpty()) {
      root.problem(
          "phases",
          String.valueOf(phases.size()),
          "er moeten precies " + expected.length + " fases zijn: " + PhaseKind.allIds() + ".");
    }
  }

  private static void checkDates(ConfigNode root, List<Phase> phases) {
    for (int i = 0; i < phases.size(); i++) {
      Phase phase = phases.get(i);
      boolean last = i == phases.size() - 1;
      if (phase.end() == null && !last) {
        root.problem("phases[" + i + "].end", null, "alleen de laatste fase mag zonder einddatum.");
      }
      if (i > 0) {
        Phase previous = phases.get(i - 1);
        LocalDate previousEnd = previous.end() == null ? previous.start() : previous.end();
        if (!phase.start().isAfter(previousEnd)) {
          root.problem(
              "phases[" + i + "].start",
              phase.start().toString(),
              "deze fase begint niet na het einde van '"
                  + previous.id()
                  + "' ("
                  + previousEnd
                  + "). Zet de datums op volgorde.");
        }
      }
    }
  }
}
