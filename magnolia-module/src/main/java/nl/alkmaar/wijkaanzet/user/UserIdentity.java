package nl.alkmaar.wijkaanzet.user;

import java.util.Set;

/** A logged-in person (editor, moderator, staff) with the roles the host gave them. */
public record UserIdentity(String name, Set<String> roles) {

  public static final String EDITOR = "wijkaanzet-editor";
  public static final String MODERATOR = "wijkaanzet-moderator";
  public static final String STAFF = "wijkaanzet-staff";

  public UserIdentity {
    roles = Set.copyOf(roles);
  }

  public boolean hasRole(String role) {
    return roles.contains(role);
  }
}
