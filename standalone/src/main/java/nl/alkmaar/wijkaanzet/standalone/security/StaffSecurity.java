package nl.alkmaar.wijkaanzet.standalone.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.SessionTrackingMode;
import java.util.EnumSet;
import java.util.List;
import nl.alkmaar.wijkaanzet.user.UserIdentity;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.SessionHandler;
import org.eclipse.jetty.ee10.servlet.security.ConstraintMapping;
import org.eclipse.jetty.ee10.servlet.security.ConstraintSecurityHandler;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.security.Constraint;

/**
 * The standalone host's container security: form login at {@value #LOGIN_PAGE} against the users
 * file, and which paths need which role. Everything not listed here stays public. Inside Magnolia
 * the same roles come from Magnolia's own users and URI security.
 */
public final class StaffSecurity {

  public static final String LOGIN_PAGE = "/inloggen";
  public static final String LOGIN_ERROR_PAGE = LOGIN_PAGE + "?fout=1";
  public static final String LOGOUT_PATH = "/uitloggen";

  /** Staff logins last a working session at the library or the red van. */
  static final int SESSION_SECONDS = 2 * 60 * 60;

  private StaffSecurity() {}

  /**
   * Puts the security handler and the session cookie settings on {@code context}.
   *
   * @param languagePrefixes the page prefixes of other languages, e.g. {@code /en}, so that {@code
   *     /en/medewerker/…} is as protected as {@code /medewerker/…}
   */
  public static void install(
      ServletContextHandler context,
      StaffLoginService logins,
      String apiPath,
      List<String> languagePrefixes) {
    ConstraintSecurityHandler security = new ConstraintSecurityHandler();
    security.setLoginService(logins);
    security.setAuthenticator(new StaffFormAuthenticator(LOGIN_PAGE, LOGIN_ERROR_PAGE, apiPath));
    security.setSessionRenewedOnAuthentication(true);
    security.setPersistAuthenticationCredentials(false);
    for (String prefix : withDefault(languagePrefixes)) {
      protect(security, prefix + "/medewerker/*", UserIdentity.STAFF);
      protect(security, prefix + "/moderatie/*", UserIdentity.MODERATOR);
    }
    protect(security, apiPath + "/moderation/*", UserIdentity.MODERATOR);
    protect(security, apiPath + "/stemmen/*", UserIdentity.EDITOR);
    protect(security, apiPath + "/export/*", UserIdentity.EDITOR);
    protect(security, "/stembeheer/*", UserIdentity.EDITOR);
    protect(security, "/haalbaarheid/*", UserIdentity.REVIEWER, UserIdentity.EDITOR);
    protect(security, "/uitslag/*", UserIdentity.EDITOR);
    protect(security, "/uitvoering/*", UserIdentity.EDITOR);
    protect(security, "/statistieken/*", UserIdentity.EDITOR);
    protect(security, "/campagne/*", UserIdentity.EDITOR);
    protect(security, "/gegevens/*", UserIdentity.EDITOR);
    context.setSecurityHandler(security);
    FilterHolder knownDevices = new FilterHolder(new KnownDeviceFilter(logins.knownDevices()));
    // Every filter on the way must allow async, or the live bars' stream cannot start.
    knownDevices.setAsyncSupported(true);
    context.addFilter(knownDevices, "/*", EnumSet.of(DispatcherType.REQUEST));

    SessionHandler sessions = context.getSessionHandler();
    sessions.setHttpOnly(true);
    sessions.setSameSite(HttpCookie.SameSite.LAX);
    sessions.setSecureRequestOnly(true);
    sessions.setMaxInactiveInterval(SESSION_SECONDS);
    sessions.setSessionTrackingModes(EnumSet.of(SessionTrackingMode.COOKIE));
  }

  private static List<String> withDefault(List<String> prefixes) {
    return java.util.stream.Stream.concat(java.util.stream.Stream.of(""), prefixes.stream())
        .toList();
  }

  private static void protect(
      ConstraintSecurityHandler security, String pathSpec, String... roles) {
    ConstraintMapping mapping = new ConstraintMapping();
    mapping.setPathSpec(pathSpec);
    mapping.setConstraint(Constraint.from(roles));
    security.addConstraintMapping(mapping);
  }
}
