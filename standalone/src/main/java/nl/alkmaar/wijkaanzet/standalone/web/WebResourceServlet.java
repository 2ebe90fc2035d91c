package nl.alkmaar.wijkaanzet.standalone.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import nl.alkmaar.wijkaanzet.standalone.preview.LightModuleFiles;
import nl.alkmaar.wijkaanzet.standalone.preview.PageRenderer;

/**
 * Serves {@code /.resources/<module>/webresources/…} from the light modules, as Magnolia serves a
 * light module's web resources. Only the webresources folder is public: templates and dialogs are
 * not.
 */
public final class WebResourceServlet extends HttpServlet {

  private static final Map<String, String> TYPES =
      Map.of(
          "css", "text/css;charset=UTF-8",
          "js", "text/javascript;charset=UTF-8",
          "mjs", "text/javascript;charset=UTF-8",
          "svg", "image/svg+xml",
          "png", "image/png",
          "jpg", "image/jpeg",
          "webp", "image/webp",
          "woff2", "font/woff2",
          "json", "application/json",
          "map", "application/json");

  private final LightModuleFiles files;
  private final PageRenderer renderer;

  public WebResourceServlet(LightModuleFiles files, PageRenderer renderer) {
    this.files = files;
    this.renderer = renderer;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getPathInfo() == null ? "" : request.getPathInfo();
    String[] parts = path.split("/", 4);
    String type = TYPES.get(extension(path));
    Optional<byte[]> body =
        parts.length == 4 && "webresources".equals(parts[2]) && type != null
            ? files.read(path)
            : Optional.empty();
    if (body.isEmpty()) {
      ErrorPages.send(renderer, request, response, HttpServletResponse.SC_NOT_FOUND, "nl");
      return;
    }
    response.setContentType(type);
    response.setHeader("Cache-Control", "public, max-age=300");
    // The widgets are ES modules: another site that embeds them loads them with CORS.
    response.setHeader("Access-Control-Allow-Origin", "*");
    response.setContentLength(body.get().length);
    response.getOutputStream().write(body.get());
  }

  private static String extension(String path) {
    int dot = path.lastIndexOf('.');
    return dot < 0 ? "" : path.substring(dot + 1);
  }
}
