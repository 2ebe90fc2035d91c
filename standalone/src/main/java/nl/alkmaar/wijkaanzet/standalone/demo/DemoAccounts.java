package nl.alkmaar.wijkaanzet.standalone.demo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import nl.alkmaar.wijkaanzet.standalone.security.PasswordHash;
import nl.alkmaar.wijkaanzet.standalone.security.UserAccount;
import nl.alkmaar.wijkaanzet.standalone.security.UsersFile;
import nl.alkmaar.wijkaanzet.user.UserIdentity;

/**
 * The living demo's staff accounts, one per role, so a newcomer can try the moderation, review,
 * results and settings screens at once. Only when there is no users file yet; each gets a random
 * password, printed once at start (and never logged). Replace them with {@code gebruiker-toevoegen}
 * before real use.
 */
public final class DemoAccounts {

  /** Letters and digits that cannot be mistaken for each other when read off a screen. */
  private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

  private static final Map<String, String> ROLES = new LinkedHashMap<>();

  static {
    ROLES.put("redactie", UserIdentity.EDITOR);
    ROLES.put("moderatie", UserIdentity.MODERATOR);
    ROLES.put("beoordeling", UserIdentity.REVIEWER);
    ROLES.put("balie", UserIdentity.STAFF);
  }

  private DemoAccounts() {}

  /**
   * Adds the accounts when {@code file} does not exist.
   *
   * @return the lines to print (names, roles, passwords), or empty when nothing was added
   */
  public static String addIfNoUsers(Path file) {
    if (Files.exists(file)) {
      return "";
    }
    SecureRandom random = new SecureRandom();
    StringBuilder printed =
        new StringBuilder("Demo-accounts, alleen om uit te proberen (inloggen op /inloggen):");
    ROLES.forEach(
        (name, role) -> {
          String password = password(random);
          UsersFile.add(
              file,
              new UserAccount(
                  name, PasswordHash.create(password.toCharArray(), random), Set.of(role)));
          printed
              .append(System.lineSeparator())
              .append(String.format("  %-12s %-22s wachtwoord: %s", name, role, password));
        });
    printed
        .append(System.lineSeparator())
        .append("Ze staan in ")
        .append(file.toAbsolutePath())
        .append("; vervang ze met gebruiker-toevoegen voordat echte mensen meedoen.");
    return printed.toString();
  }

  private static String password(SecureRandom random) {
    StringBuilder password = new StringBuilder();
    for (int i = 0; i < 16; i++) {
      if (i > 0 && i % 4 == 0) {
        password.append('-');
      }
      password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return password.toString();
  }
}
