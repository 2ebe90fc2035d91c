package nl.alkmaar.wijkaanzet.settings;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.alkmaar.wijkaanzet.campaign.Campaign;
import nl.alkmaar.wijkaanzet.campaign.ConfigProblem;
import nl.alkmaar.wijkaanzet.settings.SettingsForm.ListKind;
import nl.alkmaar.wijkaanzet.validation.FieldError;

/**
 * Turns the configuration reader's problems ({@code wijken[3].residents: hier hoort een heel
 * getal.}) into the screen's: the form field it is about, and a message that says which field in
 * words ("Wijk Oudorp, aantal inwoners: hier hoort een heel getal.").
 */
final class FieldLabels {

  private static final Pattern ITEM = Pattern.compile("(\\w+)\\[(\\d+)\\]\\.(\\w+)");
  private static final Pattern RULE = Pattern.compile("rules\\.(\\w+)");

  private static final Map<String, String> NAMES =
      Map.ofEntries(
          Map.entry("title", "titel"),
          Map.entry("intro", "inleiding"),
          Map.entry("website", "website"),
          Map.entry("description", "uitleg"),
          Map.entry("start", "begindatum"),
          Map.entry("end", "einddatum"),
          Map.entry("id", "korte naam voor het adres"),
          Map.entry("name", "naam"),
          Map.entry("cbsCode", "CBS-wijkcode"),
          Map.entry("residents", "aantal inwoners"),
          Map.entry("text", "tekst"),
          Map.entry("choicesPerBallot", "keuzes per stem"),
          Map.entry("winnersPerWijk", "gekozen punten per wijk"),
          Map.entry("ballotsChangeable", "stem veranderen"),
          Map.entry("nextMovesUp", "volgende punt schuift door"));

  private final Campaign current;
  private final SettingsForm form;
  private final Map<String, List<Integer>> rowOfItem;

  FieldLabels(Campaign current, SettingsForm form, Map<String, List<Integer>> rowOfItem) {
    this.current = current;
    this.form = form;
    this.rowOfItem = rowOfItem;
  }

  FieldError error(ConfigProblem problem) {
    Optional<String> key = formKey(problem.field());
    String message = sentence(problem.message());
    return key.map(k -> new FieldError(k, label(k) + ": " + message))
        .orElseGet(() -> new FieldError("actie", capitalized(message)));
  }

  /** The form field a reader's path is about; empty for a path about a whole list. */
  private Optional<String> formKey(String path) {
    Matcher item = ITEM.matcher(path);
    if (item.matches()) {
      int index = Integer.parseInt(item.group(2));
      String list = item.group(1);
      if (list.equals("phases")) {
        return Optional.of(SettingsForm.phaseField(index, item.group(3)));
      }
      List<Integer> rows = rowOfItem.getOrDefault(list, List.of());
      if (index >= rows.size()) {
        return Optional.empty();
      }
      String key = list + "-" + rows.get(index) + "-" + item.group(3);
      // A new item's id may be made from its name: then the name is the field to fix.
      if (item.group(3).equals("id") && form.value(key).isEmpty()) {
        key =
            list
                + "-"
                + rows.get(index)
                + "-"
                + (list.equals("rejectionReasons") ? "text" : "name");
      }
      return Optional.of(key);
    }
    Matcher rule = RULE.matcher(path);
    if (rule.matches()) {
      return Optional.of("rules-" + rule.group(1));
    }
    return form.values().containsKey(path) ? Optional.of(path) : Optional.empty();
  }

  /** "Fase Meedenken, begindatum", "Wijk Oudorp, aantal inwoners", "Nieuwe wijk, naam". */
  String label(String key) {
    String[] parts = key.split("-");
    if (parts.length == 3) {
      int row = Integer.parseInt(parts[1]);
      String field = NAMES.getOrDefault(parts[2], parts[2]);
      if (parts[0].equals("phases")) {
        return "Fase " + SettingsForm.phaseName(current, row) + ", " + field;
      }
      for (ListKind kind : ListKind.values()) {
        if (kind.key.equals(parts[0])) {
          return (row >= form.rows(kind)
                  ? "Nieuwe " + kind.itemName
                  : capitalized(kind.itemName) + " " + shownName(kind, row))
              + ", "
              + field;
        }
      }
    }
    if (parts.length == 2 && parts[0].equals("rules")) {
      return capitalized(NAMES.getOrDefault(parts[1], parts[1]));
    }
    return capitalized(NAMES.getOrDefault(key, key)) + " van de campagne";
  }

  private String shownName(ListKind kind, int row) {
    return switch (kind) {
      case WIJKEN -> current.wijken().get(row).name();
      case CATEGORIES -> current.categories().get(row).name();
      case REASONS -> "'" + current.rejectionReasons().get(row).id() + "'";
    };
  }

  /** The reader writes "dit veld is verplicht."; the screen says what to do. */
  private static String sentence(String message) {
    return message.equals("dit veld is verplicht.") ? "vul dit in." : message;
  }

  static String capitalized(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
