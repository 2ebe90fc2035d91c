package nl.alkmaar.wijkaanzet.standalone.preview;

import java.util.Locale;

/** The part of Magnolia's {@code ctx} (the web context) our templates use. */
public final class RequestContext {

  private final String contextPath;
  private final Locale locale;

  RequestContext(String contextPath, Locale locale) {
    this.contextPath = contextPath;
    this.locale = locale;
  }

  public String getContextPath() {
    return contextPath;
  }

  public Locale getLocale() {
    return locale;
  }
}
