package nl.alkmaar.wijkaanzet.campaign.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.alkmaar.wijkaanzet.WijkAanZetRuntime;
import nl.alkmaar.wijkaanzet.module.ApiServlet;
import nl.alkmaar.wijkaanzet.web.Json;

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
