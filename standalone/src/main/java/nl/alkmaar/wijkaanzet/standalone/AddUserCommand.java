package nl.alkmaar.wijkaanzet.standalone;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.alkmaar.wijkaanzet.standalone.StandaloneOptions.OptionsException;
import nl.alkmaar.wijkaanzet.standalone.security.PasswordHash;
import nl.alkmaar.wijkaanzet.standalone.security.UserAccount;
import nl.alkmaar.wijkaanzet.standalone.security.UsersFile;

/**
 * {@code gebruiker-toevoegen --naam <naam> --rollen <rol,rol> [--data ./data] [--users <bestand>]}:
 * adds a staff member or moderator to the users file. The password is asked twice on the console;
 * without a console (scripts, tests) it comes from {@value #PASSWORD_ENV} or from standard input
 * (first line, and a second line to confirm if there is one). Never from the command line, which
 * other users of the machine can see.
 */
final class AddUserCommand {

  static final String NAME = "gebruiker-toevoegen";
  static final String PASSWORD_ENV = "WIJKAANZET_WACHTWOORD";
  static final int MIN_PASSWORD_LENGTH = 12;

  static final String USAGE =
      """
      Gebruik: java -jar wijkaanzet-standalone.jar gebruiker-toevoegen [opties]
        --naam <naam>           inlognaam, bijvoorbeeld bibliotheek1 (kleine letters, cijfers, . _ -)
        --rollen <rol,rol>      wijkaanzet-staff, wijkaanzet-moderator en/of wijkaanzet-editor
        --data <map>            map van de host (standaard ./data); het bestand is <map>/users.properties
        --users <bestand>       of een ander gebruikersbestand
      Het wachtwoord (minstens 12 tekens) wordt twee keer gevraagd. Zonder console: zet
      WIJKAANZET_WACHTWOORD of geef het op de eerste regel van de invoer.
      """;

  record Request(Path usersFile, String name, Set<String> roles) {}

  /** The password cannot be used; the message says why, in Dutch (no usage text needed). */
  static final class PasswordException extends RuntimeException {
    PasswordException(String message) {
      super(message);
    }
  }

  private AddUserCommand() {}

  static Request parse(String[] args) {
    Path data = Path.of("data");
    Optional<Path> users = Optional.empty();
    String name = null;
    Set<String> roles = new LinkedHashSet<>();
    for (int i = 0; i < args.length; i++) {
      String option = args[i];
      if (option.equals("--help") || option.equals("-h")) {
        throw new OptionsException(null);
      }
      if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
        throw new OptionsException("Na " + option + " hoort een waarde.");
      }
      String value = args[++i];
      switch (option) {
        case "--data" -> data = Path.of(value);
        case "--users" -> users = Optional.of(Path.of(value));
        case "--naam" -> name = value.strip();
        case "--rollen" -> roles.addAll(roles(value));
        case "--wachtwoord", "--password" ->
            throw new OptionsException(
                "Geef het wachtwoord niet op de opdrachtregel: andere gebruikers van deze computer"
                    + " kunnen dat zien. Het wordt gevraagd.");
        default -> throw new OptionsException("De optie '" + option + "' kennen we niet.");
      }
    }
    if (name == null) {
      throw new OptionsException("Geef een naam met --naam, bijvoorbeeld --naam bibliotheek1.");
    }
    if (!UserAccount.isValidName(name)) {
      throw new OptionsException(
          "De naam '"
              + name
              + "' kan niet: gebruik 2 tot 64 kleine letters, cijfers, punt, _ of -, beginnend met"
              + " een letter of cijfer.");
    }
    if (roles.isEmpty()) {
      throw new OptionsException(
          "Geef minstens één rol met --rollen: " + String.join(", ", UserAccount.ROLES) + ".");
    }
    return new Request(users.orElse(data.resolve(UsersFile.DEFAULT_NAME)).normalize(), name, roles);
  }

  private static Set<String> roles(String list) {
    Set<String> roles = new LinkedHashSet<>();
    for (String role : list.split(",")) {
      String trimmed = role.strip();
      if (!UserAccount.ROLES.contains(trimmed)) {
        throw new OptionsException(
            "De rol '"
                + trimmed
                + "' kennen we niet. Bekende rollen: "
                + String.join(", ", UserAccount.ROLES)
                + ".");
      }
      roles.add(trimmed);
    }
    return roles;
  }

  /**
   * Reads the password, checks it, and adds the user. Problems throw {@link OptionsException},
   * {@link PasswordException} or a {@code ConfigException} (a bad existing file), each with a Dutch
   * message.
   */
  static String run(String[] args, Map<String, String> env, Console console, BufferedReader stdin) {
    Request request = parse(args);
    char[] password = password(env, console, stdin);
    try {
      if (password.length < MIN_PASSWORD_LENGTH) {
        throw new PasswordException(
            "Dit wachtwoord is te kort. Kies er een van minstens "
                + MIN_PASSWORD_LENGTH
                + " tekens, bijvoorbeeld een paar losse woorden achter elkaar.");
      }
      UserAccount account =
          new UserAccount(
              request.name(), PasswordHash.create(password, new SecureRandom()), request.roles());
      UsersFile.add(request.usersFile(), account);
    } finally {
      Arrays.fill(password, '\0');
    }
    return "Gebruiker "
        + request.name()
        + " is toegevoegd aan "
        + request.usersFile().toAbsolutePath()
        + " met "
        + (request.roles().size() == 1 ? "rol " : "rollen ")
        + String.join(", ", request.roles())
        + ". Start de host opnieuw, dan kan deze gebruiker inloggen op /inloggen.";
  }

  private static char[] password(Map<String, String> env, Console console, BufferedReader stdin) {
    String fromEnv = env.get(PASSWORD_ENV);
    if (fromEnv != null && !fromEnv.isEmpty()) {
      return fromEnv.toCharArray();
    }
    if (console != null) {
      char[] first = console.readPassword("Wachtwoord (minstens %d tekens): ", MIN_PASSWORD_LENGTH);
      char[] second = console.readPassword("Nog een keer: ");
      return confirmed(first, second);
    }
    try {
      String first = stdin.readLine();
      String second = stdin.readLine();
      if (first == null) {
        throw new PasswordException(
            "Er is geen wachtwoord gegeven. Zet " + PASSWORD_ENV + " of geef het via de invoer.");
      }
      return confirmed(first.toCharArray(), second == null ? null : second.toCharArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static char[] confirmed(char[] first, char[] second) {
    if (first == null) {
      throw new PasswordException("Er is geen wachtwoord gegeven.");
    }
    if (second != null && !Arrays.equals(first, second)) {
      Arrays.fill(first, '\0');
      Arrays.fill(second, '\0');
      throw new PasswordException("De twee wachtwoorden zijn niet gelijk. Probeer het opnieuw.");
    }
    if (second != null) {
      Arrays.fill(second, '\0');
    }
    return first;
  }
}
