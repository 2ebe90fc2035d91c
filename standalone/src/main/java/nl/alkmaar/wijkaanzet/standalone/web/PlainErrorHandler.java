package nl.alkmaar.wijkaanzet.standalone.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import nl.alkmaar.wijkaanzet.web.Json;
import nl.alkmaar.wijkaanzet.web.Problem;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors Jetty answers itself (a malformed URL, a request too large, a missing role) get a short
 * Dutch page without any technical detail, instead of Jetty's default page; under the API a
 * problem+json, which scripts can read.
 */
public final class PlainErrorHandler extends ErrorHandler {

  private final String apiPath;

  public PlainErrorHandler() {
    this(null);
  }

  /**
   * @param apiPath where the API lives ({@code /api}); null: always a page
   */
  public PlainErrorHandler(String apiPath) {
    this.apiPath = apiPath;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    int status =
        response.getStatus() >= 400 ? response.getStatus() : HttpStatus.INTERNAL_SERVER_ERROR_500;
    if (apiPath != null && Request.getPathInContext(request).startsWith(apiPath + "/")) {
      response.getHeaders().put(HttpHeader.CONTENT_TYPE, Json.PROBLEM_JSON + ";charset=UTF-8");
      response.write(true, ByteBuffer.wrap(problem(status)), callback);
      return true;
    }
    String html = ErrorPages.plainPage(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html;charset=UTF-8");
    response.write(true, ByteBuffer.wrap(html.getBytes(StandardCharsets.UTF_8)), callback);
    return true;
  }

  private static byte[] problem(int status) {
    Problem problem =
        switch (status) {
          case 401 -> Problem.of(401, "Inloggen nodig", "Log eerst in.");
          case 403 ->
              Problem.of(
                  403, "Geen toegang", "U bent ingelogd, maar u mag dit niet doen met uw rol.");
          case 404 -> Problem.notFound();
          default ->
              status < 500
                  ? Problem.of(
                      status, "Dit verzoek kunnen we niet verwerken", "Controleer het verzoek.")
                  : Problem.internal();
        };
    try {
      return Json.mapper().writeValueAsBytes(problem);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
