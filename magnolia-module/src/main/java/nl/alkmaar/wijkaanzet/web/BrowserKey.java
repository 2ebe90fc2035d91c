package nl.alkmaar.wijkaanzet.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A random key in a cookie that ties what a form left behind ({@link FormStates}, kept photos) to
 * the browser that sent the form. A session cookie: it goes when the browser is closed, which is
 * what a shared computer at the library needs. {@code HttpOnly} and {@code SameSite=Lax}: scripts
 * cannot read it, and the redirect after a post (a top-level navigation) still carries it.
 */
public final class BrowserKey {

  public static final String COOKIE = "wz-browser";
  private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{24}");
  private final SecureRandom random;

  public BrowserKey(SecureRandom random) {
    this.random = random;
  }

  /** The key the browser sent, if it sent a well-formed one. */
  public static Optional<String> of(HttpServletRequest request) {
    Cookie[] cookies = request == null ? null : request.getCookies();
    if (cookies == null) {
      return Optional.empty();
    }
    for (Cookie cookie : cookies) {
      if (COOKIE.equals(cookie.getName()) && FORMAT.matcher(cookie.getValue()).matches()) {
        return Optional.of(cookie.getValue());
      }
    }
    return Optional.empty();
  }

  /** The browser's key, or a new one set on {@code response}. */
  public String ensure(HttpServletRequest request, HttpServletResponse response) {
    Optional<String> known = of(request);
    if (known.isPresent()) {
      return known.get();
    }
    byte[] bytes = new byte[18];
    random.nextBytes(bytes);
    String key = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    Cookie cookie = new Cookie(COOKIE, key);
    String context = request.getContextPath();
    cookie.setPath(context == null || context.isEmpty() ? "/" : context);
    cookie.setHttpOnly(true);
    cookie.setSecure(request.isSecure());
    cookie.setAttribute("SameSite", "Lax");
    response.addCookie(cookie);
    return key;
  }
}
