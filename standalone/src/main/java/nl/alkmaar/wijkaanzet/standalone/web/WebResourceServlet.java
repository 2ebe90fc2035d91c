package nl.alkmaar.wijkaanzet.standalone.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.alkmaar.wijkaanzet.standalone.preview.LightModuleFiles;
import nl.alkmaar.wijkaanzet.standalone.preview.PageRenderer;
import nl.alkmaar.wijkaanzet.web.EntityTags;

/**
 * Serves {@code /.resources/<module>/webresources/…} from the light modules, as Magnolia serves a
 * light module's web resources. Only the webresources folder is public: templates and dialogs are
 * not. An address with the build's version ({@code ?v=}, see {@code templates/includes/assets.ftl})
 * names content that never changes, so browsers may keep it a year; without it (an embed on another
 * site, an old page) five minutes, and an {@code ETag} makes asking again cheap.
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

  static final String ASSETS = "/wijkaanzet/templates/includes/assets.ftl";
  private static final Pattern VERSION = Pattern.compile("wzAssetVersion\\s*=\\s*\"([0-9a-f]+)\"");

  private final LightModuleFiles files;
  private final PageRenderer renderer;
  private final Optional<String> version;

  public WebResourceServlet(LightModuleFiles files, PageRenderer renderer) {
    this.files = files;
    this.renderer = renderer;
    this.version =
        files
            .read(ASSETS)
            .map(bytes -> VERSION.matcher(new String(bytes, StandardCharsets.UTF_8)))
            .filter(Matcher::find)
            .map(matcher -> matcher.group(1));
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
    boolean versioned = version.isPresent() && version.get().equals(request.getParameter("v"));
    response.setHeader(
        "Cache-Control", versioned ? "public, max-age=31536000, immutable" : "public, max-age=300");
    String etag = etag(body.get());
    response.setHeader("ETag", etag);
    // The widgets are ES modules: another site that embeds them loads them with CORS.
    response.setHeader("Access-Control-Allow-Origin", "*");
    if (EntityTags.matches(request.getHeader("If-None-Match"), etag)) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    response.setContentLength(body.get().length);
    response.getOutputStream().write(body.get());
  }

  /** Cheap enough for every request (a light-module folder may change while the host runs). */
  private static String etag(byte[] body) {
    return "\"" + Integer.toHexString(Arrays.hashCode(body)) + "-" + body.length + "\"";
  }

  private static String extension(String path) {
    int dot = path.lastIndexOf('.');
    return dot < 0 ? "" : path.substring(dot + 1);
  }
}
