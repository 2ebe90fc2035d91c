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

  private static final Logger LOG = LoggerFactory.getLogger(HealthServlet.class);

  /** How long one answer of the database is given to every health check. */
  static final long DATABASE_ANSWER_NANOS = 1_000_000_000L;

  private final BooleanSupplier database;
  private long askedAt;
  private boolean lastAnswer = true;
  private boolean asked;

  /**
   * {@code database}: whether the shared database answers ({@code () -> true} for a host alone).
   */
  public HealthServlet(BooleanSupplier database) {
    this.database = database;
  }

  /**
   * The database is asked at most once a second, whoever calls: each question opens a connection,
   * and a flood of health checks must not become a flood of connections to the shared database.
   */
  private synchronized boolean databaseAnswers() {
    long now = System.nanoTime();
    if (!asked || now - askedAt > DATABASE_ANSWER_NANOS) {
      lastAnswer = database.getAsBoolean();
      askedAt = System.nanoTime();
      asked = true;
    }
    return lastAnswer;
  }

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
    boolean databaseAnswers = databaseAnswers();
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
