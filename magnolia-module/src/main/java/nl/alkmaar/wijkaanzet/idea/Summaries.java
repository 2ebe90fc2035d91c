package nl.alkmaar.wijkaanzet.idea;

/** Short versions of long texts for lists, cut at a word boundary. */
public final class Summaries {

  static final int LENGTH = 220;

  private Summaries() {}

  public static String of(String text) {
    if (text == null || text.length() <= LENGTH) {
      return text;
    }
    int cut = text.lastIndexOf(' ', LENGTH);
    return text.substring(0, cut > 0 ? cut : LENGTH).strip() + " …";
  }
}
