package nl.alkmaar.wijkaanzet.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.alkmaar.wijkaanzet.WijkAanZetRuntime;
import nl.alkmaar.wijkaanzet.campaign.CampaignFiles;
import nl.alkmaar.wijkaanzet.follow.FollowFixtures;
import nl.alkmaar.wijkaanzet.jcr.MemoryRepository;
import nl.alkmaar.wijkaanzet.notify.MailFixtures.ManualClock;
import nl.alkmaar.wijkaanzet.notify.OutboxMessage;
import nl.alkmaar.wijkaanzet.review.ReviewClosedException;
import nl.alkmaar.wijkaanzet.review.ReviewForm;
import nl.alkmaar.wijkaanzet.vote.VoteFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Publishing results on a real Jackrabbit: refused until ready, then frozen and public. */
class ResultsTest {

  private static final String WHY =
      "Dit past in de plannen voor de openbare ruimte van volgend jaar.";

  @RegisterExtension final MemoryRepository memory = new MemoryRepository();
  private final ManualClock clock = new ManualClock(VoteFixtures.VOTING);
  private WijkAanZetRuntime runtime;
  private Results results;
  private List<String> oudorp;

  /** Oudorp: four points with 3, 2, 1 and 1 votes; other wijken without points. */
  @BeforeEach
  void votesInOudorp() {
    runtime = memory.runtime(CampaignFiles.bundled(), clock);
    results = runtime.results();
    oudorp = VoteFixtures.publish(runtime, "oudorp", 4);
    List<String> codes = runtime.voting().issueCodes("oudorp", 3);
    cast(codes.get(0), oudorp.get(0), oudorp.get(1), oudorp.get(2));
    cast(codes.get(1), oudorp.get(0), oudorp.get(1), oudorp.get(3));
    cast(codes.get(2), oudorp.get(0));
  }

  @Test
  void whileVotingRunsNothingIsPublishedAndTheApiHasNoResults() {
    review(0, "haalbaar");
    review(1, "haalbaar");
    review(2, "haalbaar");
    review(3, "haalbaar");

    ResultsNotReadyException refused =
        assertThrows(
            ResultsNotReadyException.class,
            () -> results.publish("redacteur1", Map.of(), null, true));

    assertFalse(refused.confirmable(), "no confirmation publishes during voting");
    assertTrue(refused.reasons().get(0).startsWith("Het stemmen is nog niet voorbij."));
    assertEquals(Optional.empty(), results.published());
  }

  @Test
  void missingVerdictsAreListedAndPublishOnlyWhenTheEditorConfirms() {
    clock.advance(Duration.ofDays(14)); // voting closed on 26 May
    review(0, "haalbaar");
    review(1, "niet-haalbaar");

    ResultsNotReadyException refused =
        assertThrows(
            ResultsNotReadyException.class,
            () -> results.publish("redacteur1", Map.of(), null, false));
    assertTrue(refused.confirmable());
    assertEquals(2, refused.unreviewed().size());
    assertTrue(
        refused.unreviewed().get(0).startsWith("WAZ-OUDO-000"), refused.unreviewed().toString());
    assertTrue(refused.unreviewed().get(0).endsWith("(Oudorp)"));
    assertEquals(Optional.empty(), results.published());

    PublishedResults published = results.publish("redacteur1", Map.of(), null, true);

    PublishedResults.Wijk wijk = published.wijk("oudorp").orElseThrow();
    assertEquals(3, wijk.ballots());
    assertEquals(
        List.of(oudorp.get(0)), wijk.chosen().stream().map(PublishedResults.Point::id).toList());
    assertEquals(Standing.NOT_FEASIBLE, wijk.points().get(1).standing());
    assertEquals(WHY, wijk.points().get(1).motivation());
    assertEquals(Optional.of(published), results.published());
  }

  @Test
  void aRankingThatChangedAfterTheEditorSawItIsNotPublished() {
    clock.advance(Duration.ofDays(14));
    for (int i = 0; i < 4; i++) {
      review(i, "haalbaar");
    }
    Map<String, Set<String>> choice = Map.of("oudorp", Set.of(oudorp.get(3)));
    String seen = results.preview(choice).fingerprint();
    assertEquals(seen, results.preview(choice).fingerprint(), "the same ranking, the same text");
    runtime
        .feasibility()
        .review(oudorp.get(0), new ReviewForm("niet-haalbaar", WHY, "", "", "", ""), "ambtenaar2");

    ResultsNotReadyException refused =
        assertThrows(
            ResultsNotReadyException.class,
            () -> results.publish("redacteur1", choice, seen, false));
    assertTrue(
        refused.reasons().get(0).startsWith("De stand is veranderd"), refused.reasons().toString());
    assertEquals(Optional.empty(), results.published());
  }

  @Test
  void aTieAtTheEdgeNeedsTheEditorsChoiceAndTheChoiceIsPublished() {
    clock.advance(Duration.ofDays(14));
    for (int i = 0; i < 4; i++) {
      review(i, "haalbaar");
    }

    ResultsNotReadyException refused =
        assertThrows(
            ResultsNotReadyException.class,
            () -> results.publish("redacteur1", Map.of(), null, true));
    assertFalse(refused.confirmable());
    assertEquals(
        List.of(
            "In Oudorp hebben 2 punten evenveel stemmen voor de laatste plaats. Kies welk punt"
                + " gekozen wordt."),
        refused.reasons());

    PublishedResults published =
        results.publish("redacteur1", Map.of("oudorp", Set.of(oudorp.get(3))), null, false);
    assertEquals(
        Set.of(oudorp.get(0), oudorp.get(1), oudorp.get(3)),
        Set.copyOf(
            published.wijk("oudorp").orElseThrow().chosen().stream()
                .map(PublishedResults.Point::id)
                .toList()));
  }

  @Test
  void publishedResultsAreFrozenAndVerdictsNoLongerChange() {
    clock.advance(Duration.ofDays(14));
    for (int i = 0; i < 4; i++) {
      review(i, "haalbaar");
    }
    results.publish("redacteur1", Map.of("oudorp", Set.of(oudorp.get(2))), null, false);

    assertEquals(
        Map.of("oudorp", List.of(oudorp.get(2))), results.published().orElseThrow().tieBreaks());
    assertFalse(runtime.feasibility().open());
    assertThrows(ReviewClosedException.class, () -> review(0, "niet-haalbaar"));
    // Read back from the repository by a fresh runtime (another host of the same store).
    PublishedResults again =
        memory.runtime(CampaignFiles.bundled(), clock).results().published().orElseThrow();
    assertEquals(Standing.CHOSEN, again.wijk("oudorp").orElseThrow().points().get(0).standing());
    assertEquals(3, again.wijk("oudorp").orElseThrow().chosen().size());
  }

  @Test
  void everyoneWhoLeftAnAddressHearsTheOutcomeOfTheirPointOnce() {
    clock.advance(Duration.ofDays(14));
    List<String> mailed =
        VoteFixtures.publish(runtime, "centrum", List.of("Een geheime titel", "Nog een titel"));
    review(0, "haalbaar");
    runtime
        .feasibility()
        .review(mailed.get(0), new ReviewForm("niet-haalbaar", WHY, "", "", "", ""), "a");

    results.publish("redacteur1", Map.of("oudorp", Set.of(oudorp.get(3))), null, true);
    results.publish("redacteur1", Map.of("oudorp", Set.of(oudorp.get(3))), null, true);

    List<OutboxMessage> mails =
        runtime.outbox().due(clock.instant().plusSeconds(60), 100).stream()
            .filter(mail -> mail.kind().equals(Results.MAIL))
            .toList();
    assertEquals(2, mails.size(), "one per point with an address, not again on republishing");
    OutboxMessage notFeasible =
        mails.stream()
            .filter(mail -> mail.recipient().equals("inwoner0@voorbeeld.nl"))
            .findFirst()
            .orElseThrow();
    assertTrue(notFeasible.subject().startsWith("De uitslag voor uw verbeterpunt (WAZ-CENT-0000)"));
    assertTrue(
        notFeasible.textBody().contains("De gemeente kan uw punt niet uitvoeren."),
        notFeasible.textBody());
    assertTrue(notFeasible.textBody().contains("Oordeel van de gemeente: Niet haalbaar"));
    assertTrue(notFeasible.textBody().contains(WHY));
    assertFalse(notFeasible.textBody().contains("geheime titel"), "nothing the resident typed");
    OutboxMessage other =
        mails.stream()
            .filter(mail -> mail.recipient().equals("inwoner1@voorbeeld.nl"))
            .findFirst()
            .orElseThrow();
    assertTrue(
        other.textBody().contains("Uw punt is niet gekozen. Het kreeg 0 stemmen."),
        other.textBody());
  }

  @Test
  void followersOfAWijkHearItsChosenPointsOnce() {
    FollowFixtures.follow(runtime, clock, "oudorp", "buur@voorbeeld.nl", "nl");
    FollowFixtures.follow(runtime, clock, "oudorp", "neighbour@voorbeeld.nl", "en");
    FollowFixtures.follow(runtime, clock, "centrum", "centrum@voorbeeld.nl", "nl");
    runtime.following().ask("oudorp", "nooit@voorbeeld.nl", "nl");
    clock.advance(Duration.ofDays(14));
    for (int point = 0; point < 4; point++) {
      review(point, "haalbaar");
    }

    results.publish("redacteur1", Map.of("oudorp", Set.of(oudorp.get(3))), null, true);
    results.publish("redacteur1", Map.of("oudorp", Set.of(oudorp.get(3))), null, true);

    List<OutboxMessage> mails =
        runtime.outbox().due(clock.instant().plusSeconds(60), 100).stream()
            .filter(mail -> mail.kind().equals(Results.FOLLOWER_MAIL))
            .toList();
    assertEquals(
        Set.of("buur@voorbeeld.nl", "neighbour@voorbeeld.nl", "centrum@voorbeeld.nl"),
        mails.stream().map(OutboxMessage::recipient).collect(java.util.stream.Collectors.toSet()),
        "confirmed followers only, once each although published twice");
    assertEquals(3, mails.size());
    OutboxMessage buur =
        mails.stream().filter(m -> m.recipient().startsWith("buur")).findFirst().orElseThrow();
    assertEquals("De uitslag voor Oudorp", buur.subject());
    assertTrue(buur.textBody().contains("3 inwoners hebben gestemd."), buur.textBody());
    for (PublishedResults.Point chosen :
        results.published().orElseThrow().wijk("oudorp").orElseThrow().chosen()) {
      assertTrue(buur.textBody().contains("- " + chosen.title() + " ("), buur.textBody());
    }
    assertTrue(buur.textBody().contains("/volgen?stop="), "every news mail can be stopped");
    OutboxMessage english =
        mails.stream().filter(m -> m.recipient().startsWith("neigh")).findFirst().orElseThrow();
    assertTrue(english.textBody().contains("3 residents voted."), english.textBody());
    OutboxMessage centrum =
        mails.stream().filter(m -> m.recipient().startsWith("centrum")).findFirst().orElseThrow();
    assertTrue(centrum.textBody().contains("In Centrum is geen verbeterpunt gekozen."));
  }

  @Test
  void whoSentAPointThatWasMergedHearsTheOutcomeOfThePointItWasMergedInto() {
    clock.advance(Duration.ofDays(14));
    List<String> centrum =
        VoteFixtures.publish(runtime, "centrum", List.of("Meer bomen", "Bomen erbij"));
    runtime
        .moderation()
        .merge(
            new nl.alkmaar.wijkaanzet.idea.IdeaVersion(centrum.get(0), version(centrum.get(0))),
            List.of(
                new nl.alkmaar.wijkaanzet.idea.IdeaVersion(
                    centrum.get(1), version(centrum.get(1)))),
            "moderator1");
    runtime
        .feasibility()
        .review(centrum.get(0), new ReviewForm("niet-haalbaar", WHY, "", "", "", ""), "a");

    results.publish("redacteur1", Map.of("oudorp", Set.of(oudorp.get(3))), null, true);

    List<OutboxMessage> mails =
        runtime.outbox().due(clock.instant().plusSeconds(60), 100).stream()
            .filter(mail -> mail.kind().equals(Results.MAIL))
            .toList();
    assertEquals(2, mails.size(), "the target's sender and the merged point's sender");
    OutboxMessage merged =
        mails.stream()
            .filter(mail -> mail.recipient().equals("inwoner1@voorbeeld.nl"))
            .findFirst()
            .orElseThrow();
    assertTrue(merged.subject().contains("(WAZ-CENT-0001)"), "their own reference");
    assertTrue(
        merged
            .textBody()
            .contains("samengevoegd met een punt dat bijna hetzelfde vraagt (WAZ-CENT-0000)"),
        merged.textBody());
    assertTrue(merged.textBody().contains("De gemeente kan uw punt niet uitvoeren."));
  }

  private long version(String id) {
    return runtime.ideas().forModeration("alkmaar-2024", id).orElseThrow().version();
  }

  private void review(int point, String verdict) {
    boolean feasible = !verdict.equals("niet-haalbaar");
    runtime
        .feasibility()
        .review(
            oudorp.get(point),
            new ReviewForm(
                verdict,
                WHY,
                feasible ? "1000" : "",
                feasible ? "kadernota" : "",
                "",
                feasible ? "Wijkteam" : ""),
            "ambtenaar1");
  }

  private void cast(String code, String... points) {
    runtime.voting().castWithCode("oudorp", List.of(points), code, "10.0.0.1");
  }
}
