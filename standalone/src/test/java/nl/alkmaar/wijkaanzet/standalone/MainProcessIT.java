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
import java.util.concurrent.TimeUnit;
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
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName()));
    command.addAll(List.of(args));
    Process process =
        new ProcessBuilder(command)
            .directory(folder.toFile())
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
}
