package nl.alkmaar.wijkaanzet.standalone.security;

import java.util.Optional;
import nl.alkmaar.wijkaanzet.web.LocalPath;

/**
 * A page of this site to return to after the login, as the login form sent it. Only a path (with
 * its query) on this site is accepted, so the login cannot be used to send people elsewhere.
 */
final class ReturnPath {

  private static final int MAX_LENGTH = 500;

  private ReturnPath() {}

  static Optional<String> of(String requested) {
    boolean local =
        LocalPath.isLocal(requested)
            && requested.length() <= MAX_LENGTH
            && !requested.startsWith(StaffSecurity.LOGIN_PAGE);
    return local ? Optional.of(requested) : Optional.empty();
  }
}
