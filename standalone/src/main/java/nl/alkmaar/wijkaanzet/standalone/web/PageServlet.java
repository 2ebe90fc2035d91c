package nl.alkmaar.wijkaanzet.standalone.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Optional;
import nl.alkmaar.wijkaanzet.CampaignRuntimes;
import nl.alkmaar.wijkaanzet.WijkAanZet;
import nl.alkmaar.wijkaanzet.WijkAanZetRuntime;
import nl.alkmaar.wijkaanzet.standalone.preview.PageRenderer;
import nl.alkmaar.wijkaanzet.standalone.preview.SitePage;
import nl.alkmaar.wijkaanzet.standalone.preview.SitePages;
import nl.alkmaar.wijkaanzet.web.EntityTags;
import nl.alkmaar.wijkaanzet.web.FormStates;
import nl.alkmaar.wijkaanzet.web.QueryStrings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves the demo site's pages through the preview renderer. Dutch at {@code /…}, English at {@code
 * /en/…}, as Magnolia's i18n URL scheme does. Pages render into a buffer first, so a template
 * failure becomes a clean error page instead of half a page. Pages that are the same for everyone
 * are kept for a moment ({@link PageCache}) with a validator ({@code ETag}, answered with 304) and
 * compressed once per encoding.
 */
public final class PageServlet extends HttpServlet {

  private static final Logger LOG = LoggerFactory.getLogger(PageServlet.class);

  private final SitePages pages;
  private final PageRenderer renderer;
  private final PageCache cache;
  private final PageCompression compression;

  PageServlet(
      SitePages pages, PageRenderer renderer, PageCache cache, PageCompression compression) {
    this.pages = pages;
    this.renderer = renderer;
    this.cache = cache;
    this.compression = compression;
  }

  /**
   * The page at {@code path}: of the main campaign, or under {@code /<id>/…} of a campaign the host
   * runs beside it (the same site, naming that campaign).
   */
  private Optional<SitePage> page(String path) {
    CampaignRuntimes runtimes = WijkAanZet.runtimes();
    int slash = path.indexOf('/', 1);
    String first = slash < 0 ? path.substring(1) : path.substring(1, slash);
    Optional<WijkAanZetRuntime> beside =
        runtimes.find(first).filter(runtime -> runtime != runtimes.main());
    if (beside.isPresent()) {
      String rest = slash < 0 ? "/" : path.substring(slash);
      return pages
          .page(rest, beside.get().campaigns().active())
          .map(found -> found.forCampaign(first));
    }
    return pages.page(path, runtimes.main().campaigns().active());
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    PageAddress address =
        PageAddress.of(request.getRequestURI().substring(request.getContextPath().length()));
    if (!QueryStrings.isReadable(request.getQueryString())) {
      // The components read the query (?formulier=…); unreadable, it is the sender's fault.
      ErrorPages.send(
          renderer, request, response, HttpServletResponse.SC_BAD_REQUEST, address.language());
      return;
    }
    Optional<SitePage> page = page(address.path());
    if (page.isEmpty()) {
      ErrorPages.send(
          renderer, request, response, HttpServletResponse.SC_NOT_FOUND, address.language());
      return;
    }
    Optional<String> key = PageCache.key(request);
    Optional<PageCache.Page> kept = key.flatMap(cache::fresh);
    if (kept.isPresent()) {
      send(kept.get(), request, response);
      return;
    }
    long versionBefore = cache.version();
    StringWriter html = new StringWriter(16 * 1024);
    try {
      renderer.render(page.get(), address.language(), request, html);
    } catch (Exception e) {
      LOG.error("page {} failed to render", address.path(), e);
      ErrorPages.send(
          renderer,
          request,
          response,
          HttpServletResponse.SC_INTERNAL_SERVER_ERROR,
          address.language());
      return;
    }
    byte[] bytes = PageCache.utf8(html.toString());
    if (request.getUserPrincipal() != null || request.getParameter(FormStates.PARAMETER) != null) {
      // A page with someone's name on it (a staff member's, or a resident's in a form sent back
      // with errors) must not be kept by a shared cache or the back button.
      response.setHeader("Cache-Control", "no-store");
    }
    boolean keepable =
        key.isPresent()
            && response.getHeaders("Set-Cookie").isEmpty()
            && !String.valueOf(response.getHeader("Cache-Control")).contains("no-store");
    send(
        keepable ? cache.keep(key.get(), bytes, versionBefore) : PageCache.once(bytes),
        request,
        response);
  }

  /**
   * Sends a page: 304 when the browser has it already, otherwise compressed as the browser accepts.
   * A page anyone may see is to be checked again every time ({@code no-cache}), which costs a 304.
   */
  private void send(PageCache.Page page, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String encoding = compression.choose(request.getHeader("Accept-Encoding"));
    String etag = page.etagFor(encoding);
    response.setHeader("Vary", "Accept-Encoding");
    if (response.getHeader("Cache-Control") == null) {
      response.setHeader("Cache-Control", "no-cache");
    }
    response.setHeader("ETag", etag);
    if (EntityTags.matches(request.getHeader("If-None-Match"), etag)) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    byte[] body = encoding.isEmpty() ? page.html : page.encoded(encoding, compression);
    response.setStatus(HttpServletResponse.SC_OK);
    response.setContentType("text/html;charset=UTF-8");
    if (!encoding.isEmpty()) {
      response.setHeader("Content-Encoding", encoding);
    }
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
