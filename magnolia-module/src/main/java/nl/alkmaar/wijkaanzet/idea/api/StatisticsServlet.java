package nl.alkmaar.wijkaanzet.idea.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.alkmaar.wijkaanzet.WijkAanZetRuntime;
import nl.alkmaar.wijkaanzet.module.ApiServlet;
import nl.alkmaar.wijkaanzet.web.Json;

/**
 * {@code GET /api/statistics}: how many points came in per wijk, per channel and per age group, as
 * the municipality reports them ("744 ideas, 648 online and 96 at the red van").
 */
public class StatisticsServlet extends ApiServlet {

  @Override
  protected void get(
      HttpServletRequest request, HttpServletResponse response, WijkAanZetRuntime runtime)
      throws IOException {
    Json.write(response, 200, runtime.ideas().statistics(runtime.campaigns().active().id()));
  }
}
