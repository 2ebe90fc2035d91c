package nl.alkmaar.wijkaanzet.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import nl.alkmaar.wijkaanzet.WijkAanZetRuntime;
import nl.alkmaar.wijkaanzet.campaign.CampaignFiles;
import nl.alkmaar.wijkaanzet.idea.IdeaNotFoundException;
import nl.alkmaar.wijkaanzet.idea.ModerationAction;
import nl.alkmaar.wijkaanzet.jcr.MemoryRepository;
import nl.alkmaar.wijkaanzet.notify.MailFixtures.ManualClock;
import nl.alkmaar.wijkaanzet.validation.InvalidInputException;
import nl.alkmaar.wijkaanzet.vote.VoteFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The feasibility review on a real Jackrabbit: verdicts stored, progress, order by votes. */
class FeasibilityReviewTest {

  private static final String WHY = "Er is ruimte op het plein en het past in het groenbeleid.";

  @RegisterExtension final MemoryRepository memory = new MemoryRepository();
  private final ManualClock clock = new ManualClock(VoteFixtures.VOTING);
  private WijkAanZetRuntime runtime;
  private FeasibilityReview feasibility;
  private List<String> oudorp;

  @BeforeEach
  void publishedPointsWithVotes() {
    runtime = memory.runtime(CampaignFiles.bundled(), clock);
    feasibility = runtime.feasibility();
    oudorp = VoteFixtures.publish(runtime, "oudorp", 3);
    VoteFixtures.publish(runtime, "centrum", 1);
    // Point 2 gets two votes, point 1 one: that is the order reviewers see.
    List<String> codes = runtime.voting().issueCodes("oudorp", 2);
    runtime
        .voting()
        .castWithCode("oudorp", List.of(oudorp.get(2), oudorp.get(1)), codes.get(0), "1.1.1.1");
    runtime.voting().castWithCode("oudorp", List.of(oudorp.get(2)), codes.get(1), "1.1.1.2");
  }

  @Test
  void aVerdictIsStoredAndCountedInItsWijksProgress() {
    feasibility.review(
        oudorp.get(2),
        new ReviewForm("haalbaar", WHY, "12.500", "bestaand", "Stadswerk072", "Openbare Ruimte"),
        "ambtenaar1");
    feasibility.review(
        oudorp.get(0), new ReviewForm("niet-haalbaar", WHY, "", "", "", ""), "ambtenaar2");

    Review stored = feasibility.point(oudorp.get(2)).review().orElseThrow();
    assertEquals(Verdict.FEASIBLE, stored.verdict());
    assertEquals(Optional.of(12_500L), stored.costEuros());
    assertEquals(Optional.of(BudgetSource.EXISTING), stored.budget());
    assertEquals("Stadswerk072", stored.budgetUnit());
    assertEquals("ambtenaar1", stored.reviewer());
    assertEquals(VoteFixtures.VOTING, stored.reviewedAt());
    WijkProgress progress =
        feasibility.progress().stream()
            .filter(row -> row.wijk().equals("oudorp"))
            .findFirst()
            .orElseThrow();
    assertEquals(new WijkProgress("oudorp", "Oudorp", 3, 1, 0, 1), progress);
    assertEquals(1, progress.open());
    WijkProgress centrum =
        feasibility.progress().stream()
            .filter(row -> row.wijk().equals("centrum"))
            .findFirst()
            .orElseThrow();
    assertEquals(1, centrum.open(), "another wijk's points are its own");
  }

  @Test
  void aWijksPointsComeMostVotesFirst() {
    List<ReviewItem> items = feasibility.wijk("oudorp");

    assertEquals(
        List.of(oudorp.get(2), oudorp.get(1), oudorp.get(0)),
        items.stream().map(item -> item.idea().id()).toList());
    assertEquals(List.of(2, 1, 0), items.stream().map(ReviewItem::votes).toList());
    assertTrue(items.stream().allMatch(item -> item.review().isEmpty()));
  }

  @Test
  void aSecondVerdictReplacesTheFirst() {
    feasibility.review(oudorp.get(1), new ReviewForm("niet-haalbaar", WHY, "", "", "", ""), "a");
    feasibility.review(
        oudorp.get(1),
        new ReviewForm("voorwaarden", WHY, "4000", "kadernota", "", "Wijkteam"),
        "b");

    Review stored = feasibility.point(oudorp.get(1)).review().orElseThrow();
    assertEquals(Verdict.CONDITIONAL, stored.verdict());
    assertEquals("b", stored.reviewer());
    assertEquals(1, feasibility.progress().stream().mapToInt(WijkProgress::reviewed).sum());
  }

  @Test
  void aRefusedFormOrAPointThatIsNotPublishedStoresNothing() {
    assertThrows(
        InvalidInputException.class,
        () ->
            feasibility.review(
                oudorp.get(0), new ReviewForm("haalbaar", WHY, "-5", "", "", ""), "a"));
    long version =
        runtime.ideas().forModeration("alkmaar-2024", oudorp.get(1)).orElseThrow().version();
    runtime.moderation().act(oudorp.get(1), version, ModerationAction.WITHDRAW, "moderator1");
    assertThrows(
        IdeaNotFoundException.class,
        () ->
            feasibility.review(
                oudorp.get(1), new ReviewForm("niet-haalbaar", WHY, "", "", "", ""), "a"));
    assertThrows(
        IdeaNotFoundException.class,
        () ->
            feasibility.review(
                "../../private", new ReviewForm("niet-haalbaar", WHY, "", "", "", ""), "a"));

    assertEquals(0, feasibility.progress().stream().mapToInt(WijkProgress::reviewed).sum());
  }
}
