package nl.alkmaar.wijkaanzet.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Set;

/**
 * Refuses state-changing requests started by another site. Browsers say where a request comes from
 * ({@code Sec-Fetch-Site}, {@code Origin}); a request from our own origin or a configured trusted
 * one (the municipality's main site embedding a widget) passes. Clients that send neither header
 * are not browsers and cannot carry a resident's cookies, so they pass here and meet the form token
 * and rate limits instead.
 */
public final class CrossSiteGuard {

  private final Set<String> trustedOrigins;

  public CrossSiteGuard(Set<String> trustedOrigins) {
    this.trustedOrigins = Set.copyOf(trustedOrigins);
  }

  public boolean allows(HttpServletRequest request) {
    String origin = request.getHeader("Origin");
    if (origin != null && !origin.equals("null")) {
      return origin.equalsIgnoreCase(ownOrigin(request)) || trustedOrigins.contains(origin);
    }
    String site = request.getHeader("Sec-Fetch-Site");
    return site == null || site.equals("same-origin") || site.equals("none");
  }

  /**
   * For staff screens: only our own origin, not the trusted sites that may embed the public
   * widgets.
   */
  public boolean allowsOwnSiteOnly(HttpServletRequest request) {
    String origin = request.getHeader("Origin");
    if (origin != null && !origin.equals("null")) {
      return origin.equalsIgnoreCase(ownOrigin(request));
    }
    String site = request.getHeader("Sec-Fetch-Site");
    return site == null || site.equals("same-origin") || site.equals("none");
  }

  private static String ownOrigin(HttpServletRequest request) {
    String host = request.getHeader("Host");
    if (host == null) {
      return "";
    }
    return URI.create(request.getScheme() + "://" + host).toString();
  }
}
