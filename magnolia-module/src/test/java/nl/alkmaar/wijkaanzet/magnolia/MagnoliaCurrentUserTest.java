package nl.alkmaar.wijkaanzet.magnolia;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import info.magnolia.cms.security.User;
import info.magnolia.context.MgnlContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.alkmaar.wijkaanzet.user.UserIdentity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MagnoliaCurrentUserTest {

  private final MagnoliaCurrentUser currentUser = new MagnoliaCurrentUser();

  @AfterEach
  void clear() {
    MgnlContext.user = null;
    MgnlContext.instance = true;
  }

  private static User user(String name, String... roles) {
    return new User() {
      @Override
      public String getName() {
        return name;
      }

      @Override
      public Collection<String> getAllRoles() {
        return List.of(roles);
      }
    };
  }

  @Test
  void aLoggedInModeratorHasNameAndRoles() {
    MgnlContext.user = user("fatima", "wijkaanzet-moderator", "editor");

    Optional<UserIdentity> identity = currentUser.of(null);

    assertEquals("fatima", identity.orElseThrow().name());
    assertEquals(Set.of("wijkaanzet-moderator", "editor"), identity.orElseThrow().roles());
    assertTrue(identity.orElseThrow().hasRole(UserIdentity.MODERATOR));
  }

  @Test
  void magnoliasAnonymousUserIsNobody() {
    MgnlContext.user = user("anonymous", "anonymous");

    assertTrue(currentUser.of(null).isEmpty());
  }

  @Test
  void withoutAContextThereIsNobody() {
    MgnlContext.instance = false;
    MgnlContext.user = user("fatima", "wijkaanzet-moderator");

    assertTrue(currentUser.of(null).isEmpty());
  }

  @Test
  void aMissingUserIsNobody() {
    assertTrue(currentUser.of(null).isEmpty());
  }
}
