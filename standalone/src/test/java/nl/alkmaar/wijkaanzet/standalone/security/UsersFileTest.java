package nl.alkmaar.wijkaanzet.standalone.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.List;
import java.util.Set;
import nl.alkmaar.wijkaanzet.campaign.ConfigException;
import nl.alkmaar.wijkaanzet.user.UserIdentity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UsersFileTest {

  private static final String HASH =
      PasswordHash.create("een lang wachtwoord".toCharArray(), new SecureRandom()).encoded();

  @TempDir Path folder;

  @Test
  void readsUsersWithRolesSkippingCommentsAndEmptyLines() throws Exception {
    Path file = folder.resolve("users.properties");
    Files.writeString(
        file,
        "# medewerkers\n\nbibliotheek1: "
            + HASH
            + ", wijkaanzet-staff\n  moderator.anna : "
            + HASH
            + " , wijkaanzet-moderator, wijkaanzet-staff \n");

    List<UserAccount> users = UsersFile.read(file);

    assertEquals(
        List.of("bibliotheek1", "moderator.anna"), users.stream().map(UserAccount::name).toList());
    assertEquals(Set.of(UserIdentity.STAFF), users.get(0).roles());
    assertEquals(Set.of(UserIdentity.MODERATOR, UserIdentity.STAFF), users.get(1).roles());
    assertTrue(users.get(0).password().matches("een lang wachtwoord".toCharArray()));
  }

  @Test
  void aMissingFileMeansNoUsers() {
    assertEquals(List.of(), UsersFile.read(folder.resolve("bestaat-niet.properties")));
  }

  @Test
  void anUnknownRoleNamesFileLineUserAndValue() {
    assertProblem(
        "bibliotheek1: " + HASH + ", wijkaanzet-admin",
        "users.properties: veld 'regel 1 (bibliotheek1), rol' met waarde 'wijkaanzet-admin': deze rol kennen we niet");
  }

  @Test
  void aMalformedHashNamesFileLineUserAndValue() {
    assertProblem(
        "bibliotheek1: geheim123456, wijkaanzet-staff",
        "users.properties: veld 'regel 1 (bibliotheek1), wachtwoord-hash' met waarde 'geheim123456': dit is geen wachtwoord-hash");
    assertProblem(
        "bibliotheek1: " + HASH.replace("$600000$", "$1000$") + ", wijkaanzet-staff",
        "veld 'regel 1 (bibliotheek1), wachtwoord-hash' met waarde 'pbkdf2-sha256$1000$");
  }

  @Test
  void aDuplicateUserNamesBothLines() {
    assertProblem(
        "bibliotheek1: "
            + HASH
            + ", wijkaanzet-staff\n# tweede keer\nbibliotheek1: "
            + HASH
            + ", wijkaanzet-moderator",
        "users.properties: veld 'regel 3' met waarde 'bibliotheek1': deze gebruiker staat al op regel 1.");
  }

  @Test
  void aLineWithoutColonABadNameOrNoRoleIsRefused() {
    assertProblem("bibliotheek1 " + HASH, "veld 'regel 1' met waarde 'bibliotheek1 pbkdf2");
    assertProblem(
        "Bibliotheek 1: " + HASH + ", wijkaanzet-staff",
        "veld 'regel 1, naam' met waarde 'Bibliotheek 1': een naam heeft");
    assertProblem(
        "bibliotheek1: " + HASH,
        "veld 'regel 1 (bibliotheek1), rol' met waarde (leeg): geef deze gebruiker minstens één rol");
  }

  @Test
  void everyBadLineIsReportedInOneMessage() {
    ConfigException e =
        assertThrows(
            ConfigException.class,
            () ->
                UsersFile.parse(
                    "users.properties",
                    List.of(
                        "a1: " + HASH + ", wijkaanzet-baas",
                        "b2: kapot, wijkaanzet-staff",
                        "c3: " + HASH + ", wijkaanzet-staff")));
    assertEquals(2, e.problems().size(), e.getMessage());
    assertTrue(e.getMessage().startsWith("De configuratie in users.properties heeft 2 fouten."));
  }

  @Test
  void addAppendsAUserOwnerReadableAndRefusesTheSameNameTwice() throws Exception {
    Path file = folder.resolve("data/users.properties");
    UserAccount anna =
        new UserAccount(
            "anna",
            PasswordHash.create("wachtwoord van anna".toCharArray(), new SecureRandom()),
            Set.of(UserIdentity.MODERATOR));
    UsersFile.add(file, anna);
    UsersFile.add(
        file,
        new UserAccount(
            "bus1", PasswordHash.parse(HASH), Set.of(UserIdentity.STAFF, UserIdentity.MODERATOR)));

    List<UserAccount> users = UsersFile.read(file);
    assertEquals(List.of("anna", "bus1"), users.stream().map(UserAccount::name).toList());
    assertTrue(Files.readString(file).startsWith("# Wij(k) aan zet!"));
    assertTrue(
        Files.readString(file)
            .contains("bus1: " + HASH + ", wijkaanzet-staff, wijkaanzet-moderator\n"));
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    ConfigException twice = assertThrows(ConfigException.class, () -> UsersFile.add(file, anna));
    assertTrue(
        twice.getMessage().contains("'anna': deze gebruiker bestaat al"), twice.getMessage());
  }

  private void assertProblem(String content, String expected) {
    ConfigException e =
        assertThrows(
            ConfigException.class,
            () -> UsersFile.parse("users.properties", content.lines().toList()));
    assertTrue(e.getMessage().contains(expected), e.getMessage());
  }
}
