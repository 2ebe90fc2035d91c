package nl.alkmaar.wijkaanzet.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.alkmaar.wijkaanzet.WijkAanZetRuntime;
import nl.alkmaar.wijkaanzet.campaign.CampaignFiles;
import nl.alkmaar.wijkaanzet.follow.FollowFixtures;
import nl.alkmaar.wijkaanzet.follow.Following;
import nl.alkmaar.wijkaanzet.idea.photo.TestImages;
import nl.alkmaar.wijkaanzet.jcr.MemoryRepository;
import nl.alkmaar.wijkaanzet.notify.MailFixtures.ManualClock;
import nl.alkmaar.wijkaanzet.notify.OutboxMessage;
import nl.alkmaar.wijkaanzet.review.ReviewForm;
import nl.alkmaar.wijkaanzet.validation.InvalidInputException;
import nl.alkmaar.wijkaanzet.vote.VoteFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Execution updates on a real Jackrabbit: only chosen points, history kept, one mail each. */
class ExecutionTrackingTest {

  private static final String WHY =
      "Dit past in de plannen voor de openbare ruimte van volgend jaar.";
  private static final String TEXT = "De bankjes zijn besteld en komen in oktober.";

  @RegisterExtension final MemoryRepository memory = new MemoryRepository();
  private final ManualClock clock = new ManualClock(VoteFixtures.VOTING);
  private WijkAanZetRuntime runtime;
  private ExecutionTracking execution;
  private List<String> points;

  /** Oudorp: the first point chosen (1 vote, feasible), the second not (no votes). */
  @BeforeEach
  void publishedResults() {
    runtime = memory.runtime(CampaignFiles.bundled(), clock);
    execution = runtime.execution();
    points =
        VoteFixtures.publish(runtime, "oudorp", List.of("Bankjes bij de vijver", "Meer licht"));
    runtime
        .voting()
        .castWithCode(
            "oudorp",
            List.of(points.get(0)),
            runtime.voting().issueCodes("oudorp", 1).get(0),
            "10.0.0.1");
    for (String point : points) {
      runtime
          .feasibility()
          .review(point, new ReviewForm("haalbaar", WHY, "1000", "kadernota", "", "Wijkteam"), "a");
    }
    clock.advance(Duration.ofDays(50));
    runtime.results().publish("redacteur1", Map.of(), null, true);
  }

  @Test
  void updatesOnAChosenPointAreKeptInOrderAndMailedOnceEach() {
    execution.update(
        points.get(0), new ProgressForm("gepland", "15-10-2024", TEXT), "redacteur1", -1);
    clock.advance(Duration.ofDays(20));
    execution.update(
        points.get(0),
        new ProgressForm("gerealiseerd", "", "De bankjes staan er."),
        "redacteur2",
        -1);

    ChosenPoint chosen = execution.point(points.get(0));
    assertEquals(Optional.of(ExecutionStatus.DONE), chosen.status());
    assertEquals(2, chosen.updates().size());
    assertEquals("redacteur1", chosen.updates().get(0).author());
    assertEquals(Optional.empty(), chosen.planned(), "no planned date once it is done");
    List<OutboxMessage> mails =
        runtime.outbox().due(clock.instant().plusSeconds(60), 100).stream()
            .filter(mail -> mail.kind().equals(ExecutionTracking.MAIL))
            .toList();
    assertEquals(2, mails.size(), "one mail per update");
    assertTrue(mails.stream().allMatch(mail -> mail.recipient().equals("inwoner0@voorbeeld.nl")));
    assertTrue(mails.stream().anyMatch(mail -> mail.textBody().contains("Status: Gerealiseerd")));
    assertFalse(
        mails.get(0).textBody().contains("Bankjes bij de vijver"), "nothing the resident typed");
  }

  private void follow(String wijk, String email) {
    FollowFixtures.follow(runtime, clock, wijk, email, "nl");
  }

  private List<OutboxMessage> followerMails() {
    return runtime.outbox().due(clock.instant().plusSeconds(60), 100).stream()
        .filter(mail -> mail.kind().equals(ExecutionTracking.FOLLOWER_MAIL))
        .toList();
  }

  @Test
  void followersOfTheWijkGetEachUpdateOnceAndCanStop() {
    follow("oudorp", "buur@voorbeeld.nl");
    follow("oudorp", "INWONER0@voorbeeld.nl"); // sent the point in: gets the submitter's mail
    follow("de-mare", "elders@voorbeeld.nl");
    runtime.following().ask("oudorp", "nooitbevestigd@voorbeeld.nl", "nl");

    ExecutionTracking.Posted posted =
        execution.update(
            points.get(0), new ProgressForm("gepland", "15-10-2024", TEXT), "redacteur1", -1);

    assertEquals(2, posted.mailed(), "the submitter and the one confirmed follower");
    List<OutboxMessage> mails = followerMails();
    assertEquals(
        List.of("buur@voorbeeld.nl"), mails.stream().map(OutboxMessage::recipient).toList());
    String body = mails.get(0).textBody();
    assertTrue(mails.get(0).subject().contains("Bankjes bij de vijver"), mails.get(0).subject());
    assertTrue(body.contains("Status: Gepland"), body);
    assertTrue(body.contains(TEXT), body);
    assertTrue(
        mails.get(0).unsubscribe().contains("/api/follow/stoppen?t="),
        "a one-click stop for the mail program: " + mails.get(0).unsubscribe());
    assertFalse(body.contains("stoppen?t="), "the body links to the page with a button");
    int at = body.indexOf("/volgen?stop=");
    assertTrue(at > 0, body);
    String stop = body.substring(at + "/volgen?stop=".length(), body.indexOf('\n', at)).strip();

    assertEquals(Following.LinkState.STOPPED, runtime.following().stop(stop).state());
    execution.update(points.get(0), new ProgressForm("in-uitvoering", "", TEXT), "redacteur1", -1);
    assertEquals(1, followerMails().size(), "no mail after stopping");
  }

  @Test
  void anUpdateSavedMeanwhileIsShownBeforeASecondOneIsTaken() {
    execution.update(points.get(0), new ProgressForm("gepland", "15-10-2024", TEXT), "a", 0);

    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () ->
                execution.update(
                    points.get(0), new ProgressForm("gepland", "15-10-2024", TEXT), "b", 0));
    assertTrue(refused.errors().get(0).message().startsWith("Er is intussen een bericht"));
    assertEquals(1, execution.point(points.get(0)).updates().size(), "a double click stores once");
    assertEquals(
        Optional.of(java.time.LocalDate.of(2024, 10, 15)),
        execution.point(points.get(0)).planned());
    execution.update(points.get(0), new ProgressForm("in-uitvoering", "", TEXT), "b", 1);
    assertEquals(Optional.empty(), execution.point(points.get(0)).planned(), "empty: not known");
  }

  @Test
  void aPointThatWasNotChosenHasNoExecutionAndADoneOneDoesNotGoBack() {
    assertThrows(
        NotChosenException.class,
        () -> execution.update(points.get(1), new ProgressForm("gepland", "", TEXT), "a", -1));
    assertEquals(
        List.of(points.get(0)),
        execution.chosen("oudorp").stream().map(c -> c.point().id()).toList());

    execution.update(points.get(0), new ProgressForm("gerealiseerd", "", TEXT), "a", -1);
    assertThrows(
        InvalidInputException.class,
        () -> execution.update(points.get(0), new ProgressForm("vertraagd", "", TEXT), "a", -1));
    assertEquals(1, execution.point(points.get(0)).updates().size(), "nothing stored");
  }

  @Test
  void anUpdateCarriesAPhotoWithWordsForWhoCannotSeeIt() {
    byte[] phone = TestImages.phoneJpeg(1200, 900, 6);
    InvalidInputException noWords =
        assertThrows(
            InvalidInputException.class,
            () ->
                execution.update(
                    points.get(0),
                    new ProgressForm("gepland", "", TEXT, Optional.of(phone), ""),
                    "a",
                    -1));
    InvalidInputException notAPhoto =
        assertThrows(
            InvalidInputException.class,
            () ->
                execution.update(
                    points.get(0),
                    new ProgressForm(
                        "gepland",
                        "",
                        "",
                        Optional.of("geen foto".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                        "Bankjes"),
                    "a",
                    -1));
    assertEquals(List.of(ProgressForm.PHOTO_ALT), fields(noWords));
    assertEquals(List.of(ProgressForm.TEXT, ProgressForm.PHOTO), fields(notAPhoto), "all at once");
    assertTrue(execution.point(points.get(0)).updates().isEmpty(), "nothing stored");

    execution.update(
        points.get(0),
        new ProgressForm("gepland", "", TEXT, Optional.of(phone), "Drie bankjes bij de vijver"),
        "a",
        -1);

    ProgressUpdate stored = execution.point(points.get(0)).updates().get(0);
    assertEquals(Optional.of("Drie bankjes bij de vijver"), stored.photoAlt());
    assertEquals(1, stored.number());
    byte[] photo = execution.photo(points.get(0), 1, false).orElseThrow();
    assertTrue(photo.length > 0 && (photo[0] & 0xff) == 0xff, "a JPEG, encoded again");
    assertTrue(execution.photo(points.get(0), 1, true).orElseThrow().length < photo.length);
    assertTrue(execution.photo(points.get(1), 1, false).isEmpty(), "not a chosen point");
    assertTrue(execution.photo(points.get(0), 2, false).isEmpty(), "no such update");
  }

  private static List<String> fields(InvalidInputException e) {
    return e.errors().stream().map(error -> error.field()).toList();
  }
}
