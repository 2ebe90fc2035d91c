package nl.alkmaar.wijkaanzet.standalone.security;

import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import nl.alkmaar.wijkaanzet.web.CrossSiteGuard;
import nl.alkmaar.wijkaanzet.web.Json;
import nl.alkmaar.wijkaanzet.web.Problem;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.security.AuthenticationState;
import org.eclipse.jetty.security.ServerAuthException;
import org.eclipse.jetty.security.UserIdentity;
import org.eclipse.jetty.security.authentication.FormAuthenticator;
import org.eclipse.jetty.security.authentication.SessionAuthentication;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Session;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.URIUtil;

/**
 * Form login for pages; for the API a problem+json 401 instead of a redirect to the login page,
 * which a script could not follow. A login that is already in the session counts for both. A login
 * form posted from another site is refused (403) before any password is checked: otherwise a page
 * elsewhere could log a library computer in as the attacker's own account (login CSRF).
 *
 * <p>Nobody gets a session before they log in. Jetty's form login would make one for every visit to
 * a protected page, to remember where to return (and for a post, its whole form) for two hours: a
 * stranger repeating a request filled the heap within seconds. Instead the login page gets the
 * address to return to as {@value #RETURN_PARAMETER}, its form sends it along, and the session that
 * a successful login makes remembers it.
 */
final class StaffFormAuthenticator extends FormAuthenticator {

  /** The login page with the explanation that the form came from another site. */
  static final String OTHER_SITE_PAGE = StaffSecurity.LOGIN_PAGE + "?fout=site";

  /** The login page's parameter (and hidden field) naming the page to return to. */
  static final String RETURN_PARAMETER = "terug";

  private final String apiPath;
  private final String errorPage;

  private static final int DRAIN_LIMIT = 1024 * 1024;

  StaffFormAuthenticator(String loginPage, String errorPage, String apiPath) {
    super(loginPage, errorPage, false);
    this.errorPage = errorPage;
    this.apiPath = apiPath;
  }

  @Override
  public AuthenticationState validateRequest(Request request, Response response, Callback callback)
      throws ServerAuthException {
    return decide(request, response, callback);
  }

  /**
   * Called before a refusal is answered, while the body is unread: reading a rest of up to 1 MB
   * lets a client that is still sending see the answer (Jetty closes a connection with unread
   * content, and a client still writing into it sees no answer at all: a stranger's 190 kB post to
   * the moderation screens showed it). Larger or unknown bodies are left, with {@code Connection:
   * close}.
   */
  private static void drainSmallBody(Request request, Response response) {
    long length = request.getLength();
    if (length == 0) {
      return;
    }
    if (length < 0 || length > DRAIN_LIMIT) {
      if (!response.isCommitted()) {
        response.getHeaders().put(HttpHeader.CONNECTION, "close");
      }
      return;
    }
    try (java.io.InputStream rest = org.eclipse.jetty.io.Content.Source.asInputStream(request)) {
      rest.readNBytes(DRAIN_LIMIT);
    } catch (java.io.IOException | RuntimeException e) {
      // the client went away: nothing to keep usable
    }
  }

  private AuthenticationState decide(Request request, Response response, Callback callback)
      throws ServerAuthException {
    String path = Request.getPathInContext(request);
    if (path.endsWith(__J_SECURITY_CHECK)) {
      // Only a form body from our own login page: Jetty would also take the name and password
      // from the address of a GET, which a link on any site can carry (and logs would keep).
      if (!"POST".equals(request.getMethod()) || request.getHttpURI().getQuery() != null) {
        drainSmallBody(request, response);
        Response.writeError(request, response, callback, 405);
        return AuthenticationState.SEND_FAILURE;
      }
      if (!fromOwnSite(request)) {
        drainSmallBody(request, response);
        Response.sendRedirect(request, response, callback, 303, OTHER_SITE_PAGE, true);
        return AuthenticationState.SEND_FAILURE;
      }
      if (!readableForm(request)) {
        // Bad %-escapes: no person types those. A failed login, not a 500 with a stack trace.
        Response.sendRedirect(request, response, callback, 303, errorPage, true);
        return AuthenticationState.SEND_FAILURE;
      }
    }
    if (!hasLogin(request) && isUnsafe(request) && !fromOwnSite(request)) {
      // A form from another site arrives without the SameSite=Lax session cookie. Sending it to the
      // login would make a new session whose cookie replaces the moderator's: a logout by force.
      drainSmallBody(request, response);
      Response.writeError(request, response, callback, 403);
      return AuthenticationState.SEND_FAILURE;
    }
    if (path.endsWith(__J_SECURITY_CHECK) || hasLogin(request) || response.isCommitted()) {
      return super.validateRequest(request, response, callback);
    }
    drainSmallBody(request, response);
    if (path.startsWith(apiPath + "/")) {
      unauthorized(response, callback);
    } else {
      toLoginPage(request, response, callback);
    }
    return AuthenticationState.SEND_FAILURE;
  }

  /** To the login page, naming this page to come back to; no session is made. */
  private static void toLoginPage(Request request, Response response, Callback callback) {
    String here = request.getHttpURI().getPathQuery();
    String target =
        URIUtil.addPaths(Request.getContextPath(request), StaffSecurity.LOGIN_PAGE)
            + "?"
            + RETURN_PARAMETER
            + "="
            + URLEncoder.encode(here, StandardCharsets.UTF_8);
    Response.sendRedirect(request, response, callback, 302, target, true);
  }

  /**
   * After the password was right: the page to go to, from the login form's {@value
   * #RETURN_PARAMETER} field when it names a page of this site, or else the start page of the
   * user's work (moderation or the staff form).
   */
  @Override
  public UserIdentity login(String username, Object password, Request request, Response response) {
    UserIdentity user = super.login(username, password, request, response);
    Session session = user == null ? null : request.getSession(false);
    if (session != null) {
      String target = ReturnPath.of(returnField(request)).orElseGet(() -> landing(user));
      session.setAttribute(
          __J_URI, HttpURI.build(request.getHttpURI()).pathQuery(target).asImmutable());
    }
    return user;
  }

  /**
   * Whether the form's fields can be read. Only a garbled body counts as unreadable: a body that
   * comes too slowly is cut off by the host's own rule (408), which this must not hide.
   */
  private static boolean readableForm(Request request) {
    try {
      Request.getParameters(request);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    } catch (org.eclipse.jetty.http.BadMessageException e) {
      if (e.getCode() == 400) {
        return false;
      }
      throw e;
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      // Reading the body failed (the client went away): as Jetty itself would report it.
      throw new IllegalStateException("login form not read", e);
    }
  }

  private static String returnField(Request request) {
    try {
      return Request.getParameters(request).getValue(RETURN_PARAMETER);
    } catch (Exception e) {
      return null;
    }
  }

  private static String landing(UserIdentity user) {
    if (user.isUserInRole(nl.alkmaar.wijkaanzet.user.UserIdentity.MODERATOR)) {
      return "/moderatie/";
    }
    if (user.isUserInRole(nl.alkmaar.wijkaanzet.user.UserIdentity.EDITOR)) {
      return "/stembeheer/";
    }
    if (user.isUserInRole(nl.alkmaar.wijkaanzet.user.UserIdentity.REVIEWER)) {
      return "/haalbaarheid/";
    }
    if (user.isUserInRole(nl.alkmaar.wijkaanzet.user.UserIdentity.STAFF)) {
      return "/medewerker/idee-invoeren";
    }
    return "/";
  }

  private static boolean isUnsafe(Request request) {
    String method = request.getMethod();
    return !method.equals("GET") && !method.equals("HEAD");
  }

  private static boolean fromOwnSite(Request request) {
    String ownOrigin =
        CrossSiteGuard.origin(
            request.getHttpURI().getScheme(),
            Request.getServerName(request),
            Request.getServerPort(request));
    return CrossSiteGuard.allows(request.getHeaders()::get, ownOrigin, Set.of());
  }

  private static boolean hasLogin(Request request) {
    Session session = request.getSession(false);
    return session != null
        && session.getAttribute(SessionAuthentication.AUTHENTICATED_ATTRIBUTE) != null;
  }

  private static void unauthorized(Response response, Callback callback)
      throws ServerAuthException {
    try {
      byte[] body =
          Json.mapper()
              .writeValueAsBytes(
                  Problem.of(
                      401,
                      "Inloggen nodig",
                      "Log eerst in als medewerker of moderator van Wij(k) aan zet!."));
      response.setStatus(401);
      response.getHeaders().put(HttpHeader.CONTENT_TYPE, Json.PROBLEM_JSON + ";charset=UTF-8");
      response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
      response.write(true, ByteBuffer.wrap(body), callback);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new ServerAuthException(e);
    }
  }
}
