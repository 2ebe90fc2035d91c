package nl.alkmaar.wijkaanzet.standalone.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.alkmaar.wijkaanzet.WijkAanZet;
import nl.alkmaar.wijkaanzet.jcr.Workspaces;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code GET /health}: 200 when the repository answers, 503 otherwise. */
public final class HealthServlet extends HttpServlet {

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
    response.setStatus(healthy ? 200 : 503);
    response.setContentType("application/json");
    response.setHeader("Cache-Control", "no-store");
    response.getWriter().write(healthy ? "{\"status\":\"ok\"}" : "{\"status\":\"unavailable\"}");
  }
}
