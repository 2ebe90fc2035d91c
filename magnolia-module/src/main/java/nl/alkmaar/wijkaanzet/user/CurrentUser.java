package nl.alkmaar.wijkaanzet.user;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * The port to "who is logged in": Magnolia's user inside Magnolia ({@code MagnoliaCurrentUser}),
 * the servlet container's principal in the standalone host. Empty for anonymous residents.
 */
public interface CurrentUser {

  Optional<UserIdentity> of(HttpServletRequest request);
}
