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
 * texts are. A word of four letters or more also counts as the last part of a compound
 * ("verkeersdrempel" has "drempel", "Alkmaarderhout" has "hout"), and one of five or more as its
 * first part ("hondenpoepbak" has "hondenpoep"): "park" must not count in "parkeerplaats", nor
 * "laan" make every street a lane of trees.
 */
public final class Concepts {

  static final String BUNDLED = "/nl/alkmaar/wijkaanzet/idea/similar/begrippen.txt";
  private static final int MIN_LAST_PART = 4;
  private static final int MIN_FIRST_PART = 5;

  /** Stems already looked up; bounded, as a query may bring any word. */
  private static final int MAX_REMEMBERED = 50_000;

  /** Stem → the concepts it names. */
  private final Map<String, List<String>> exact;

  /** Stems that also count as a part of a longer word, with their concepts. */
  private final Map<String, List<String>> parts;

  private final Map<String, List<String>> remembered = new ConcurrentHashMap<>();

  private Concepts(Map<String, List<String>> exact, Map<String, List<String>> parts) {
    this.exact = exact;
    this.parts = parts;
  }

  /** No concepts: the engine compares words only. */
  public static Concepts none() {
    return new Concepts(Map.of(), Map.of());
  }

  /** The list that comes with the module. */
  public static Concepts bundled() {
    try (InputStream in = Concepts.class.getResourceAsStream(BUNDLED)) {
      return read(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("concept list " + BUNDLED + " unreadable", e);
    }
  }

  /** Reads lines {@code name: word word …}; blank lines and lines starting with # are skipped. */
  public static Concepts read(Reader text) throws IOException {
    Map<String, List<String>> exact = new HashMap<>();
    Map<String, List<String>> parts = new LinkedHashMap<>();
    BufferedReader lines = new BufferedReader(text);
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      String trimmed = line.strip();
      int colon = trimmed.indexOf(':');
      if (trimmed.isEmpty() || trimmed.startsWith("#") || colon <= 0) {
        continue;
      }
      String concept = trimmed.substring(0, colon).strip();
      for (String word : trimmed.substring(colon + 1).strip().split("\\s+")) {
        if (word.isEmpty()) {
          continue;
        }
        String stem = DutchAnalyzer.stem(DutchAnalyzer.fold(word));
        add(exact, stem, concept);
        if (stem.length() >= MIN_LAST_PART) {
          add(parts, stem, concept);
        }
      }
    }
    return new Concepts(exact, parts);
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
    if (remembered.size() < MAX_REMEMBERED) {
      remembered.put(stem, named);
    }
    return named;
  }

  private List<String> lookUp(String stem) {
    List<String> named = new ArrayList<>(exact.getOrDefault(stem, List.of()));
    for (Map.Entry<String, List<String>> part : parts.entrySet()) {
      String word = part.getKey();
      boolean inside =
          stem.length() > word.length()
              && (stem.endsWith(word)
                  || (word.length() >= MIN_FIRST_PART && stem.startsWith(word)));
      if (inside) {
        part.getValue().stream().filter(c -> !named.contains(c)).forEach(named::add);
      }
    }
    return List.copyOf(named);
  }
}
