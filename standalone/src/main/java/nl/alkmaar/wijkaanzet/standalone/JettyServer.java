package nl.alkmaar.wijkaanzet.standalone;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Servlet;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.alkmaar.wijkaanzet.backoffice.StaffScreenServlet;
import nl.alkmaar.wijkaanzet.idea.moderation.ModerationScreensServlet;
import nl.alkmaar.wijkaanzet.standalone.preview.I18nBundle;
import nl.alkmaar.wijkaanzet.standalone.preview.LightModuleFiles;
import nl.alkmaar.wijkaanzet.standalone.preview.PageRenderer;
import nl.alkmaar.wijkaanzet.standalone.preview.SitePages;
import nl.alkmaar.wijkaanzet.standalone.security.SharedStaffSessions;
import nl.alkmaar.wijkaanzet.standalone.security.StaffLoginService;
import nl.alkmaar.wijkaanzet.standalone.security.StaffSecurity;
import nl.alkmaar.wijkaanzet.standalone.web.ConnectionsPerAddress;
import nl.alkmaar.wijkaanzet.standalone.web.FaviconServlet;
import nl.alkmaar.wijkaanzet.standalone.web.HeaderTrickleWatchdog;
import nl.alkmaar.wijkaanzet.standalone.web.HealthServlet;
import nl.alkmaar.wijkaanzet.standalone.web.LogoutServlet;
import nl.alkmaar.wijkaanzet.standalone.web.PageCache;
import nl.alkmaar.wijkaanzet.standalone.web.PageCompression;
import nl.alkmaar.wijkaanzet.standalone.web.PlainErrorHandler;
import nl.alkmaar.wijkaanzet.standalone.web.SecurityHeadersHandler;
import nl.alkmaar.wijkaanzet.standalone.web.SlowBodyGuard;
import nl.alkmaar.wijkaanzet.standalone.web.TrustedProxies;
import nl.alkmaar.wijkaanzet.standalone.web.WebResourceServlet;
import nl.alkmaar.wijkaanzet.vote.api.VoteScreenServlet;
import nl.alkmaar.wijkaanzet.web.ServletRoutes;
import org.eclipse.jetty.compression.server.CompressionConfig;
import org.eclipse.jetty.compression.server.CompressionHandler;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.ee10.servlet.ServletMapping;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ConditionalHandler;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * Jetty 12 (ee10) with the module's servlets at the paths DESIGN.md's public surface names, the
 * preview renderer for pages, the light module's web resources, and form login for staff and
 * moderators (see {@link StaffSecurity}). In front of it all: no TRACE, slow bodies cut off, and
 * forwarded headers believed only from the configured proxies.
 */
final class JettyServer {

  /** A connection that sends nothing for this long is closed (also while headers arrive). */
  static final Duration IDLE_TIMEOUT = Duration.ofSeconds(30);

  /** A body's rate is measured over windows this long. */
  static final Duration BODY_WINDOW = Duration.ofSeconds(5);

  /** 2 KB/s in every window: a stalling phone connection gets by, a trickle does not. */
  static final long BODY_MINIMUM_BYTES_PER_SECOND = 2048;

  /**
   * The largest post (a 5 MB photo with its form) must arrive within this: about 43 KB/s, which a
   * weak 3G connection still makes.
   */
  static final Duration BODY_DEADLINE = Duration.ofSeconds(120);

  /** Open connections from one address; a browser uses about six. */
  static final int CONNECTIONS_PER_ADDRESS = 64;

  /**
   * Open connections in all: well under the usual 20,000 file descriptors of a process, with room
   * for the repository's files. Beyond it Jetty stops accepting until one closes.
   */
  static final int CONNECTIONS = 15_000;

  /** A connection that sends bytes but no complete request for this long is closed. */
  static final Duration HEADER_DEADLINE = Duration.ofSeconds(20);

  private JettyServer() {}

  static Server create(
      int port,
      LightModuleFiles files,
      SitePages pages,
      PageRenderer renderer,
      StaffLoginService logins,
      Set<String> trustedProxies,
      PageCache pageCache,
      java.util.function.BooleanSupplier database,
      java.util.Optional<nl.alkmaar.wijkaanzet.sql.Database> sharedSessions) {
    QueuedThreadPool threads = new QueuedThreadPool(200, 8);
    threads.setName("http");
    Server server = new Server(threads);
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    http.setSendXPoweredBy(false);
    http.setRequestHeaderSize(8 * 1024);
    if (!trustedProxies.isEmpty()) {
      http.addCustomizer(new TrustedProxies(trustedProxies));
    }
    ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
    connector.setPort(port);
    connector.setIdleTimeout(IDLE_TIMEOUT.toMillis());
    connector.addEventListener(new HeaderTrickleWatchdog(HEADER_DEADLINE));
    connector.addEventListener(new ConnectionsPerAddress(CONNECTIONS_PER_ADDRESS, trustedProxies));
    server.addBean(new NetworkConnectionLimit(CONNECTIONS, server));
    server.addConnector(connector);

    ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SESSIONS);
    context.setContextPath("/");
    StaffSecurity.install(context, logins, StandaloneHost.API_PATH, otherLanguagePrefixes());
    sharedSessions.ifPresent(
        shared -> SharedStaffSessions.keepIn(context.getSessionHandler(), shared));
    mountModuleServlets(context);
    context.addServlet(new ServletHolder("health", new HealthServlet(database)), "/health");
    context.addServlet(new ServletHolder("logout", new LogoutServlet()), StaffSecurity.LOGOUT_PATH);
    context.addServlet(
        new ServletHolder("resources", new WebResourceServlet(files, renderer)), "/.resources/*");
    // Pages name their icon; a browser or tool that asks the old way gets it too, not a 404.
    context.addServlet(new ServletHolder("favicon", new FaviconServlet()), "/favicon.ico");
    PageCompression compression = new PageCompression();
    context.addServlet(
        new ServletHolder("pages", pageCache.servlet(pages, renderer, compression)), "/");
    // Whatever a post changes shows on the next page at once, not after a kept page ages.
    context.addFilter(
        new FilterHolder(pageCache.staleAfterPosts()), "/*", EnumSet.of(DispatcherType.REQUEST));
    context.setErrorHandler(new PlainErrorHandler(StandaloneHost.API_PATH));

    // TRACE would echo the request, cookies included, back to a script (cross-site tracing).
    ConditionalHandler.Reject noTrace = new ConditionalHandler.Reject(context, 405);
    noTrace.includeMethod("TRACE", "TRACK");
    server.setHandler(
        new GracefulHandler(
            new SecurityHeadersHandler(
                new SlowBodyGuard(
                    compressing(noTrace, compression),
                    BODY_WINDOW,
                    BODY_MINIMUM_BYTES_PER_SECOND,
                    BODY_DEADLINE))));
    server.setErrorHandler(new PlainErrorHandler());
    server.setStopTimeout(5_000);
    server.setStopAtShutdown(false);
    return server;
  }

  /**
   * Compresses answers the browser accepts compressed (Brotli first, then gzip): pages not kept,
   * JSON, style sheets and scripts. Kept pages arrive compressed already ({@code Content-Encoding}
   * set) and pass. Not compressed: the live vote bars' event streams (every event must leave at
   * once) and images. Request bodies are never decompressed: a small compressed post must not
   * become a large one behind the upload limits.
   */
  private static Handler compressing(Handler handler, PageCompression compression) {
    CompressionHandler compressing = new CompressionHandler(handler);
    compression.forHandler().forEach(compressing::putCompression);
    CompressionConfig.Builder config =
        CompressionConfig.builder()
            .defaults()
            .compressExcludeMimeType("text/event-stream")
            .compressExcludeMimeType("image/jpeg")
            .compressExcludeMimeType("image/png")
            .compressExcludeMimeType("image/webp");
    for (String method : List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS")) {
      config.decompressExcludeMethod(method);
    }
    compressing.putConfiguration("/", config.build());
    return compressing;
  }

  private static List<String> otherLanguagePrefixes() {
    return I18nBundle.LANGUAGES.stream()
        .filter(language -> !language.equals(I18nBundle.FALLBACK_LANGUAGE))
        .map(language -> "/" + language)
        .toList();
  }

  static int port(Server server) {
    return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
  }

  /** The started instance of the servlet of {@code type}. */
  static <T> T servletInstance(Server server, Class<T> type) {
    ServletHandler servlets = server.getDescendant(ServletContextHandler.class).getServletHandler();
    for (ServletHolder holder : servlets.getServlets()) {
      if (holder.getClassName().equals(type.getName())) {
        try {
          return type.cast(holder.getServlet());
        } catch (jakarta.servlet.ServletException e) {
          throw new IllegalStateException(type + " did not start", e);
        }
      }
    }
    throw new IllegalArgumentException("no servlet " + type);
  }

  /** Every mounted path with the class of the servlet that serves it. */
  static Map<String, String> servletsByPath(Server server) {
    ServletHandler servlets = server.getDescendant(ServletContextHandler.class).getServletHandler();
    Map<String, String> byPath = new TreeMap<>();
    for (ServletMapping mapping : servlets.getServletMappings()) {
      String servletClass = servlets.getServlet(mapping.getServletName()).getClassName();
      for (String path : mapping.getPathSpecs()) {
        byPath.put(path, servletClass);
      }
    }
    return byPath;
  }

  /**
   * The module's servlets exactly as its Magnolia descriptor declares them (ServletRoutes), at the
   * root instead of below {@code /.wijkaanzet}.
   */
  private static void mountModuleServlets(ServletContextHandler context) {
    for (ServletRoutes.Route route : ServletRoutes.fromDescriptor()) {
      ServletHolder holder = new ServletHolder(route.name(), servletClass(route));
      // The live vote bars hold a stream open without a thread (request.startAsync()).
      holder.setAsyncSupported(true);
      route.params().forEach(holder::setInitParameter);
      if (route.className().equals(ModerationScreensServlet.class.getName())
          || StaffScreenServlet.class.isAssignableFrom(servletClass(route))
          || route.className().equals(VoteScreenServlet.class.getName())) {
        holder.setInitParameter("logout", StaffSecurity.LOGOUT_PATH);
      }
      route.mappingsAtRoot().forEach(mapping -> context.addServlet(holder, mapping));
    }
  }

  private static Class<? extends Servlet> servletClass(ServletRoutes.Route route) {
    try {
      return Class.forName(route.className()).asSubclass(Servlet.class);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("servlet " + route.className() + " is missing", e);
    }
  }
}
