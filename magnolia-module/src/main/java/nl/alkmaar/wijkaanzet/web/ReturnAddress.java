package nl.alkmaar.wijkaanzet.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The page a form post returns to. Only a path on this site is accepted, so the form cannot be used
 * to send people elsewhere (open redirect).
 */
public record ReturnAddress(String path) {

  public static ReturnAddress of(String requested) {
    // Only the path: an old "?formulier=…" must not shadow the new state.
    return new ReturnAddress(LocalPath.isLocal(requested) ? requested.split("\\?", 2)[0] : "/");
  }

  /** The path of the page a browser says it came from ({@code Referer}), or the start page. */
  public static ReturnAddress ofReferer(String referer) {
    try {
      return of(referer == null ? null : java.net.URI.create(referer).getRawPath());
    } catch (IllegalArgumentException e) {
      return of(null);
    }
  }

  /** Redirects to the page, at {@code anchor} (the error summary or the confirmation). */
  public void redirect(HttpServletResponse response, String stateToken, String anchor)
      throws IOException {
    String target =
        path
            + "?"
            + FormStates.PARAMETER
            + "="
            + URLEncoder.encode(stateToken, StandardCharsets.UTF_8)
            + "#"
            + anchor;
    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    response.setHeader("Location", target);
  }
}
