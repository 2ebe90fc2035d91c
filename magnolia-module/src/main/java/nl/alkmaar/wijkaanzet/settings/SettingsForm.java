package nl.alkmaar.wijkaanzet.settings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import nl.alkmaar.wijkaanzet.campaign.Campaign;
import nl.alkmaar.wijkaanzet.campaign.Category;
import nl.alkmaar.wijkaanzet.campaign.Phase;
import nl.alkmaar.wijkaanzet.campaign.PhaseKind;
import nl.alkmaar.wijkaanzet.campaign.RejectionReason;
import nl.alkmaar.wijkaanzet.campaign.Wijk;
import nl.alkmaar.wijkaanzet.validation.FieldError;

/**
 * The campaign settings as the settings screen shows and posts them: one text per field, named like
 * the configuration file's paths with dashes ({@code phases-3-start}, {@code wijken-0-name}, {@code
 * rules-choicesPerBallot}), and as people type them (dates as 14-5-2024, 12.720 residents). {@link
 * #tree} turns them into the configuration file's shape, so the file's reader checks them with its
 * own rules and messages.
 *
 * <p>The lists (wijken, categories, rejection reasons) have one row per item shown, a tick to
 * remove it ({@code -weg}), and one empty row at the end for a new item. An item's id is fixed once
 * it exists; a new item's id may be left empty and is then made from its name.
 */
public final class SettingsForm {

  /** The editable lists, their fields (the first is the id) and what an item is called. */
  public enum ListKind {
    WIJKEN("wijken", List.of("id", "name", "cbsCode", "residents"), "wijk"),
    CATEGORIES("categories", List.of("id", "name"), "onderwerp"),
    REASONS("rejectionReasons", List.of("id", "text"), "reden");

    final String key;
    final List<String> fields;
    final String itemName;

    public String key() {
      return key;
    }

    ListKind(String key, List<String> fields, String itemName) {
      this.key = key;
      this.fields = fields;
      this.itemName = itemName;
    }
  }

  /** Rows read from a post at most per list; more is no form of ours. */
  static final int MOST_ROWS = 200;

  public static final String REMOVE = "weg";

  private static final DateTimeFormatter SHOWN_DATE =
      DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT);
  private static final Pattern TYPED_DATE =
      Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})");
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern NUMBER = Pattern.compile("\\d{1,3}([. ]?\\d{3})*|\\d+");

  private final Map<String, String> values;
  private final Map<ListKind, Integer> rows;

  private SettingsForm(Map<String, String> values, Map<ListKind, Integer> rows) {
    this.values = values;
    this.rows = rows;
  }

  /** The form filled with the campaign as it is (plus an empty row per list). */
  public static SettingsForm of(Campaign campaign) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("title", campaign.title());
    values.put("intro", text(campaign.intro()));
    values.put("website", text(campaign.website()));
    for (int i = 0; i < campaign.phases().size(); i++) {
      Phase phase = campaign.phases().get(i);
      values.put(phaseField(i, "title"), phase.title());
      values.put(phaseField(i, "description"), text(phase.description()));
      values.put(phaseField(i, "start"), SHOWN_DATE.format(phase.start()));
      values.put(phaseField(i, "end"), phase.endDate().map(SHOWN_DATE::format).orElse(""));
    }
    values.put("rules-choicesPerBallot", String.valueOf(campaign.rules().choicesPerBallot()));
    values.put("rules-winnersPerWijk", String.valueOf(campaign.rules().winnersPerWijk()));
    values.put("rules-ballotsChangeable", campaign.rules().ballotsChangeable() ? "ja" : "");
    values.put("rules-nextMovesUp", campaign.rules().nextMovesUp() ? "ja" : "");
    Map<ListKind, Integer> rows = new LinkedHashMap<>();
    List<Wijk> wijken = campaign.wijken();
    for (int i = 0; i < wijken.size(); i++) {
      Wijk wijk = wijken.get(i);
      put(
          values,
          ListKind.WIJKEN,
          i,
          wijk.id(),
          wijk.name(),
          text(wijk.cbsCode()),
          wijk.residents() == null ? "" : String.valueOf(wijk.residents()));
    }
    rows.put(ListKind.WIJKEN, wijken.size());
    List<Category> categories = campaign.categories();
    for (int i = 0; i < categories.size(); i++) {
      put(values, ListKind.CATEGORIES, i, categories.get(i).id(), categories.get(i).name());
    }
    rows.put(ListKind.CATEGORIES, categories.size());
    List<RejectionReason> reasons = campaign.rejectionReasons();
    for (int i = 0; i < reasons.size(); i++) {
      put(values, ListKind.REASONS, i, reasons.get(i).id(), reasons.get(i).text());
    }
    rows.put(ListKind.REASONS, reasons.size());
    // The empty row for a new item.
    rows.forEach(
        (kind, row) -> kind.fields.forEach(name -> values.put(field(kind, row, name), "")));
    return new SettingsForm(values, rows);
  }

  /**
   * The form as posted. Ids of existing rows come from the campaign as it is ({@code current}),
   * never from the post: an id is where a wijk's points are stored.
   */
  public static SettingsForm posted(Function<String, String> parameter, Campaign current) {
    SettingsForm shown = of(current);
    Map<String, String> values = new LinkedHashMap<>();
    for (String key : shown.values.keySet()) {
      values.put(key, clean(parameter.apply(key), isMultiLine(key)));
    }
    Map<ListKind, Integer> rows = new LinkedHashMap<>();
    for (ListKind kind : ListKind.values()) {
      int existing = shown.rows.get(kind);
      for (int i = 0; i < existing; i++) {
        values.put(field(kind, i, "id"), shown.values.get(field(kind, i, "id")));
        values.put(field(kind, i, REMOVE), clean(parameter.apply(field(kind, i, REMOVE)), false));
      }
      rows.put(kind, existing);
    }
    return new SettingsForm(values, rows);
  }

  /** What a field shows: as typed, or as stored. */
  public String value(String key) {
    return values.getOrDefault(key, "");
  }

  public Map<String, String> values() {
    return Map.copyOf(values);
  }

  /** How many existing items a list shows (its empty row for a new item has this index). */
  public int rows(ListKind kind) {
    return rows.get(kind);
  }

  /** Whether the row is ticked for removal. */
  boolean removed(ListKind kind, int row) {
    return !value(field(kind, row, REMOVE)).isEmpty();
  }

  /** The posted campaign in the configuration file's shape, for the file's reader. */
  Built tree(Campaign current) {
    JsonNodeFactory json = JsonNodeFactory.instance;
    ObjectNode root = json.objectNode();
    List<FieldError> typing = new ArrayList<>();
    Map<String, List<Integer>> rowOfItem = new LinkedHashMap<>();
    root.put("id", current.id());
    root.put("timeZone", current.timeZone().getId());
    putText(root, "title", value("title"));
    putText(root, "intro", value("intro"));
    putText(root, "website", value("website"));
    ArrayNode phases = root.putArray("phases");
    for (int i = 0; i < current.phases().size(); i++) {
      ObjectNode phase = phases.addObject();
      phase.put("id", current.phases().get(i).id());
      putText(phase, "title", value(phaseField(i, "title")));
      putText(phase, "description", value(phaseField(i, "description")));
      putDate(phase, "start", phaseField(i, "start"), typing);
      putDate(phase, "end", phaseField(i, "end"), typing);
    }
    for (ListKind kind : ListKind.values()) {
      ArrayNode items = root.putArray(kind.key);
      List<Integer> formRows = new ArrayList<>();
      int existing = rows.get(kind);
      for (int i = 0; i <= existing; i++) {
        boolean isNew = i == existing;
        if ((isNew && isEmptyRow(kind, i)) || (!isNew && removed(kind, i))) {
          continue;
        }
        ObjectNode item = items.addObject();
        for (String name : kind.fields) {
          String typed = value(field(kind, i, name));
          if (name.equals("id") && isNew && typed.isEmpty()) {
            typed = slugOf(value(field(kind, i, kind.fields.get(1))));
          }
          if (name.equals("residents")) {
            putNumber(item, name, typed);
          } else {
            putText(item, name, typed);
          }
        }
        formRows.add(i);
      }
      rowOfItem.put(kind.key, formRows);
    }
    ObjectNode rules = root.putObject("rules");
    putNumber(rules, "choicesPerBallot", value("rules-choicesPerBallot"));
    putNumber(rules, "winnersPerWijk", value("rules-winnersPerWijk"));
    rules.put("ballotsChangeable", !value("rules-ballotsChangeable").isEmpty());
    rules.put("nextMovesUp", !value("rules-nextMovesUp").isEmpty());
    return new Built(root, typing, rowOfItem);
  }

  /**
   * The tree for the reader, faults found while reading what was typed (a date that is no date),
   * and per list which form row each item of the tree came from (removed rows are left out, so the
   * reader's {@code wijken[3]} may be the form's fifth row).
   */
  record Built(JsonNode tree, List<FieldError> typing, Map<String, List<Integer>> rowOfItem) {}

  private boolean isEmptyRow(ListKind kind, int row) {
    return kind.fields.stream().allMatch(name -> value(field(kind, row, name)).isEmpty());
  }

  private void putDate(ObjectNode node, String name, String key, List<FieldError> typing) {
    String typed = value(key);
    if (typed.isEmpty()) {
      return;
    }
    var matcher = TYPED_DATE.matcher(typed);
    try {
      if (matcher.matches()) {
        node.put(
            name,
            LocalDate.of(
                    Integer.parseInt(matcher.group(3)),
                    Integer.parseInt(matcher.group(2)),
                    Integer.parseInt(matcher.group(1)))
                .toString());
        return;
      }
      if (ISO_DATE.matcher(typed).matches()) {
        node.put(name, LocalDate.parse(typed).toString());
        return;
      }
    } catch (DateTimeException e) {
      // falls through to the message below
    }
    typing.add(
        new FieldError(
            key, "Deze datum bestaat niet. Schrijf de datum als dag-maand-jaar, zoals 14-5-2024."));
  }

  private static void putText(ObjectNode node, String name, String typed) {
    if (!typed.isEmpty()) {
      node.put(name, typed);
    }
  }

  /** 12.720 and 12 720 are 12720, as people write numbers; anything else goes as text. */
  private static void putNumber(ObjectNode node, String name, String typed) {
    if (typed.isEmpty()) {
      return;
    }
    if (NUMBER.matcher(typed).matches() && typed.replaceAll("[. ]", "").length() <= 9) {
      node.put(name, Integer.parseInt(typed.replaceAll("[. ]", "")));
    } else {
      node.put(name, typed);
    }
  }

  /** "Sint Pancras-Noord" becomes "sint-pancras-noord", the form of the address of a wijk page. */
  static String slugOf(String name) {
    String plain =
        Normalizer.normalize(name, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("(^-+|-+$)", "");
    return plain.length() > 60 ? plain.substring(0, 60).replaceAll("-+$", "") : plain;
  }

  static String field(ListKind kind, int row, String name) {
    return kind.key + "-" + row + "-" + name;
  }

  static String phaseField(int index, String name) {
    return "phases-" + index + "-" + name;
  }

  private static void put(Map<String, String> values, ListKind kind, int row, String... fields) {
    for (int i = 0; i < fields.length; i++) {
      values.put(field(kind, row, kind.fields.get(i)), fields[i]);
    }
    values.put(field(kind, row, REMOVE), "");
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }

  /**
   * Trimmed, line ends as one kind (so a text that was not touched compares equal), no control
   * characters; a field of one line gets no line breaks at all (titles end up in mail subjects).
   */
  private static String clean(String value, boolean multiLine) {
    if (value == null) {
      return "";
    }
    String text = value.replace("\r\n", "\n").replaceAll("[\\p{Cntrl}&&[^\n\t]]", "");
    return (multiLine ? text : text.replaceAll("\\s+", " ")).strip();
  }

  /** The texts residents read as paragraphs: the intro and the phases' explanations. */
  private static boolean isMultiLine(String key) {
    return key.equals("intro") || key.endsWith("-description");
  }

  /** For messages: a phase's name as the screen shows it. */
  static String phaseName(Campaign campaign, int index) {
    return index < campaign.phases().size()
        ? campaign.phases().get(index).title()
        : PhaseKind.values()[Math.min(index, PhaseKind.values().length - 1)].id();
  }
}
