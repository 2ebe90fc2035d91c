package nl.alkmaar.wijkaanzet.standalone.web;

import nl.alkmaar.wijkaanzet.standalone.preview.I18nBundle;

/** A page URL split into its language prefix and the page path: {@code /en/} is ("en", "/"). */
public record PageAddress(String language, String path) {

  public static PageAddress of(String uri) {
    String path = uri.isEmpty() ? "/" : uri;
    for (String language : I18nBundle.LANGUAGES) {
      String prefix = "/" + language;
      if (!language.equals(I18nBundle.FALLBACK_LANGUAGE)
          && (path.equals(prefix) || path.startsWith(prefix + "/"))) {
        String rest = path.substring(prefix.length());
        return new PageAddress(language, rest.isEmpty() ? "/" : rest);
      }
    }
    return new PageAddress(I18nBundle.FALLBACK_LANGUAGE, path);
  }
}
