package nl.alkmaar.wijkaanzet.module;

import jakarta.servlet.http.HttpServlet;
import nl.alkmaar.wijkaanzet.WijkAanZet;

/**
 * Base of every servlet of the module descriptor: tells {@link WijkAanZet} when it starts and
 * stops, so that the runtime Magnolia's side built is stopped with the webapp.
 */
public abstract class ModuleServlet extends HttpServlet {

  @Override
  public void init() {
    WijkAanZet.servletStarted();
  }

  @Override
  public void destroy() {
    WijkAanZet.servletStopped();
  }
}
