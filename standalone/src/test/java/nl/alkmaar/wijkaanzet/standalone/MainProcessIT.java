package nl.alkmaar.wijkaanzet.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import nl.alkmaar.wijkaanzet.standalone.security.UserAccount;
import nl.alkmaar.wijkaanzet.standalone.security.UsersFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line as an operator meets it, in a separate JVM: a bad start ends with one Dutch
 * message and exit code 2, never a stack trace.
 */
class MainProcessIT {

  @TempDir Path folder;

  private record Outcome(int exitCode, String stdout, String stderr) {}

  private Outcome run(String... args) throws IOException, InterruptedException {
    return run(Map.of(), "", args);
  }

  /** Runs Main with extra environment variables and {@code stdin} as its input (no console). */
  private Outcome run(Map<String, String> env, String stdin, String... args)
      throws IOException, InterruptedException {
    Files.writeString(folder.resolve("in.txt"), stdin, StandardCharsets.UTF_8);
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().remove("WIJKAANZET_WACHTWOORD");
    builder.environment().putAll(env);
    Process process =
        builder
            .directory(folder.toFile())
            .redirectInput(folder.resolve("in.txt").toFile())
            .redirectOutput(folder.resolve("out.txt").toFile())
            .redirectError(folder.resolve("err.txt").toFile())
            .start();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the start did not end");
    return new Outcome(
        process.exitValue(),
        Files.readString(folder.resolve("out.txt"), StandardCharsets.UTF_8),
        Files.readString(folder.resolve("err.txt"), StandardCharsets.UTF_8));
  }

  private static void assertNoStackTrace(Outcome outcome) {
    assertFalse(outcome.stderr().contains("\tat "), outcome.stderr());
    assertFalse(outcome.stderr().contains("Exception"), outcome.stderr());
  }

  @Test
  void phaseDatesOutOfOrderNameFileFieldAndValue() throws Exception {
    Path config = folder.resolve("campaign.yaml");
    try (var in =
        MainProcessIT.class.getResourceAsStream(
            "/nl/alkmaar/wijkaanzet/campaign/alkmaar-2024.yaml")) {
      Files.writeString(
          config,
          new String(in.readAllBytes(), StandardCharsets.UTF_8)
              .replace("start: 2024-05-13", "start: 2024-04-20"));
    }

    Outcome outcome =
        run(
            "--config",
            config.toString(),
            "--data",
            folder.resolve("data").toString(),
            "--port",
            "0");

    assertEquals(2, outcome.exitCode());
    assertTrue(
        outcome
            .stderr()
            .contains(
                config
                    + ": veld 'phases[3].start' met waarde '2024-04-20': deze fase begint niet na het einde van 'moderatie'"),
        outcome.stderr());
    assertNoStackTrace(outcome);
    assertFalse(Files.exists(folder.resolve("data")), "nothing was created");
  }

  @Test
  void anUnknownOptionShowsTheUsage() throws Exception {
    Outcome outcome = run("--poort", "8080");

    assertEquals(2, outcome.exitCode());
    assertTrue(outcome.stderr().startsWith("De optie '--poort' kennen we niet."), outcome.stderr());
    assertTrue(
        outcome.stderr().contains("Gebruik: java -jar wijkaanzet-standalone.jar"),
        outcome.stderr());
    assertNoStackTrace(outcome);
  }

  @Test
  void aMalformedFileNamesTheLine() throws Exception {
    Path config = folder.resolve("kapot.yaml");
    Files.writeString(config, "id: x\nphases: [\n");

    Outcome outcome = run("--config", config.toString());

    assertEquals(2, outcome.exitCode());
    assertTrue(
        outcome.stderr().startsWith(config + ": dit is geen geldige YAML (regel "),
        outcome.stderr());
    assertNoStackTrace(outcome);
  }

  @Test
  void addingAUserReadsThePasswordTwiceFromStdinAndWritesAHash() throws Exception {
    Outcome outcome =
        run(
            Map.of(),
            "lange zin als wachtwoord\nlange zin als wachtwoord\n",
            "gebruiker-toevoegen",
            "--data",
            "data",
            "--naam",
            "bibliotheek1",
            "--rollen",
            "wijkaanzet-staff,wijkaanzet-moderator");

    assertEquals(0, outcome.exitCode(), outcome.stderr());
    assertTrue(
        outcome.stdout().startsWith("Gebruiker bibliotheek1 is toegevoegd aan "), outcome.stdout());
    Path file = folder.resolve("data").resolve("users.properties");
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertFalse(text.contains("lange zin"), "never the password itself");
    assertTrue(text.contains("bibliotheek1: pbkdf2-sha256$600000$"), text);
    UserAccount user = UsersFile.read(file).get(0);
    assertTrue(user.password().matches("lange zin als wachtwoord".toCharArray()));
    assertEquals(java.util.Set.of("wijkaanzet-staff", "wijkaanzet-moderator"), user.roles());
  }

  @Test
  void addingAUserTakesThePasswordFromTheEnvironment() throws Exception {
    Path users = folder.resolve("elders.properties");
    Outcome outcome =
        run(
            Map.of("WIJKAANZET_WACHTWOORD", "wachtwoord uit de omgeving"),
            "",
            "gebruiker-toevoegen",
            "--users",
            users.toString(),
            "--naam",
            "moderator1",
            "--rollen",
            "wijkaanzet-moderator");

    assertEquals(0, outcome.exitCode(), outcome.stderr());
    assertTrue(
        UsersFile.read(users)
            .get(0)
            .password()
            .matches("wachtwoord uit de omgeving".toCharArray()));
  }

  @Test
  void aShortOrMistypedPasswordOrOneOnTheCommandLineIsRefused() throws Exception {
    Outcome shortOne =
        run(
            Map.of(),
            "kort\nkort\n",
            "gebruiker-toevoegen",
            "--naam",
            "bus1",
            "--rollen",
            "wijkaanzet-staff");
    assertEquals(2, shortOne.exitCode());
    assertTrue(shortOne.stderr().startsWith("Dit wachtwoord is te kort."), shortOne.stderr());

    Outcome mistyped =
        run(
            Map.of(),
            "een lang wachtwoord\neen lang wachtwoordd\n",
            "gebruiker-toevoegen",
            "--naam",
            "bus1",
            "--rollen",
            "wijkaanzet-staff");
    assertEquals(2, mistyped.exitCode());
    assertTrue(
        mistyped.stderr().startsWith("De twee wachtwoorden zijn niet gelijk."), mistyped.stderr());

    Outcome argument =
        run(
            Map.of(),
            "",
            "gebruiker-toevoegen",
            "--naam",
            "bus1",
            "--rollen",
            "wijkaanzet-staff",
            "--wachtwoord",
            "een lang wachtwoord");
    assertEquals(2, argument.exitCode());
    assertTrue(
        argument.stderr().startsWith("Geef het wachtwoord niet op de opdrachtregel"),
        argument.stderr());

    Outcome role =
        run(Map.of(), "", "gebruiker-toevoegen", "--naam", "bus1", "--rollen", "beheerder");
    assertEquals(2, role.exitCode());
    assertTrue(role.stderr().startsWith("De rol 'beheerder' kennen we niet."), role.stderr());
    assertFalse(
        Files.exists(folder.resolve("data").resolve("users.properties")), "nothing written");
    assertNoStackTrace(role);
  }

  @Test
  void aBadUsersFileStopsTheStartNamingFileLineAndValue() throws Exception {
    Path users = folder.resolve("users.properties");
    Files.writeString(users, "bibliotheek1: geheim, wijkaanzet-staff\n");

    Outcome outcome =
        run(
            "--users",
            users.toString(),
            "--data",
            folder.resolve("data").toString(),
            "--port",
            "0");

    assertEquals(2, outcome.exitCode());
    assertTrue(
        outcome
            .stderr()
            .contains(
                users
                    + ": veld 'regel 1 (bibliotheek1), wachtwoord-hash' met waarde 'geheim': dit is geen wachtwoord-hash"),
        outcome.stderr());
    assertNoStackTrace(outcome);
    assertFalse(Files.exists(folder.resolve("data")), "nothing was created");
  }
}
