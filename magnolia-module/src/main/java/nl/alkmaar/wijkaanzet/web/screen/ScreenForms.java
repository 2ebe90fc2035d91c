package nl.alkmaar.wijkaanzet.web.screen;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The size of what a staff screen's form may post. The screens read their fields with the servlet
 * API, whose container refuses a large form with an exception of its own (a 500 and a stack trace
 * in the log); checking the declared length first answers with a page that says what happened.
 * Browsers always declare the length of a form post.
 */
public final class ScreenForms {

  /** Far above any screen's form (the longest text field is 2,000 characters). */
  public static final long MOST_BYTES = 256 * 1024;

  public static final String TOO_LARGE =
      "Het formulier was groter dan 256 kB. Er is niets opgeslagen. Maak de tekst korter en probeer"
          + " het opnieuw.";

  public static final String UNREADABLE =
      "Het formulier bevat tekens die we niet kunnen lezen. Er is niets opgeslagen. Laad de pagina"
          + " opnieuw en probeer het nog eens.";

  private ScreenForms() {}

  /**
   * Whether the form's fields cannot be read (bad %-escapes, bytes that are not UTF-8): the
   * container refuses them with an exception of its own, which would otherwise be a 500.
   */
  public static boolean unreadable(HttpServletRequest request) {
    try {
      request.getParameterMap();
      return false;
    } catch (RuntimeException e) {
      return true;
    }
  }

  /** Whether the post is too large, or does not say how large it is. */
  public static boolean tooLarge(HttpServletRequest request) {
    long length = request.getContentLengthLong();
    return length < 0 || length > MOST_BYTES;
  }
}
