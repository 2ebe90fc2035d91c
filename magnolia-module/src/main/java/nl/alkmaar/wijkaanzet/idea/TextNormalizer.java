package nl.alkmaar.wijkaanzet.idea;

import java.text.Normalizer;

/**
 * Makes text from the outside world safe to store and compare: Unicode NFC (so "é" is one character
 * whichever keyboard typed it), no control or invisible formatting characters, no leading or
 * trailing space. Line breaks survive only in multi-line text.
 */
public final class TextNormalizer {

  private TextNormalizer() {}

  /** A single-line value: every kind of white space becomes one space. */
  public static String line(String value) {
    if (value == null) {
      return null;
    }
    String clean = strip(value).replaceAll("(?U)\\s+", " ").strip();
    return clean.isEmpty() ? null : clean;
  }

  /** A multi-line value: line breaks become \n, at most one empty line in a row. */
  public static String text(String value) {
    if (value == null) {
      return null;
    }
    String clean =
        strip(value.replace("\r\n", "\n").replace('\r', '\n'))
            .replaceAll("(?U)[\\s&&[^\\n]]+", " ")
            .replaceAll(" *\n *", "\n")
            .replaceAll("\n{3,}", "\n\n")
            .strip();
    return clean.isEmpty() ? null : clean;
  }

  private static String strip(String value) {
    String nfc = Normalizer.normalize(value, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(nfc.length());
    nfc.codePoints().filter(cp -> !isInvisible(cp)).forEach(out::appendCodePoint);
    return out.toString();
  }

  private static boolean isInvisible(int codePoint) {
    int type = Character.getType(codePoint);
    return (type == Character.CONTROL && !Character.isWhitespace(codePoint))
        || type == Character.FORMAT
        || type == Character.PRIVATE_USE
        || type == Character.SURROGATE
        || type == Character.UNASSIGNED;
  }
}
