package nl.alkmaar.wijkaanzet.user;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/** The servlet container's login (the standalone host's form login). */
public final class ContainerCurrentUser implements CurrentUser {

  @Override
  public Optional<UserIdentity> of(HttpServletRequest request) {
    Principal principal = request.getUserPrincipal();
    if (principal == null) {
      return Optional.empty();
    }
    Set<String> roles = new LinkedHashSet<>();
    for (String role : UserIdentity.MODULE_ROLES) {
      if (request.isUserInRole(role)) {
        roles.add(role);
      }
    }
    return Optional.of(new UserIdentity(principal.getName(), roles));
  }
}
