package nl.alkmaar.wijkaanzet.standalone.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringWriter;
import nl.alkmaar.wijkaanzet.standalone.preview.PageRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Friendly error pages in the resident's language; never a stack trace. */
final class ErrorPages {

  private static final Logger LOG = LoggerFactory.getLogger(ErrorPages.class);

  private ErrorPages() {}

  static void send(
      PageRenderer renderer,
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      String language)
      throws IOException {
    String html;
    try {
      StringWriter out = new StringWriter();
      renderer.renderError(status, language, request.getContextPath(), out);
      html = out.toString();
    } catch (Exception e) {
      LOG.error("error page {} failed to render", status, e);
      html = plainPage(status);
    }
    response.setStatus(status);
    response.setContentType("text/html;charset=UTF-8");
    response.getWriter().write(html);
  }

  /** The last resort when even the template cannot render. */
  static String plainPage(int status) {
    String title =
        status == 404
            ? "Pagina niet gevonden"
            : status < 500 ? "Dit verzoek kunnen we niet verwerken" : "Er ging iets mis";
    return "<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>"
        + title
        + "</title></head><body><main><h1>"
        + title
        + "</h1><p><a href=\"/\">Naar de startpagina</a></p></main></body></html>";
  }
}
