package nl.alkmaar.wijkaanzet.web.screen;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.alkmaar.wijkaanzet.web.FormTokens;

/**
 * The form tokens of the staff screens (moderation, voting): bound to the user and to their login
 * session, so a token copied from a page of an earlier (logged-out) session, or of someone else, is
 * refused; and read only from a form body, never from the address, where it would end up in logs
 * and browser histories.
 */
public final class ScreenTokens {

  public static final String FIELD = "token";

  private ScreenTokens() {}

  public static String issue(FormTokens tokens, HttpServletRequest request, String user) {
    return tokens.issueFor(subject(request, user));
  }

  public static boolean isValid(FormTokens tokens, HttpServletRequest request, String user) {
    return isFormBody(request)
        && !inAddress(request.getQueryString())
        && tokens.isValidFor(request.getParameter(FIELD), subject(request, user));
  }

  /** The session's id stays inside the signature; it never appears on the page. */
  private static String subject(HttpServletRequest request, String user) {
    HttpSession session = request.getSession(false);
    return user + "|" + (session == null ? "" : session.getId());
  }

  private static boolean isFormBody(HttpServletRequest request) {
    String type = request.getContentType();
    return type != null
        && List.of("application/x-www-form-urlencoded", "multipart/form-data")
            .contains(type.split(";")[0].strip().toLowerCase(Locale.ROOT));
  }

  /** Whether the address carries a token parameter (which the servlet API would read first). */
  public static boolean inAddress(String query) {
    if (query == null) {
      return false;
    }
    return Arrays.stream(query.split("&"))
        .map(pair -> pair.split("=", 2)[0])
        .map(ScreenTokens::decoded)
        .anyMatch(FIELD::equals);
  }

  private static String decoded(String name) {
    try {
      return URLDecoder.decode(name, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return name;
    }
  }
}
