package nl.alkmaar.wijkaanzet.standalone.security;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import nl.alkmaar.wijkaanzet.user.UserIdentity;

/** A staff member or moderator who may log in to the standalone host. */
public record UserAccount(String name, PasswordHash password, Set<String> roles) {

  /** The roles a users file may give, in the order the usage text lists them. */
  public static final List<String> ROLES = UserIdentity.MODULE_ROLES;

  /** Lower case, so "Bibliotheek1" and "bibliotheek1" can never be two people. */
  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

  public UserAccount {
    roles = Set.copyOf(roles);
  }

  public static boolean isValidName(String name) {
    return name != null && NAME.matcher(name).matches();
  }

  static String nameRule() {
    return "2 tot 64 tekens: kleine letters, cijfers, punt, liggend streepje of koppelteken,"
        + " beginnend met een letter of cijfer";
  }
}
