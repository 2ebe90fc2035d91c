package nl.alkmaar.wijkaanzet.vote;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which wijk an address is in: a table of postcode, house-number range and wijk, read from CSV
 * ({@code postcode,huisnummer_van,huisnummer_tot,wijk}, a header row first; commas or semicolons).
 * The municipality exports it from its address register; the demo ships a small made-up one.
 */
public final class AddressBook {

  /** The bundled made-up table for the Alkmaar demo. */
  public static final String DEMO_RESOURCE = "/nl/alkmaar/wijkaanzet/vote/adressen-demo.csv";

  private record Range(int from, int to, String wijk) {}

  private final Map<String, List<Range>> byPostcode;

  private AddressBook(Map<String, List<Range>> byPostcode) {
    this.byPostcode = byPostcode;
  }

  public static AddressBook empty() {
    return new AddressBook(Map.of());
  }

  /** The bundled demo table, checked against {@code wijken}. */
  public static AddressBook demo(Set<String> wijken) {
    try (InputStream in = AddressBook.class.getResourceAsStream(DEMO_RESOURCE)) {
      return read(in, wijken, DEMO_RESOURCE);
    } catch (IOException e) {
      throw new IllegalStateException("demo address table unreadable", e);
    }
  }

  /**
   * Reads a table; every row must name a wijk of {@code wijken}.
   *
   * @throws IllegalArgumentException naming the line that is wrong
   */
  public static AddressBook read(InputStream csv, Set<String> wijken, String source)
      throws IOException {
    Map<String, List<Range>> byPostcode = new HashMap<>();
    BufferedReader lines = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8));
    String line = lines.readLine();
    int number = 1;
    while ((line = lines.readLine()) != null) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      String[] fields = line.split("[;,]");
      try {
        String postcode = normalizePostcode(fields[0]).orElseThrow();
        int from = Integer.parseInt(fields[1].strip());
        int to = Integer.parseInt(fields[2].strip());
        String wijk = fields[3].strip();
        if (from > to || !wijken.contains(wijk)) {
          throw new IllegalArgumentException();
        }
        byPostcode
            .computeIfAbsent(postcode, key -> new ArrayList<>())
            .add(new Range(from, to, wijk));
      } catch (RuntimeException e) {
        throw new IllegalArgumentException(
            source
                + ", regel "
                + number
                + ": verwacht postcode,huisnummer_van,huisnummer_tot,wijk met een wijk van de"
                + " campagne, maar staat er: "
                + line);
      }
    }
    return new AddressBook(byPostcode);
  }

  public boolean isEmpty() {
    return byPostcode.isEmpty();
  }

  /** The wijk of the address, if the table has it. */
  public Optional<String> wijkOf(String postcode, int houseNumber) {
    return normalizePostcode(postcode)
        .flatMap(
            code ->
                byPostcode.getOrDefault(code, List.of()).stream()
                    .filter(range -> houseNumber >= range.from() && houseNumber <= range.to())
                    .map(Range::wijk)
                    .findFirst());
  }

  /** {@code 1811 ab} as {@code 1811AB}; empty when it is no Dutch postcode. */
  public static Optional<String> normalizePostcode(String typed) {
    if (typed == null) {
      return Optional.empty();
    }
    String code = typed.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    return code.matches("[1-9][0-9]{3}[A-Z]{2}") ? Optional.of(code) : Optional.empty();
  }
}
