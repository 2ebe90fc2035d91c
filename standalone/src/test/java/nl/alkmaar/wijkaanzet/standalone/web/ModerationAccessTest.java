package nl.alkmaar.wijkaanzet.standalone.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.alkmaar.wijkaanzet.WijkAanZet;
import nl.alkmaar.wijkaanzet.campaign.CampaignFiles;
import nl.alkmaar.wijkaanzet.idea.moderation.ModerationScreensServlet;
import nl.alkmaar.wijkaanzet.idea.moderation.ModerationServlet;
import nl.alkmaar.wijkaanzet.jcr.MemoryRepository;
import nl.alkmaar.wijkaanzet.user.UserIdentity;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Inside Magnolia no container constraint guards our servlets' paths (URI security may be set up
 * differently), so the servlets check the role themselves: every moderation screen and API answers
 * 401 without a user and 403 for a user without the moderator role. Here Jetty runs the servlets
 * with no security constraints at all; a filter stands in for Magnolia's login, the one part that
 * has no real stand-in.
 */
class ModerationAccessTest {

  @RegisterExtension final MemoryRepository memory = new MemoryRepository();

  private Server server;
  private URI base;
  private final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  private static final List<String[]> REQUESTS =
      List.of(
          new String[] {"GET", "/moderatie"},
          new String[] {"GET", "/moderatie/wijk/centrum"},
          new String[] {"GET", "/moderatie/punt/waz-aaaa-aaaa"},
          new String[] {"GET", "/moderatie/punt/waz-aaaa-aaaa/foto"},
          new String[] {"POST", "/moderatie/punt/waz-aaaa-aaaa/publiceren"},
          new String[] {"POST", "/moderatie/bulk"},
          new String[] {"GET", "/api/moderation/ideas?wijk=centrum"},
          new String[] {"GET", "/api/moderation/ideas/waz-aaaa-aaaa"},
          new String[] {"POST", "/api/moderation/ideas/waz-aaaa-aaaa/publiceren"},
          new String[] {"POST", "/api/moderation/ideas/waz-aaaa-aaaa/samenvoegen"});

  @BeforeEach
  void start() throws Exception {
    Clock clock = Clock.fixed(Instant.parse("2024-04-10T12:00:00Z"), ZoneOffset.UTC);
    WijkAanZet.install(memory.runtime(CampaignFiles.bundled(), clock));
    server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setPort(0);
    server.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler();
    context.addFilter(
        new FilterHolder(
            (Filter)
                (request, response, chain) ->
                    chain.doFilter(asUser((HttpServletRequest) request), response)),
        "/*",
        EnumSet.of(jakarta.servlet.DispatcherType.REQUEST));
    ServletHolder screens = new ServletHolder(new ModerationScreensServlet());
    context.addServlet(screens, "/moderatie");
    context.addServlet(screens, "/moderatie/*");
    context.addServlet(new ServletHolder(new ModerationServlet()), "/api/moderation/ideas/*");
    server.setHandler(context);
    server.start();
    base = URI.create("http://localhost:" + connector.getLocalPort());
  }

  @AfterEach
  void stop() throws Exception {
    server.stop();
    WijkAanZet.uninstall();
  }

  /** The user named in the test header, with its roles, as Magnolia's login would make it. */
  private static HttpServletRequest asUser(HttpServletRequest request) {
    String header = request.getHeader("X-Test-User");
    if (header == null) {
      return request;
    }
    String[] parts = header.split(":");
    Set<String> roles = parts.length > 1 ? Set.of(parts[1].split(",")) : Set.of();
    Principal principal = () -> parts[0];
    return new HttpServletRequestWrapper(request) {
      @Override
      public Principal getUserPrincipal() {
        return principal;
      }

      @Override
      public boolean isUserInRole(String role) {
        return roles.contains(role);
      }
    };
  }

  private HttpResponse<String> send(String[] request, String user) throws Exception {
    HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(request[1]));
    if (user != null) {
      builder.header("X-Test-User", user);
    }
    if (request[0].equals("POST")) {
      builder
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString("version=0"));
    }
    return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void withoutAUserEveryModerationAddressIs401() throws Exception {
    for (String[] request : REQUESTS) {
      HttpResponse<String> response = send(request, null);
      assertEquals(401, response.statusCode(), request[0] + " " + request[1]);
      assertTrue(
          response.body().contains("Log in als moderator"), request[1] + ": " + response.body());
    }
  }

  @Test
  void staffAndEditorsGet403Everywhere() throws Exception {
    for (String[] request : REQUESTS) {
      for (String user :
          List.of("bus1:" + UserIdentity.STAFF, "redactie:" + UserIdentity.EDITOR, "niemand")) {
        HttpResponse<String> response = send(request, user);
        assertEquals(403, response.statusCode(), user + " " + request[0] + " " + request[1]);
        assertTrue(response.body().contains("Alleen moderatoren"), response.body());
      }
    }
  }

  @Test
  void moderatorsGetPastTheRoleCheck() throws Exception {
    for (String[] request : REQUESTS) {
      HttpResponse<String> response = send(request, "mod1:" + UserIdentity.MODERATOR);
      // What follows is the action's own answer (404 for the unknown point, 403 for a form
      // without its token), never the login or role refusal.
      assertNotEquals(401, response.statusCode(), request[1]);
      assertFalse(response.body().contains("Alleen moderatoren"), request[1]);
      assertFalse(response.body().contains("Log in als moderator"), request[1]);
    }
  }
}
