package nl.alkmaar.wijkaanzet.standalone.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /favicon.ico}: the light module's icon. Pages link it ({@code rel="icon"}); browsers and
 * tools that ask at the old address anyway are sent there instead of getting a 404.
 */
public final class FaviconServlet extends HttpServlet {

  static final String ICON = "/.resources/wijkaanzet/webresources/img/favicon.svg";

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) {
    response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
    response.setHeader("Location", request.getContextPath() + ICON);
    response.setHeader("Cache-Control", "public, max-age=86400");
  }
}
