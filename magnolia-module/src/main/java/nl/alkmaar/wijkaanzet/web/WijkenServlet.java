package nl.alkmaar.wijkaanzet.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.alkmaar.wijkaanzet.WijkAanZetRuntime;

/**
 * {@code GET /api/wijken}: the wijken of the active campaign with id, name, CBS code, residents.
 */
public class WijkenServlet extends ApiServlet {

  @Override
  protected void get(
      HttpServletRequest request, HttpServletResponse response, WijkAanZetRuntime runtime)
      throws IOException {
    Json.write(response, 200, runtime.campaigns().active().wijken());
  }
}
