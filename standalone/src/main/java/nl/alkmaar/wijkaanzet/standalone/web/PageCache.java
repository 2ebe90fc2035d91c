package nl.alkmaar.wijkaanzet.standalone.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import nl.alkmaar.wijkaanzet.standalone.preview.PageRenderer;
import nl.alkmaar.wijkaanzet.standalone.preview.SitePages;
import nl.alkmaar.wijkaanzet.web.EntityTags;
import nl.alkmaar.wijkaanzet.web.FormStates;

/**
 * Rendered public pages, kept so that a busy wijk page is rendered about once a second instead of
 * for every visitor (what Magnolia's cache module does for its public instances). A page is kept
 * only while nothing changed since it was rendered: the content version goes up with every change
 * the repository reports and with every form or API post this host answers, and a page is at most
 * {@link #MAX_AGE_NANOS} old, which bounds what the repository does not report (vote counts, the
 * day that starts a new phase).
 *
 * <p>Only pages that are the same for everyone are kept: no staff member logged in, no form state
 * in the address ({@code ?formulier=}), no query but the known filters, no cookie set, no {@code
 * no-store} from a template.
 */
public final class PageCache {

  static final long MAX_AGE_NANOS = 1_000_000_000L;

  /** More addresses than this (a crawler's made-up filters) and the cache starts again. */
  static final int MAX_PAGES = 1000;

  /** Query parameters a kept page may have: the list's filter and order. */
  static final Set<String> FILTERS = Set.of("categorie", "volgorde");

  /** What a filter's value looks like (an id); anything else renders but is not kept. */
  private static final java.util.regex.Pattern FILTER_VALUE =
      java.util.regex.Pattern.compile("[a-z0-9-]{0,40}");

  /** A rendered page with its validator and, made when first asked for, compressed forms. */
  static final class Page {
    final byte[] html;
    final String etag;
    final long version;
    final long renderedAt;
    private final Map<String, byte[]> encoded = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicBoolean renewing =
        new java.util.concurrent.atomic.AtomicBoolean();

    Page(byte[] html, long version, long renderedAt) {
      this.html = html;
      this.etag = EntityTags.of(html);
      this.version = version;
      this.renderedAt = renderedAt;
    }

    /** The page compressed as {@code encoding} asks, made once. */
    byte[] encoded(String encoding, PageCompression compression) {
      return encoded.computeIfAbsent(encoding, name -> compression.compress(name, html));
    }

    /** The validator of the page in one encoding: each encoding is its own representation. */
    String etagFor(String encoding) {
      return encoding.isEmpty()
          ? etag
          : etag.substring(0, etag.length() - 1) + "-" + encoding + '"';
    }
  }

  private final Map<String, Page> pages = new ConcurrentHashMap<>();
  private final AtomicLong version = new AtomicLong();
  private final LongSupplier nanoTime;

  public PageCache() {
    this(System::nanoTime);
  }

  PageCache(LongSupplier nanoTime) {
    this.nanoTime = nanoTime;
  }

  /** The servlet that serves the site's pages through this cache. */
  public PageServlet servlet(SitePages pages, PageRenderer renderer, PageCompression compression) {
    return new PageServlet(pages, renderer, this, compression);
  }

  /**
   * A filter that makes every kept page stale once a request that may change something (anything
   * but GET and HEAD) has been answered: a moderator who publishes and a resident who votes see it
   * on the next page.
   */
  public Filter staleAfterPosts() {
    return new HttpFilter() {
      @Override
      protected void doFilter(
          HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws IOException, ServletException {
        try {
          chain.doFilter(request, response);
        } finally {
          String method = request.getMethod();
          if (!"GET".equals(method) && !"HEAD".equals(method)) {
            changed();
          }
        }
      }
    };
  }

  /** Something changed that a page may show: every kept page is stale from now on. */
  public void changed() {
    version.incrementAndGet();
  }

  long version() {
    return version.get();
  }

  /** The address a page is kept under, or empty when this request's page is not to be kept. */
  static Optional<String> key(HttpServletRequest request) {
    String method = request.getMethod();
    if (!("GET".equals(method) || "HEAD".equals(method))
        || request.getUserPrincipal() != null
        || request.getParameter(FormStates.PARAMETER) != null) {
      return Optional.empty();
    }
    String query = request.getQueryString();
    if (query == null || query.isEmpty()) {
      return Optional.of(request.getRequestURI());
    }
    // A GET's parameters come from the query only (the caller checked it is readable).
    Map<String, String[]> parameters = request.getParameterMap();
    if (!FILTERS.containsAll(parameters.keySet())
        || parameters.values().stream()
            .anyMatch(values -> values.length != 1 || !FILTER_VALUE.matcher(values[0]).matches())) {
      return Optional.empty();
    }
    StringBuilder key = new StringBuilder(request.getRequestURI());
    new java.util.TreeMap<>(parameters)
        .forEach((name, values) -> key.append('&').append(name).append('=').append(values[0]));
    return Optional.of(key.toString());
  }

  /**
   * The kept page at {@code key} if nothing changed since it was rendered. Once it is older than
   * {@link #MAX_AGE_NANOS}, one caller gets empty and renders it again while the others still get
   * the kept one (a busy page is not rendered by every request that arrives in that moment); after
   * a change nobody gets it.
   */
  Optional<Page> fresh(String key) {
    Page page = pages.get(key);
    if (page == null || page.version != version.get()) {
      return Optional.empty();
    }
    long age = nanoTime.getAsLong() - page.renderedAt;
    if (age <= MAX_AGE_NANOS) {
      return Optional.of(page);
    }
    // Past twice the age the renewer is taken to have failed: render again whoever asks.
    boolean renewedElsewhere =
        age <= 2 * MAX_AGE_NANOS && !page.renewing.compareAndSet(false, true);
    return renewedElsewhere ? Optional.of(page) : Optional.empty();
  }

  /**
   * Keeps a page rendered when the content version was {@code versionBefore} (read before
   * rendering: a change during the rendering leaves the kept page stale at once).
   */
  Page keep(String key, byte[] html, long versionBefore) {
    if (pages.size() >= MAX_PAGES) {
      pages.clear();
    }
    Page page = new Page(html, versionBefore, nanoTime.getAsLong());
    pages.put(key, page);
    return page;
  }

  /** A page that is not kept, with a validator all the same. */
  static Page once(byte[] html) {
    return new Page(html, -1, 0);
  }

  static byte[] utf8(String html) {
    return html.getBytes(StandardCharsets.UTF_8);
  }
}
