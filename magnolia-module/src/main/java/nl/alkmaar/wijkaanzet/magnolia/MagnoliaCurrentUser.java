package nl.alkmaar.wijkaanzet.magnolia;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import nl.alkmaar.wijkaanzet.user.CurrentUser;
import nl.alkmaar.wijkaanzet.user.UserIdentity;

/**
 * The Magnolia user of the current request, from {@code MgnlContext.getUser()}. Magnolia answers
 * with its "anonymous" user for visitors who did not log in; we treat that as nobody.
 */
public final class MagnoliaCurrentUser implements CurrentUser {

  static final String ANONYMOUS = "anonymous";

  @Override
  public Optional<UserIdentity> of(HttpServletRequest request) {
    Boolean hasContext =
        (Boolean)
            MagnoliaReflection.callStatic(
                MagnoliaReflection.MGNL_CONTEXT, "hasInstance", new Class<?>[0]);
    if (!Boolean.TRUE.equals(hasContext)) {
      return Optional.empty();
    }
    Object user =
        MagnoliaReflection.callStatic(MagnoliaReflection.MGNL_CONTEXT, "getUser", new Class<?>[0]);
    if (user == null) {
      return Optional.empty();
    }
    String name = (String) MagnoliaReflection.call(user, "getName", new Class<?>[0]);
    if (name == null || ANONYMOUS.equals(name)) {
      return Optional.empty();
    }
    Collection<?> allRoles =
        (Collection<?>) MagnoliaReflection.call(user, "getAllRoles", new Class<?>[0]);
    Set<String> roles = new LinkedHashSet<>();
    if (allRoles != null) {
      allRoles.forEach(role -> roles.add(String.valueOf(role)));
    }
    return Optional.of(new UserIdentity(name, roles));
  }
}
