package nl.alkmaar.wijkaanzet.module;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.alkmaar.wijkaanzet.web.Json;
import nl.alkmaar.wijkaanzet.web.Problem;

/**
 * Answers API addresses that do not exist with a problem+json 404, so API clients never get an HTML
 * page they cannot read.
 */
public class ApiNotFoundServlet extends ApiServlet {

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setHeader("Cache-Control", "no-store");
    Json.problem(response, Problem.notFound());
  }
}
