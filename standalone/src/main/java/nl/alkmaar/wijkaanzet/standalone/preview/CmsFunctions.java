package nl.alkmaar.wijkaanzet.standalone.preview;

/** The part of Magnolia's {@code cmsfn} our templates use. */
public final class CmsFunctions {

  private final String language;

  CmsFunctions(String language) {
    this.language = language;
  }

  /** The language of the page being rendered, as {@code cmsfn.language()} in Magnolia. */
  public String language() {
    return language;
  }
}
