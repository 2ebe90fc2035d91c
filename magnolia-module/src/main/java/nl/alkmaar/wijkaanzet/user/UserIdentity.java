package nl.alkmaar.wijkaanzet.user;

import java.util.List;
import java.util.Set;

/** A logged-in person (editor, moderator, reviewer, staff) with the roles the host gave them. */
public record UserIdentity(String name, Set<String> roles) {

  public static final String EDITOR = "wijkaanzet-editor";
  public static final String MODERATOR = "wijkaanzet-moderator";
  public static final String STAFF = "wijkaanzet-staff";

  /** Civil servants who judge whether points are feasible (haalbaarheid), not moderators. */
  public static final String REVIEWER = "wijkaanzet-reviewer";

  /** Every role the module bootstraps and checks, in the order usage texts list them. */
  public static final List<String> MODULE_ROLES = List.of(STAFF, MODERATOR, EDITOR, REVIEWER);

  public UserIdentity {
    roles = Set.copyOf(roles);
  }

  public boolean hasRole(String role) {
    return roles.contains(role);
  }
}
