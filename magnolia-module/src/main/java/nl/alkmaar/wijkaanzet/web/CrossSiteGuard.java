package nl.alkmaar.wijkaanzet.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Refuses state-changing requests started by another site. Browsers say where a request comes from;
 * the checks, most reliable first:
 *
 * <ol>
 *   <li>{@code Sec-Fetch-Site}, which pages cannot set: {@code same-origin} passes, and so does a
 *       configured trusted origin (the municipality's main site embedding a widget) named in {@code
 *       Origin}; anything else is refused.
 *   <li>{@code Origin} (older browsers, or plain HTTP where {@code Sec-Fetch-*} is not sent): our
 *       own origin or a trusted one passes. {@code Origin: null} is refused: browsers send it from
 *       sandboxed frames and from pages that hide their address ({@code no-referrer}), which is
 *       exactly how a page on a sibling subdomain would hide itself.
 *   <li>{@code Referer}, when a browser sent no {@code Origin}: its origin must be ours or trusted.
 * </ol>
 *
 * Clients that send none of these are not browsers and cannot carry a resident's or moderator's
 * cookies, so they pass here and meet the form token, content-type rules and rate limits instead.
 */
public final class CrossSiteGuard {

  private final Set<String> trustedOrigins;

  public CrossSiteGuard(Set<String> trustedOrigins) {
    this.trustedOrigins =
        trustedOrigins.stream()
            .map(origin -> origin.toLowerCase(Locale.ROOT))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  /** For the public forms and API: our own origin or a trusted one. */
  public boolean allows(HttpServletRequest request) {
    return allows(request::getHeader, ownOrigin(request), trustedOrigins);
  }

  /**
   * For staff screens and the moderators' API: only our own origin, not the trusted sites that may
   * embed the public widgets.
   */
  /**
   * The request's {@code Origin} when it is one of the trusted other sites (for CORS answers to
   * their scripts); empty for this site, for others and without one.
   */
  public java.util.Optional<String> trustedOrigin(HttpServletRequest request) {
    String origin = request.getHeader("Origin");
    return origin != null && trustedOrigins.contains(origin.toLowerCase(Locale.ROOT))
        ? java.util.Optional.of(origin)
        : java.util.Optional.empty();
  }

  public boolean allowsOwnSiteOnly(HttpServletRequest request) {
    return allows(request::getHeader, ownOrigin(request), Set.of());
  }

  /**
   * The rule itself, for any kind of request (the standalone host's login runs before the servlet
   * API): {@code header} reads a request header (null when absent), {@code ownOrigin} is ours.
   */
  public static boolean allows(
      Function<String, String> header, String ownOrigin, Set<String> trusted) {
    String site = header.apply("Sec-Fetch-Site");
    String origin = header.apply("Origin");
    if ("same-origin".equals(site)) {
      return true;
    }
    if (origin != null) {
      return !origin.equals("null") && accepted(origin, ownOrigin, trusted);
    }
    if (site != null) {
      return site.equals("none");
    }
    String referer = header.apply("Referer");
    if (referer != null) {
      return originOf(referer).map(from -> accepted(from, ownOrigin, trusted)).orElse(false);
    }
    return true;
  }

  private static boolean accepted(String origin, String ownOrigin, Set<String> trusted) {
    String given = origin.toLowerCase(Locale.ROOT);
    return given.equals(ownOrigin) || trusted.contains(given);
  }

  /**
   * Our origin as the browser sees it. From the request's scheme, name and port rather than the raw
   * {@code Host} header, so that behind a trusted proxy (which sets the forwarded scheme and host
   * on the request) the browser's {@code https://…} origin matches.
   */
  static String ownOrigin(HttpServletRequest request) {
    return origin(request.getScheme(), request.getServerName(), request.getServerPort());
  }

  /** {@code scheme://host[:port]}, lower case, without a default port. */
  public static String origin(String requestScheme, String serverName, int port) {
    String scheme = requestScheme.toLowerCase(Locale.ROOT);
    boolean defaultPort =
        port <= 0
            || (scheme.equals("http") && port == 80)
            || (scheme.equals("https") && port == 443);
    String host = serverName.toLowerCase(Locale.ROOT);
    if (host.contains(":") && !host.startsWith("[")) {
      host = "[" + host + "]";
    }
    return scheme + "://" + host + (defaultPort ? "" : ":" + port);
  }

  private static Optional<String> originOf(String url) {
    try {
      URI uri = URI.create(url);
      if (uri.getScheme() == null || uri.getHost() == null) {
        return Optional.empty();
      }
      String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
      return Optional.of(uri.getScheme() + "://" + uri.getHost() + port);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
