package nl.alkmaar.wijkaanzet.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StandaloneOptionsTest {

  private static StandaloneOptions parse(String... args) {
    return StandaloneOptions.parse(args, Map.of());
  }

  @Test
  void defaultsMatchTheReadme() {
    StandaloneOptions options = parse();

    assertEquals(8080, options.port());
    assertEquals(Path.of("data"), options.dataDir());
    assertEquals(Optional.empty(), options.clock());
    assertEquals(Optional.empty(), options.config());
  }

  @Test
  void theLivingDemoIsTheDefaultAndCanBeLeftOut() {
    assertEquals(StandaloneOptions.Demo.LIVING, parse().demo());
    assertEquals(StandaloneOptions.Demo.LIVING, parse("--demo").demo());
    assertEquals(StandaloneOptions.Demo.POINTS, parse("--demo-punten").demo());
    assertEquals(StandaloneOptions.Demo.NONE, parse("--zonder-demo").demo());
    assertEquals(
        StandaloneOptions.Demo.NONE,
        parse("--config", "campagne.yaml").demo(),
        "an own campaign file is for real residents");
    assertEquals(
        StandaloneOptions.Demo.LIVING, parse("--config", "campagne.yaml", "--demo").demo());
  }

  @Test
  void aClusterNodeTakesItsDatabaseFromTheLineAndItsCredentialsFromTheEnvironment() {
    StandaloneOptions options =
        StandaloneOptions.parse(
            new String[] {
              "--cluster", "jdbc:postgresql://db.example:5432/wijkaanzet", "--node-id", "publiek1"
            },
            java.util.Map.of(
                "WIJKAANZET_DB_USER",
                "wijk",
                "WIJKAANZET_DB_PASSWORD",
                "geheim-1",
                "WIJKAANZET_VOTER_SECRET",
                SECRET));
    var cluster = options.cluster().orElseThrow();
    assertEquals("jdbc:postgresql://db.example:5432/wijkaanzet", cluster.url());
    assertEquals("wijk", cluster.user());
    assertEquals("geheim-1", cluster.password());
    assertEquals(Optional.of("publiek1"), cluster.nodeId());
    assertFalse(cluster.toString().contains("geheim-1"), "the password never in a log line");
    assertEquals(
        Optional.empty(), parse().cluster(), "without --cluster: Derby in the data folder");
  }

  /** A voter secret the nodes of a cluster share (Base64 of 32 bytes). */
  private static final String SECRET = java.util.Base64.getEncoder().encodeToString(new byte[32]);

  private static StandaloneOptions parseInCluster(String... args) {
    return StandaloneOptions.parse(args, Map.of("WIJKAANZET_VOTER_SECRET", SECRET));
  }

  @Test
  void aBadClusterOptionIsRefusedInDutch() {
    assertTrue(
        assertThrows(
                StandaloneOptions.OptionsException.class,
                () -> parse("--cluster", "jdbc:postgresql://db/wijk"))
            .getMessage()
            .contains("hetzelfde stemgeheim"),
        "every node needs the same voter secret");
    assertTrue(
        assertThrows(
                StandaloneOptions.OptionsException.class,
                () -> parseInCluster("--cluster", "postgres://db/wijk"))
            .getMessage()
            .contains("geen PostgreSQL-adres"));
    assertTrue(
        assertThrows(
                StandaloneOptions.OptionsException.class,
                () ->
                    parseInCluster(
                        "--cluster", "jdbc:postgresql://db/wijk", "--node-id", "a b/../c"))
            .getMessage()
            .contains("--node-id"));
    assertTrue(
        assertThrows(StandaloneOptions.OptionsException.class, () -> parse("--node-id", "a"))
            .getMessage()
            .contains("hoort bij --cluster"));
  }

  @Test
  void theUsersFileLivesInTheDataFolderUnlessNamed() {
    assertEquals(Path.of("data", "users.properties"), parse().usersFile());
    assertEquals(Path.of("/srv/wijk/users.properties"), parse("--data", "/srv/wijk").usersFile());
    assertEquals(
        Path.of("/etc/wijkaanzet/users"),
        parse("--data", "/srv/wijk", "--users", "/etc/wijkaanzet/users").usersFile());
  }

  @Test
  void readsEveryOption() {
    StandaloneOptions options =
        parse(
            "--port",
            "0",
            "--data",
            "/tmp/x",
            "--clock",
            "2024-04-10T12:00:00Z",
            "--config",
            "c.yaml",
            "--light-modules",
            "lm");

    assertEquals(0, options.port());
    assertEquals(Path.of("/tmp/x"), options.dataDir());
    assertEquals(Optional.of(Instant.parse("2024-04-10T12:00:00Z")), options.clock());
    assertEquals(Optional.of(Path.of("c.yaml")), options.config());
    assertEquals(Optional.of(Path.of("lm")), options.lightModules());
  }

  @Test
  void theClockMayComeFromTheEnvironmentAndTheCommandLineWins() {
    Map<String, String> env = Map.of(StandaloneOptions.CLOCK_ENV, "2024-05-20");

    assertEquals(
        Optional.of(Instant.parse("2024-05-20T10:00:00Z")),
        StandaloneOptions.parse(new String[0], env).clock());
    assertEquals(
        Optional.of(Instant.parse("2024-04-10T10:00:00Z")),
        StandaloneOptions.parse(new String[] {"--clock", "2024-04-10T12:00"}, env).clock());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      --port x         | --port 'x' is geen poortnummer (0 tot en met 65535).
      --port 70000     | --port '70000' is geen poortnummer (0 tot en met 65535).
      --poort 8080     | De optie '--poort' kennen we niet.
      --port           | Na --port hoort een waarde.
      8080             | '8080' is geen optie. Opties beginnen met --.
      --clock morgen   | --clock 'morgen' is geen tijdstip. Schrijf bijvoorbeeld 2024-04-10T12:00 of 2024-04-10T12:00:00Z.
      """)
  void badOptionsGetADutchMessage(String line, String message) {
    StandaloneOptions.OptionsException error =
        assertThrows(StandaloneOptions.OptionsException.class, () -> parse(line.split(" ")));

    assertEquals(message, error.getMessage());
  }

  @Test
  void helpAsksForTheUsage() {
    assertNull(
        assertThrows(StandaloneOptions.OptionsException.class, () -> parse("--help")).getMessage());
  }

  @Test
  void aLocalClockIsAlkmaarTime() {
    assertEquals(Instant.parse("2024-01-10T11:00:00Z"), ClockOption.parse("2024-01-10T12:00"));
    assertEquals(Instant.parse("2024-04-10T10:00:00Z"), ClockOption.parse("2024-04-10"));
    assertEquals(
        Instant.parse("2024-04-10T10:00:00Z"), ClockOption.parse("2024-04-10T12:00:00+02:00"));
  }

  @Test
  void aDemoClockStartsAtTheGivenMomentAndKeepsRunning() throws InterruptedException {
    var clock = ClockOption.startingAt(Instant.parse("2024-04-10T12:00:00Z"));
    Instant first = clock.instant();
    Thread.sleep(5);

    assertEquals(
        0, first.getEpochSecond() - Instant.parse("2024-04-10T12:00:00Z").getEpochSecond(), 1.0);
    assertEquals(true, clock.instant().isAfter(first));
  }

  @Test
  void smtpSettingsComeFromTheEnvironment() {
    assertEquals(Optional.empty(), parse().mail());
    var env =
        Map.of("WIJKAANZET_SMTP_HOST", "smtp.alkmaar.nl", "WIJKAANZET_SMTP_FROM", "wz@alkmaar.nl");
    assertEquals(
        "smtp.alkmaar.nl", StandaloneOptions.parse(new String[0], env).mail().orElseThrow().host());

    var bad =
        Map.of("WIJKAANZET_SMTP_HOST", "smtp.alkmaar.nl", "WIJKAANZET_SMTP_FROM", "geen-adres");
    var error =
        assertThrows(
            nl.alkmaar.wijkaanzet.campaign.ConfigException.class,
            () -> StandaloneOptions.parse(new String[0], bad));
    assertEquals(true, error.getMessage().contains("WIJKAANZET_SMTP_FROM"), error.getMessage());
  }
}
