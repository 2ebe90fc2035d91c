package nl.alkmaar.wijkaanzet.standalone.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;

/**
 * Gives a browser the {@link KnownDevices} cookie on its first page after a login (the login itself
 * answers with Jetty's redirect, which this filter does not see). {@code SameSite=Strict} and
 * {@code HttpOnly}: it only ever goes to our own login form.
 */
public final class KnownDeviceFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private final transient KnownDevices devices;

  public KnownDeviceFilter(KnownDevices devices) {
    this.devices = devices;
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Principal user = request.getUserPrincipal();
    if (user != null && !devices.isKnown(cookie(request), user.getName())) {
      Cookie known = new Cookie(KnownDevices.COOKIE, devices.cookieFor(user.getName()));
      known.setPath("/");
      known.setHttpOnly(true);
      known.setSecure(request.isSecure());
      known.setMaxAge((int) KnownDevices.VALIDITY.toSeconds());
      known.setAttribute("SameSite", "Strict");
      response.addCookie(known);
    }
    chain.doFilter(request, response);
  }

  private static String cookie(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies != null) {
      for (Cookie cookie : cookies) {
        if (KnownDevices.COOKIE.equals(cookie.getName())) {
          return cookie.getValue();
        }
      }
    }
    return null;
  }
}
