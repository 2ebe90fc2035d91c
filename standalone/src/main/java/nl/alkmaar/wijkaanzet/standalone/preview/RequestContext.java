package nl.alkmaar.wijkaanzet.standalone.preview;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Map;

/** The part of Magnolia's {@code ctx} (the web context) our templates use. */
public final class RequestContext {

  /** The name Magnolia gives the user of a visitor who is not logged in. */
  public static final String ANONYMOUS = "anonymous";

  private final String contextPath;
  private final Locale locale;
  private final Map<String, String> parameters;
  private final User user;
  private final HttpServletRequest request;

  RequestContext(
      String contextPath,
      Locale locale,
      Map<String, String> parameters,
      String userName,
      HttpServletRequest request) {
    this.contextPath = contextPath;
    this.locale = locale;
    this.parameters = parameters;
    this.user = new User(userName == null ? ANONYMOUS : userName);
    this.request = request;
  }

  /**
   * The servlet request, as Magnolia's {@code WebContext.getRequest()}; null when a page is
   * rendered without one.
   */
  public HttpServletRequest getRequest() {
    return request;
  }

  /**
   * Null: the preview renders into a buffer and the page servlet sets the headers (Magnolia's
   * {@code WebContext.getResponse()} is the real response).
   */
  public Object getResponse() {
    return null;
  }

  public String getContextPath() {
    return contextPath;
  }

  public Locale getLocale() {
    return locale;
  }

  /** Who is logged in, as {@code ctx.user} in Magnolia; {@value #ANONYMOUS} for visitors. */
  public User getUser() {
    return user;
  }

  /** A request parameter, or null, as {@code ctx.getParameter('name')} in Magnolia. */
  public String getParameter(String name) {
    return parameters.get(name);
  }

  /** The part of Magnolia's {@code User} our templates use. */
  public static final class User {
    private final String name;

    User(String name) {
      this.name = name;
    }

    public String getName() {
      return name;
    }
  }
}
