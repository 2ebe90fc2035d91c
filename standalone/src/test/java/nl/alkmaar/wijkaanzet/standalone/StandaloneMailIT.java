package nl.alkmaar.wijkaanzet.standalone;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import nl.alkmaar.wijkaanzet.WijkAanZet;
import nl.alkmaar.wijkaanzet.WijkAanZetRuntime;
import nl.alkmaar.wijkaanzet.jcr.Workspaces;
import nl.alkmaar.wijkaanzet.notify.OutboxMessage;
import nl.alkmaar.wijkaanzet.notify.RenderedMail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Without SMTP settings the host's dispatcher runs and writes mail into {@code <data>/mail}. */
class StandaloneMailIT {

  @TempDir Path data;

  @Test
  void aMailEnqueuedInTheRunningHostIsWrittenToTheDataFolder() throws Exception {
    try (StandaloneHost host =
        StandaloneHost.start(
            new StandaloneOptions(
                0,
                data,
                Optional.of(Instant.parse("2024-04-10T12:00:00Z")),
                Optional.empty(),
                Optional.empty()))) {
      WijkAanZetRuntime runtime = WijkAanZet.runtime();
      OutboxMessage message =
          OutboxMessage.pending(
              "c2f1e7d0-4444-4000-8000-000000000001",
              "bevestiging",
              "zoe@example.org",
              new RenderedMail("Bedankt voor uw verbeterpunt (WAZ-2024-000123)", "Beste Zoë,\n"),
              runtime.clock().instant());
      runtime
          .sessions()
          .write(
              Workspaces.CONTENT,
              session -> {
                runtime.outbox().enqueue(session, message);
                return null;
              });
      runtime.mail().wakeUp();

      Path file = data.resolve("mail").resolve(message.id() + ".eml");
      long deadline = System.nanoTime() + 5_000_000_000L;
      while (!Files.exists(file) && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertTrue(Files.exists(file), "no mail file at " + file);
    }
  }
}
