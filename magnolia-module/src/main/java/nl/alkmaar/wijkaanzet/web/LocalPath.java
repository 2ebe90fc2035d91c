package nl.alkmaar.wijkaanzet.web;

/**
 * Whether an address a visitor sent (a form's return page, the page to go back to after a login) is
 * a path on this site, so that it can be redirected to without sending people elsewhere (open
 * redirect): it starts with one slash, has no backslash, fragment or control characters.
 */
public final class LocalPath {

  private LocalPath() {}

  public static boolean isLocal(String requested) {
    return requested != null
        && requested.startsWith("/")
        && !requested.startsWith("//")
        && !requested.contains("\\")
        && !requested.contains("#")
        && requested.chars().noneMatch(c -> c < 0x21 || c == 0x7f);
  }
}
