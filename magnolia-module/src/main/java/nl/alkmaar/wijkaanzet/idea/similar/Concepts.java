package nl.alkmaar.wijkaanzet.idea.similar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What residents mean beyond the words they chose: groups of words that ask for the same thing
 * ("bankje", "zitplek", "picknicktafel"), so two points that share no word can still meet. Read
 * from a list of lines {@code name: word word …} ({@code begrippen.txt}, kept in the light module
 * where editors extend it, with a copy in the jar); each word is folded and stemmed as the points'
 * texts are. A word whose stem has four letters or more also counts as the last part of a compound
 * ("verkeersdrempel" has "drempel", "Alkmaarderhout" has "hout"), and one of five or more as its
 * first part ("hondenpoepbak" has "hondenpoep"), when at least three letters are left: "park" must
 * not count in "parkeerplaats", "rond" not in "grond", nor "laan" make every street a row of trees.
 */
public final class Concepts {

  static final String BUNDLED = "/nl/alkmaar/wijkaanzet/idea/similar/begrippen.txt";
  private static final int MIN_LAST_PART = 4;
  private static final int MIN_FIRST_PART = 5;

  /** What is left of a compound besides the part: "grond" is not a "rond" with a "g". */
  private static final int MIN_REST = 3;

  /**
   * Stems already looked up; bounded in number and length, as a query may bring any word (a
   * 4,000-letter one included).
   */
  private static final int MAX_REMEMBERED = 50_000;

  private static final int MAX_REMEMBERED_LENGTH = 40;
  private static final String BYTE_ORDER_MARK = "\uFEFF";

  /** Stem → the concepts it names. */
  private final Map<String, List<String>> exact;

  /** Stems that also count as a part of a longer word, with their concepts. */
  private final Map<String, List<String>> parts;

  private final Map<String, List<String>> remembered = new ConcurrentHashMap<>();

  private final List<String> unusable;

  private Concepts(
      Map<String, List<String>> exact, Map<String, List<String>> parts, List<String> unusable) {
    this.exact = exact;
    this.parts = parts;
    this.unusable = List.copyOf(unusable);
  }

  /** No concepts: the engine compares words only. */
  public static Concepts none() {
    return new Concepts(Map.of(), Map.of(), List.of());
  }

  /** The list that comes with the module. */
  public static Concepts bundled() {
    try (InputStream in = Concepts.class.getResourceAsStream(BUNDLED)) {
      return read(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("concept list " + BUNDLED + " unreadable", e);
    }
  }

  /**
   * Reads lines {@code name: word word …}; blank lines and lines starting with # are skipped. A
   * word written {@code =word} counts only on its own, never as a part of a longer word ("=spelen":
   * not in "klokkenspel"). A word that can never be found in a text (two words joined by a hyphen,
   * a stop word) is left out and listed in {@link #unusable()}.
   */
  public static Concepts read(Reader text) throws IOException {
    DutchAnalyzer analyzer = new DutchAnalyzer();
    Map<String, List<String>> exact = new HashMap<>();
    Map<String, List<String>> parts = new LinkedHashMap<>();
    List<String> unusable = new ArrayList<>();
    BufferedReader lines = new BufferedReader(text);
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      // A byte-order mark (Windows editors write one) must not turn the first comment into a line.
      String trimmed = line.replace(BYTE_ORDER_MARK, "").strip();
      int colon = trimmed.indexOf(':');
      if (trimmed.isEmpty() || trimmed.startsWith("#") || colon <= 0) {
        continue;
      }
      String concept = trimmed.substring(0, colon).strip();
      for (String word : trimmed.substring(colon + 1).strip().split("\\s+")) {
        boolean alone = word.startsWith("=");
        List<String> tokens = analyzer.tokens(alone ? word.substring(1) : word);
        if (tokens.size() != 1 || analyzer.isStopWord(tokens.get(0))) {
          if (!word.isEmpty()) {
            unusable.add(word);
          }
          continue;
        }
        String stem = DutchAnalyzer.stem(tokens.get(0));
        add(exact, stem, concept);
        if (!alone && stem.length() >= MIN_LAST_PART) {
          add(parts, stem, concept);
        }
      }
    }
    return new Concepts(exact, parts, unusable);
  }

  /** The words of the list that can never be found in a text, as written there. */
  public List<String> unusable() {
    return unusable;
  }

  private static void add(Map<String, List<String>> map, String stem, String concept) {
    List<String> concepts = map.computeIfAbsent(stem, key -> new ArrayList<>());
    if (!concepts.contains(concept)) {
      concepts.add(concept);
    }
  }

  /** The concepts a text's stems name, each counted once per stem that names it. */
  Map<String, Integer> of(List<String> stems) {
    Map<String, Integer> counts = new HashMap<>();
    if (exact.isEmpty()) {
      return counts;
    }
    for (String stem : stems) {
      named(stem).forEach(concept -> counts.merge(concept, 1, Integer::sum));
    }
    return counts;
  }

  /** How many words the list has; 0 for {@link #none()}. */
  public int size() {
    return exact.size();
  }

  private List<String> named(String stem) {
    List<String> known = remembered.get(stem);
    if (known != null) {
      return known;
    }
    List<String> named = lookUp(stem);
    if (stem.length() <= MAX_REMEMBERED_LENGTH && remembered.size() < MAX_REMEMBERED) {
      remembered.put(stem, named);
    }
    return named;
  }

  private List<String> lookUp(String stem) {
    List<String> named = new ArrayList<>(exact.getOrDefault(stem, List.of()));
    for (Map.Entry<String, List<String>> part : parts.entrySet()) {
      String word = part.getKey();
      boolean inside =
          stem.length() - word.length() >= MIN_REST
              && (stem.endsWith(word)
                  || (word.length() >= MIN_FIRST_PART && stem.startsWith(word)));
      if (inside) {
        part.getValue().stream().filter(c -> !named.contains(c)).forEach(named::add);
      }
    }
    return List.copyOf(named);
  }
}
