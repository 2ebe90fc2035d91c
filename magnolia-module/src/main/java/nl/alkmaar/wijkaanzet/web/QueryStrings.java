package nl.alkmaar.wijkaanzet.web;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * Whether an address's query can be read at all. A query with broken percent escapes or bytes that
 * are not UTF-8 (e.g. {@code ?wijk=%ff}) makes the container throw on the first {@code
 * getParameter}; checked first, it is a plain 400 instead of a 500 with a stack trace in the log
 * for every such request a stranger sends.
 */
public final class QueryStrings {

  /** What to tell the sender, in Dutch. */
  public static final String UNREADABLE =
      "Dit adres bevat tekens die we niet kunnen lezen. Controleer het adres of kies de pagina"
          + " opnieuw.";

  private QueryStrings() {}

  /**
   * The first value of {@code name} in {@code query} (percent-decoded), or null. For a parameter
   * that must be read before a post's body: {@code getParameter} would consume a form's body.
   */
  public static String value(String query, String name) {
    if (query == null || !isReadable(query)) {
      return null;
    }
    for (String pair : query.split("&")) {
      int equals = pair.indexOf('=');
      String key = equals < 0 ? pair : pair.substring(0, equals);
      if (key.equals(name)) {
        return java.net.URLDecoder.decode(
            equals < 0 ? "" : pair.substring(equals + 1), java.nio.charset.StandardCharsets.UTF_8);
      }
    }
    return null;
  }

  public static boolean isReadable(String query) {
    if (query == null || query.indexOf('%') < 0) {
      return true;
    }
    byte[] bytes = new byte[query.length()];
    int length = 0;
    for (int i = 0; i < query.length(); i++) {
      char c = query.charAt(i);
      if (c == '%') {
        if (i + 2 >= query.length() || !isHex(query.charAt(i + 1)) || !isHex(query.charAt(i + 2))) {
          return false;
        }
        bytes[length++] = (byte) HexFormat.fromHexDigits(query, i + 1, i + 3);
        i += 2;
      } else if (c > 0x7f) {
        return true; // raw non-ASCII: the container decoded the line already and accepted it
      } else {
        bytes[length++] = (byte) c;
      }
    }
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, 0, length));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static boolean isHex(char c) {
    return Character.digit(c, 16) >= 0;
  }
}
