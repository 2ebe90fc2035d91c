package nl.alkmaar.wijkaanzet.sql;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import nl.alkmaar.wijkaanzet.idea.SubmissionForm;
import nl.alkmaar.wijkaanzet.idea.submit.SubmissionOutcome;
import nl.alkmaar.wijkaanzet.validation.FieldError;
import nl.alkmaar.wijkaanzet.web.FormStates;
import nl.alkmaar.wijkaanzet.web.KeptPhotos;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Form states and kept photos shared by several hosts, on real PostgreSQL (embedded binaries): two
 * stores on one database stand for two hosts behind a load balancer without sticky sessions.
 */
class SqlSharedFormsTest {

  private static final Instant NOW = Instant.parse("2024-04-20T12:00:00Z");

  /** The key every host derives from the installation's secret. */
  private static final byte[] HOSTS_SECRET =
      "the-same-on-every-host-of-the-installation".getBytes();

  @RegisterExtension static final EmbeddedDatabase POSTGRES = new EmbeddedDatabase();

  private static FormStates states(SqlSharedForms shared, Instant at) {
    return new FormStates(
        Clock.fixed(at, ZoneOffset.UTC), new SecureRandom(), Optional.of(shared), HOSTS_SECRET);
  }

  @Test
  void aStateOneHostKeptIsReadOnTheOtherAsTheRecordItWasForThatBrowserOnly() throws Exception {
    try (SqlSharedForms onA = SqlSharedForms.open(POSTGRES.database());
        SqlSharedForms onB = SqlSharedForms.open(POSTGRES.database())) {
      SubmissionOutcome outcome =
          SubmissionOutcome.rejected(
              new SubmissionForm(
                  "zuid", "Bankje", "te kort", null, null, "Femke", "f@example.org", null, true),
              List.of(new FieldError("description", "Schrijf iets meer: minstens 20 tekens.")));

      String token = states(onA, NOW).put("browser-1", outcome, 100);

      assertEquals(
          Optional.of(outcome), states(onB, NOW).get("browser-1", token, SubmissionOutcome.class));
      assertEquals(
          Optional.empty(),
          states(onB, NOW).get("browser-2", token, SubmissionOutcome.class),
          "another browser with the same address sees an empty form");
      assertEquals(
          Optional.empty(),
          states(onB, NOW.plusSeconds(31 * 60)).get("browser-1", token, SubmissionOutcome.class),
          "after half an hour it has expired");

      try (java.sql.Connection db =
              java.sql.DriverManager.getConnection(POSTGRES.database().url(), "postgres", "");
          java.sql.ResultSet rows =
              db.createStatement()
                  .executeQuery("SELECT browser, state FROM wijkaanzet_form_states")) {
        while (rows.next()) {
          String stored =
              new String(rows.getBytes("state"), java.nio.charset.StandardCharsets.UTF_8);
          assertTrue(!stored.contains("Femke") && !stored.contains("f@example.org"), "sealed");
          assertTrue(!rows.getString("browser").contains("browser-1"), "the cookie is not stored");
        }
      }
      states(onB, NOW).forget("browser-1");
      assertEquals(
          Optional.empty(), states(onA, NOW).get("browser-1", token, SubmissionOutcome.class));
    }
  }

  @Test
  void aPhotoOneHostKeptIsReadOnTheOtherUntilItIsForgotten(@TempDir java.nio.file.Path folder)
      throws Exception {
    try (SqlSharedForms onA = SqlSharedForms.open(POSTGRES.database());
        SqlSharedForms onB = SqlSharedForms.open(POSTGRES.database())) {
      Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
      KeptPhotos photosA =
          new KeptPhotos(
              folder.resolve("a"),
              clock,
              new SecureRandom(),
              1_000_000,
              Optional.of(onA),
              HOSTS_SECRET);
      KeptPhotos photosB =
          new KeptPhotos(
              folder.resolve("b"),
              clock,
              new SecureRandom(),
              1_000_000,
              Optional.of(onB),
              HOSTS_SECRET);
      KeptPhotos.Picture picture =
          new KeptPhotos.Picture(new byte[] {1, 2, 3}, new byte[] {4}, 640, 480);

      String key = photosA.keep("browser-1", picture);

      KeptPhotos.Picture read = photosB.get("browser-1", key).orElseThrow();
      assertArrayEquals(picture.image(), read.image());
      assertArrayEquals(picture.thumbnail(), read.thumbnail());
      assertEquals(640, read.width());
      assertTrue(photosB.get("browser-2", key).isEmpty());
      photosB.forget("browser-1");
      assertTrue(photosA.get("browser-1", key).isEmpty());
    }
  }

  @Test
  void theKeptPhotosStayWithinTheirBytesTheOldestGoFirst() throws Exception {
    try (SqlSharedForms shared = SqlSharedForms.open(POSTGRES.database(), 10, 1_000)) {
      shared.keepPhoto("old", "b", picture(6), NOW, NOW.plusSeconds(60));
      shared.keepPhoto("new", "b", picture(6), NOW, NOW.plusSeconds(120));

      assertTrue(shared.photo("old", "b", NOW).isEmpty(), "the older went to make room");
      assertTrue(shared.photo("new", "b", NOW).isPresent());
    }
  }

  @Test
  void aFloodOfFormPostsKeepsOnlyTheNewestStates() throws Exception {
    try (SqlSharedForms shared = SqlSharedForms.open(POSTGRES.database(), 10, 3)) {
      for (int i = 0; i < 5; i++) {
        shared.keepState("flood-" + i, "b", new byte[] {1}, NOW, NOW.plusSeconds(60 + i));
      }
      Thread.sleep(5_100); // the trim runs at most every 5 s
      shared.keepState("flood-5", "b", new byte[] {1}, NOW, NOW.plusSeconds(65));

      assertTrue(shared.state("flood-0", "b", NOW).isEmpty(), "the oldest went");
      assertTrue(shared.state("flood-5", "b", NOW).isPresent());
      assertTrue(shared.state("flood-3", "b", NOW).isPresent());
    }
  }

  private static KeptPhotos.Picture picture(int bytes) {
    return new KeptPhotos.Picture(new byte[bytes - 1], new byte[1], 1, 1);
  }

  @Test
  void withoutTheDatabaseAStateIsKeptOnThisHostNotRefused() throws Exception {
    Database away = new Database("jdbc:postgresql://127.0.0.1:1/nothing", "postgres", "");
    try (SqlSharedForms gone = SqlSharedForms.over(new SharedConnections(away, 1))) {
      FormStates states = states(gone, NOW);

      String token = states.put("browser-1", "iets", 5);

      assertEquals(Optional.of("iets"), states.get("browser-1", token, String.class));
      assertEquals(Optional.empty(), states.get("browser-1", "onbekend", String.class));
      states.forget("browser-1");
      assertEquals(Optional.empty(), states.get("browser-1", token, String.class));
    }
  }
}
