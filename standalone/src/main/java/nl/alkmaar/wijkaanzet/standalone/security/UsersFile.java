package nl.alkmaar.wijkaanzet.standalone.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.alkmaar.wijkaanzet.campaign.ConfigException;
import nl.alkmaar.wijkaanzet.campaign.ConfigProblem;

/**
 * The standalone host's users: a text file, one user per line, in the shape Jetty's own {@code
 * realm.properties} uses, with a slow hash instead of a password:
 *
 * <pre>
 * bibliotheek1: pbkdf2-sha256$600000$&lt;salt&gt;$&lt;hash&gt;, wijkaanzet-staff
 * </pre>
 *
 * Empty lines and lines starting with {@code #} are skipped. A bad file is refused whole, with
 * every bad line named, so the host never starts with half its users.
 */
public final class UsersFile {

  public static final String DEFAULT_NAME = "users.properties";

  static final String HEADER =
      """
      # Wij(k) aan zet! - wie mag inloggen op de standalone host.
      # Eén regel per gebruiker: naam: wachtwoord-hash, rol[, rol]
      # Rollen: wijkaanzet-staff, wijkaanzet-moderator, wijkaanzet-editor
      # Voeg gebruikers toe met: java -jar wijkaanzet-standalone.jar gebruiker-toevoegen --help
      """;

  private UsersFile() {}

  /** The users in {@code file}; an empty list when it does not exist. */
  public static List<UserAccount> read(Path file) {
    if (!Files.exists(file)) {
      return List.of();
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ConfigException(
          file.toString(), "dit bestand kan niet worden gelezen (" + e.getMessage() + ").");
    }
    return parse(file.toString(), lines);
  }

  static List<UserAccount> parse(String source, List<String> lines) {
    List<ConfigProblem> problems = new ArrayList<>();
    Map<String, Integer> seen = new LinkedHashMap<>();
    List<UserAccount> accounts = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      UserAccount account = parseLine(i + 1, line, problems);
      if (account == null) {
        continue;
      }
      Integer first = seen.putIfAbsent(account.name(), i + 1);
      if (first != null) {
        problems.add(
            new ConfigProblem(
                "regel " + (i + 1),
                account.name(),
                "deze gebruiker staat al op regel "
                    + first
                    + ". Elke naam mag één keer voorkomen."));
        continue;
      }
      accounts.add(account);
    }
    if (!problems.isEmpty()) {
      throw new ConfigException(source, problems);
    }
    return List.copyOf(accounts);
  }

  private static UserAccount parseLine(int number, String line, List<ConfigProblem> problems) {
    String where = "regel " + number;
    int colon = line.indexOf(':');
    if (colon < 0) {
      problems.add(
          new ConfigProblem(
              where, shorten(line), "een regel ziet eruit als 'naam: wachtwoord-hash, rol'."));
      return null;
    }
    String name = line.substring(0, colon).strip();
    if (!UserAccount.isValidName(name)) {
      problems.add(
          new ConfigProblem(
              where + ", naam", name, "een naam heeft " + UserAccount.nameRule() + "."));
      return null;
    }
    String[] parts = line.substring(colon + 1).split(",");
    int problemsBefore = problems.size();
    PasswordHash hash = null;
    try {
      hash = PasswordHash.parse(parts[0]);
    } catch (IllegalArgumentException e) {
      problems.add(
          new ConfigProblem(
              where + " (" + name + "), wachtwoord-hash",
              shorten(parts[0].strip()),
              e.getMessage()));
    }
    Set<String> roles = new LinkedHashSet<>();
    for (int p = 1; p < parts.length; p++) {
      String role = parts[p].strip();
      if (!UserAccount.ROLES.contains(role)) {
        problems.add(
            new ConfigProblem(
                where + " (" + name + "), rol",
                role,
                "deze rol kennen we niet. Bekende rollen: "
                    + String.join(", ", UserAccount.ROLES)
                    + "."));
      }
      roles.add(role);
    }
    if (parts.length < 2) {
      problems.add(
          new ConfigProblem(
              where + " (" + name + "), rol",
              null,
              "geef deze gebruiker minstens één rol: "
                  + String.join(", ", UserAccount.ROLES)
                  + "."));
    }
    return problems.size() == problemsBefore ? new UserAccount(name, hash, roles) : null;
  }

  /**
   * Adds a user, refusing a name that is already there. The file is written next to itself and then
   * moved into place, so a crash never leaves half a file; on Unix only its owner may read it.
   */
  public static void add(Path file, UserAccount account) {
    List<UserAccount> existing = read(file);
    if (existing.stream().anyMatch(user -> user.name().equals(account.name()))) {
      throw new ConfigException(
          file.toString(),
          List.of(
              new ConfigProblem(
                  "naam", account.name(), "deze gebruiker bestaat al in dit bestand.")));
    }
    try {
      String before = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : HEADER;
      if (!before.isEmpty() && !before.endsWith("\n")) {
        before += "\n";
      }
      Path folder = file.toAbsolutePath().getParent();
      Files.createDirectories(folder);
      Path temporary = Files.createTempFile(folder, ".users", ".tmp");
      try {
        ownerOnly(temporary);
        Files.writeString(temporary, before + line(account), StandardCharsets.UTF_8);
        move(temporary, file);
      } finally {
        Files.deleteIfExists(temporary);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String line(UserAccount account) {
    List<String> roles = UserAccount.ROLES.stream().filter(account.roles()::contains).toList();
    return account.name()
        + ": "
        + account.password().encoded()
        + ", "
        + String.join(", ", roles)
        + "\n";
  }

  private static void ownerOnly(Path path) throws IOException {
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static String shorten(String value) {
    return value.length() <= 60 ? value : value.substring(0, 57) + "...";
  }
}
