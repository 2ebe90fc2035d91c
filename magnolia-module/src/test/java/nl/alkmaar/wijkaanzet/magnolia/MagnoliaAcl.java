package nl.alkmaar.wijkaanzet.magnolia;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Magnolia's decision for one ACL, as its sources make it (ekirkilevics/Magnolia 5.0:
 * AccessManagerImpl l.76-94, SimpleUrlPattern l.97-141, PermissionUtil l.162-177): of all entries
 * whose pattern matches the whole path, the one with the longest pattern wins, its length counted
 * without one trailing {@code *}; on equal length the higher permission wins; no match is 0. In a
 * pattern {@code *} is any text (slashes too) and {@code ?} at most one character; the rest is
 * taken as a regular expression unescaped, as Magnolia does.
 */
record MagnoliaAcl(List<Entry> entries) {

  /** Magnolia's permission bits (info.magnolia.cms.security.Permission). */
  static final long READ = 8;

  /** What a POST to a URI needs (Session.ACTION_ADD_NODE becomes Permission.WRITE). */
  static final long WRITE = 11;

  record Entry(String pattern, long permissions) {

    boolean matches(String path) {
      String regex = pattern.replace("*", ".*").replace("?", ".?");
      return Pattern.compile(regex, Pattern.DOTALL).matcher(path).matches();
    }

    int length() {
      return pattern.endsWith("*") ? pattern.length() - 1 : pattern.length();
    }
  }

  long permissionFor(String path) {
    Entry winner = null;
    for (Entry entry : entries) {
      if (!entry.matches(path.isEmpty() ? "/" : path)) {
        continue;
      }
      if (winner == null
          || entry.length() > winner.length()
          || (entry.length() == winner.length() && entry.permissions() > winner.permissions())) {
        winner = entry;
      }
    }
    return winner == null ? 0 : winner.permissions();
  }

  boolean grants(String path, long needed) {
    return (permissionFor(path) & needed) == needed;
  }
}
