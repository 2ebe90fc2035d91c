package nl.alkmaar.wijkaanzet.vote;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Letter codes as printed in a letter to each resident: twelve characters from an alphabet without
 * look-alikes (no 0/O, 1/I/L, U/V), shown as {@code ABCD-EFGH-JKMN}. 29 symbols to the twelfth
 * power is about 3.5×10¹⁷ (58 bits). With 100,000 codes issued, 10,000 addresses each guessing once
 * a minute (the lockout's pace) for the 31 days of voting hit any code with a chance of about 1 in
 * 8,000 — and a hit is one ballot in one wijk.
 */
public final class LetterCodes {

  static final String SYMBOLS = "23456789ABCDEFGHJKMNPQRSTWXYZ";
  static final int LENGTH = 12;

  private LetterCodes() {}

  /** {@code count} different codes, formatted for the letter. */
  public static List<String> generate(SecureRandom random, int count) {
    Set<String> codes = new LinkedHashSet<>();
    while (codes.size() < count) {
      StringBuilder code = new StringBuilder(LENGTH);
      for (int i = 0; i < LENGTH; i++) {
        code.append(SYMBOLS.charAt(random.nextInt(SYMBOLS.length())));
      }
      codes.add(code.toString());
    }
    List<String> formatted = new ArrayList<>();
    for (String code : codes) {
      formatted.add(format(code));
    }
    return formatted;
  }

  /**
   * The code as typed, without spaces, dashes and case; empty when it cannot be a code (wrong
   * length or a character the alphabet does not have).
   */
  public static Optional<String> normalize(String typed) {
    if (typed == null) {
      return Optional.empty();
    }
    String code = typed.replaceAll("[\\s\\-.]", "").toUpperCase(Locale.ROOT);
    if (code.length() != LENGTH) {
      return Optional.empty();
    }
    for (char c : code.toCharArray()) {
      if (SYMBOLS.indexOf(c) < 0) {
        return Optional.empty();
      }
    }
    return Optional.of(code);
  }

  /** {@code ABCDEFGHJKMN} as {@code ABCD-EFGH-JKMN}. */
  public static String format(String normalized) {
    return normalized.substring(0, 4)
        + "-"
        + normalized.substring(4, 8)
        + "-"
        + normalized.substring(8);
  }
}
