package nl.alkmaar.wijkaanzet.standalone.preview;

import java.util.Map;

/** The part of Magnolia's {@code cmsfn} our templates use. */
public final class CmsFunctions {

  private final String language;
  private final Map<String, Object> page;

  CmsFunctions(String language, Map<String, Object> page) {
    this.language = language;
    this.page = page;
  }

  /** The language of the page being rendered, as {@code cmsfn.language()} in Magnolia. */
  public String language() {
    return language;
  }

  /** The page a component sits on, as {@code cmsfn.page(content)} in Magnolia. */
  public Map<String, Object> page(Object content) {
    return page;
  }
}
