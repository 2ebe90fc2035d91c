package nl.alkmaar.wijkaanzet.standalone.preview;

import java.util.Locale;
import java.util.Map;

/** The part of Magnolia's {@code ctx} (the web context) our templates use. */
public final class RequestContext {

  private final String contextPath;
  private final Locale locale;
  private final Map<String, String> parameters;

  RequestContext(String contextPath, Locale locale, Map<String, String> parameters) {
    this.contextPath = contextPath;
    this.locale = locale;
    this.parameters = parameters;
  }

  public String getContextPath() {
    return contextPath;
  }

  public Locale getLocale() {
    return locale;
  }

  /** A request parameter, or null, as {@code ctx.getParameter('name')} in Magnolia. */
  public String getParameter(String name) {
    return parameters.get(name);
  }
}
