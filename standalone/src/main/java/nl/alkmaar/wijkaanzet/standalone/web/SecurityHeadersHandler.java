package nl.alkmaar.wijkaanzet.standalone.web;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Security headers on every answer, set outside the servlet context so that answers Jetty's own
 * security layer gives (login redirects, 401/403) carry them too. The content policy allows only
 * our own scripts and styles, which is also what the light module's templates assume in Magnolia.
 * HSTS only on answers over HTTPS, as the standard requires.
 */
public final class SecurityHeadersHandler extends Handler.Wrapper {

  public SecurityHeadersHandler(Handler handler) {
    super(handler);
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    HttpFields.Mutable headers = response.getHeaders();
    headers.put("X-Content-Type-Options", "nosniff");
    headers.put("Referrer-Policy", "strict-origin-when-cross-origin");
    headers.put("X-Frame-Options", "SAMEORIGIN");
    if (request.isSecure()) {
      // Served over HTTPS (directly or through a trusted proxy): browsers stay on HTTPS for a year.
      headers.put("Strict-Transport-Security", "max-age=31536000");
    }
    headers.put(
        "Content-Security-Policy",
        "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self';"
            + " form-action 'self'; frame-ancestors 'self'");
    return super.handle(request, response, callback);
  }
}
