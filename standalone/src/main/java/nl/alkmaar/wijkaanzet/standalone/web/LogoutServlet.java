package nl.alkmaar.wijkaanzet.standalone.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;
import nl.alkmaar.wijkaanzet.WijkAanZet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /uitloggen}: ends the login and the session, then goes to the start page. Only from
 * our own pages, so another site cannot log staff out behind their back.
 */
public final class LogoutServlet extends HttpServlet {

  private static final Logger LOG = LoggerFactory.getLogger(LogoutServlet.class);

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    if (!WijkAanZet.runtime().web().crossSite().allows(request)) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    Principal user = request.getUserPrincipal();
    request.logout();
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    if (user != null) {
      LOG.info("logout of {}", user.getName());
    }
    response.setHeader("Cache-Control", "no-store");
    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    response.setHeader("Location", request.getContextPath() + "/");
  }
}
