package nl.alkmaar.wijkaanzet.standalone.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.BooleanSupplier;
import nl.alkmaar.wijkaanzet.WijkAanZet;
import nl.alkmaar.wijkaanzet.jcr.Workspaces;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /health}: 200 when the repository answers, 503 otherwise. A node of a cluster also
 * asks PostgreSQL directly: the repository serves what it has cached while the database is away, so
 * its answer alone would say "ok" while no write can be saved.
 */
public final class HealthServlet extends HttpServlet {

  private final BooleanSupplier database;

  /**
   * {@code database}: whether the shared database answers ({@code () -> true} for a host alone).
   */
  public HealthServlet(BooleanSupplier database) {
    this.database = database;
  }

  private static final Logger LOG = LoggerFactory.getLogger(HealthServlet.class);

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    boolean healthy;
    try {
      healthy =
          WijkAanZet.runtime()
              .sessions()
              .read(Workspaces.CONTENT, session -> session.getRootNode() != null);
    } catch (RuntimeException e) {
      LOG.warn("health check failed: {}", e.getMessage());
      healthy = false;
    }
    boolean databaseAnswers = database.getAsBoolean();
    response.setStatus(healthy && databaseAnswers ? 200 : 503);
    response.setContentType("application/json");
    response.setHeader("Cache-Control", "no-store");
    if (!databaseAnswers) {
      response.setHeader("Retry-After", "10");
      response.getWriter().write("{\"status\":\"unavailable\",\"database\":\"unreachable\"}");
    } else {
      response.getWriter().write(healthy ? "{\"status\":\"ok\"}" : "{\"status\":\"unavailable\"}");
    }
  }
}
