package nl.alkmaar.wijkaanzet.campaign;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A cursor over one mapping in a parsed YAML file that remembers its path, so that every problem it
 * reports names the exact field ({@code phases[2].start}). Readers collect all problems in one pass
 * instead of stopping at the first, so an editor fixes the file in one go.
 */
final class ConfigNode {

  static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private final JsonNode node;
  private final String path;
  private final List<ConfigProblem> problems;

  ConfigNode(JsonNode node, String path, List<ConfigProblem> problems) {
    this.node = node;
    this.path = path;
    this.problems = problems;
  }

  boolean has(String name) {
    return node.has(name);
  }

  String field(String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  void problem(String name, String value, String message) {
    problems.add(new ConfigProblem(field(name), value, message));
  }

  /** Reports keys this reader does not know, which are nearly always typos. */
  void allowOnly(Set<String> known) {
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!known.contains(name)) {
        problem(
            name,
            node.get(name).asText(node.get(name).toString()),
            "dit veld kennen we niet. Toegestaan zijn: " + String.join(", ", known) + ".");
      }
    }
  }

  String text(String name, boolean required, int maxLength) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull() || value.asText().isBlank()) {
      if (required) {
        problem(name, null, "dit veld is verplicht.");
      }
      return null;
    }
    if (!value.isValueNode()) {
      problem(name, value.toString(), "hier hoort een tekst.");
      return null;
    }
    String text = value.asText().strip();
    if (text.length() > maxLength) {
      problem(name, text, "de tekst is langer dan " + maxLength + " tekens.");
      return null;
    }
    return text;
  }

  String slug(String name) {
    String text = text(name, true, 60);
    if (text != null && !SLUG.matcher(text).matches()) {
      problem(
          name,
          text,
          "gebruik alleen kleine letters, cijfers en streepjes (bijvoorbeeld 'de-mare').");
      return null;
    }
    return text;
  }

  String matching(String name, boolean required, Pattern pattern, String explanation) {
    String text = text(name, required, 200);
    if (text != null && !pattern.matcher(text).matches()) {
      problem(name, text, explanation);
      return null;
    }
    return text;
  }

  LocalDate date(String name, boolean required) {
    String text = text(name, required, 30);
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeException e) {
      problem(
          name,
          text,
          "dit is geen geldige datum. Schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2024-04-01.");
      return null;
    }
  }

  ZoneId zone(String name, ZoneId fallback) {
    String text = text(name, false, 60);
    if (text == null) {
      return fallback;
    }
    try {
      return ZoneId.of(text);
    } catch (DateTimeException e) {
      problem(name, text, "dit is geen bekende tijdzone. Gebruik bijvoorbeeld Europe/Amsterdam.");
      return fallback;
    }
  }

  /** A yes/no setting; {@code fallback} when it is left out. */
  boolean flag(String name, boolean fallback) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      return fallback;
    }
    if (!value.isBoolean()) {
      problem(name, value.asText(), "hier hoort true of false.");
      return fallback;
    }
    return value.booleanValue();
  }

  Integer integer(String name, boolean required, int min, int max) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      if (required) {
        problem(name, null, "dit veld is verplicht.");
      }
      return null;
    }
    if (!value.canConvertToInt() || !value.isIntegralNumber()) {
      problem(name, value.asText(), "hier hoort een heel getal.");
      return null;
    }
    int number = value.intValue();
    if (number < min || number > max) {
      problem(name, value.asText(), "het getal moet tussen " + min + " en " + max + " liggen.");
      return null;
    }
    return number;
  }

  ConfigNode object(String name) {
    JsonNode value = node.get(name);
    if (value == null || !value.isObject()) {
      problem(name, value == null ? null : value.toString(), "hier horen velden onder elkaar.");
      return null;
    }
    return new ConfigNode(value, field(name), problems);
  }

  /** Maps every entry of a list; an entry that cannot be read is reported and left out. */
  <T> List<T> list(String name, Function<ConfigNode, T> reader) {
    JsonNode value = node.get(name);
    if (value == null || !value.isArray() || value.isEmpty()) {
      problem(
          name,
          value == null ? null : value.toString(),
          "hier hoort een lijst met minstens één item.");
      return List.of();
    }
    List<T> items = new ArrayList<>();
    for (int i = 0; i < value.size(); i++) {
      JsonNode entry = value.get(i);
      String entryPath = field(name) + "[" + i + "]";
      if (!entry.isObject()) {
        problems.add(
            new ConfigProblem(entryPath, entry.asText(), "hier horen velden onder elkaar."));
        continue;
      }
      T item = reader.apply(new ConfigNode(entry, entryPath, problems));
      if (item != null) {
        items.add(item);
      }
    }
    return items;
  }

  List<ConfigProblem> problems() {
    return problems;
  }
}
