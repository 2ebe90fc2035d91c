package nl.alkmaar.wijkaanzet.idea;

import java.util.random.RandomGenerator;

/**
 * References residents can read out on the phone: {@code WAZ-7K3F-Q9MD}. Random rather than a
 * counter, so concurrent submissions never contend and nobody can guess how many came before.
 * Crockford's base 32 leaves out I, L, O and U, which are easily misread.
 */
public final class ReferenceGenerator {

  private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

  private final RandomGenerator random;

  public ReferenceGenerator(RandomGenerator random) {
    this.random = random;
  }

  public String next() {
    StringBuilder reference = new StringBuilder("WAZ-");
    for (int i = 0; i < 8; i++) {
      if (i == 4) {
        reference.append('-');
      }
      reference.append(ALPHABET[random.nextInt(ALPHABET.length)]);
    }
    return reference.toString();
  }

  /** The URL and node name for a reference: lower case, as typed into an address bar. */
  public static String idOf(String reference) {
    return reference.toLowerCase(java.util.Locale.ROOT);
  }
}
