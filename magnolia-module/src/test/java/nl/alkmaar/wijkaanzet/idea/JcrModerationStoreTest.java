package nl.alkmaar.wijkaanzet.idea;

import static nl.alkmaar.wijkaanzet.idea.IdeaFixtures.APRIL;
import static nl.alkmaar.wijkaanzet.idea.IdeaFixtures.JAN;
import static nl.alkmaar.wijkaanzet.idea.IdeaFixtures.entry;
import static nl.alkmaar.wijkaanzet.idea.IdeaFixtures.idea;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import nl.alkmaar.wijkaanzet.WijkAanZetRuntime;
import nl.alkmaar.wijkaanzet.campaign.CampaignFiles;
import nl.alkmaar.wijkaanzet.jcr.MemoryRepository;
import nl.alkmaar.wijkaanzet.validation.InvalidInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Moderation on a real Jackrabbit: versions against stale edits, merge and undo, the merge rules,
 * corrections. Fixtures as in {@link JcrIdeaStoreTest}.
 */
class JcrModerationStoreTest {

  @RegisterExtension final MemoryRepository memory = new MemoryRepository();
  private WijkAanZetRuntime runtime;

  @BeforeEach
  void storeCampaign() {
    runtime = memory.runtime(CampaignFiles.bundled(), Clock.fixed(APRIL, ZoneOffset.UTC));
  }

  @Test
  void moderationBumpsTheVersionAndRefusesAStaleOne() {
    create("waz-aaaa-0012", "centrum");
    var published =
        runtime
            .ideas()
            .moderate(
                "alkmaar-2024",
                "waz-aaaa-0012",
                0,
                ModerationDecision.of(ModerationAction.PUBLISH, entry("publiceren"), List.of()));

    assertEquals(1, published.version());
    assertThrows(
        StaleVersionException.class,
        () ->
            runtime
                .ideas()
                .moderate(
                    "alkmaar-2024",
                    "waz-aaaa-0012",
                    0,
                    ModerationDecision.of(ModerationAction.WITHDRAW, entry("oud"), List.of())));
    assertEquals(
        IdeaStatus.GEPUBLICEERD,
        runtime.ideas().find("alkmaar-2024", "waz-aaaa-0012").orElseThrow().status());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            runtime
                .ideas()
                .moderate(
                    "alkmaar-2024",
                    "waz-aaaa-0012",
                    1,
                    ModerationDecision.of(
                        ModerationAction.MERGE, entry("samenvoegen zonder doel"), List.of())),
        "a merge needs a target, so it has a method of its own");
  }

  @Test
  void aMergeKeepsEverythingAndAnUndoGivesItBack() {
    create("waz-aaaa-0020", "centrum");
    create("waz-aaaa-0021", "centrum");
    create("waz-aaaa-0022", "centrum");
    publish("waz-aaaa-0020");
    publish("waz-aaaa-0021");

    ModeratedIdea target =
        runtime
            .ideas()
            .merge(
                "alkmaar-2024",
                new Merge(
                    new IdeaVersion("waz-aaaa-0020", 1),
                    List.of(
                        new IdeaVersion("waz-aaaa-0021", 1), new IdeaVersion("waz-aaaa-0022", 0)),
                    APRIL,
                    "moderator",
                    List.of()));

    assertEquals(List.of("waz-aaaa-0021", "waz-aaaa-0022"), target.mergedFrom());
    assertEquals(2, target.version());
    assertEquals("Meer bankjes <b>nu</b>", target.idea().title(), "the target keeps its text");
    ModeratedIdea source =
        runtime.ideas().forModeration("alkmaar-2024", "waz-aaaa-0021").orElseThrow();
    assertEquals(IdeaStatus.SAMENGEVOEGD, source.idea().status());
    assertEquals("waz-aaaa-0020", source.mergedInto());
    assertEquals(JAN, runtime.ideas().submitter("alkmaar-2024", "waz-aaaa-0021").orElseThrow());
    assertEquals(
        List.of("waz-aaaa-0020"),
        runtime.ideas().published("alkmaar-2024", "centrum").stream().map(Idea::id).toList(),
        "only the target is public");

    ModeratedIdea undone =
        runtime
            .ideas()
            .undoMerge(
                "alkmaar-2024",
                "waz-aaaa-0021",
                2,
                new UndoMerge(entry("samenvoegen ongedaan maken")));

    assertEquals(IdeaStatus.GEPUBLICEERD, undone.idea().status(), "back to its status before");
    assertEquals(null, undone.mergedInto());
    ModeratedIdea after =
        runtime.ideas().forModeration("alkmaar-2024", "waz-aaaa-0020").orElseThrow();
    assertEquals(List.of("waz-aaaa-0022"), after.mergedFrom());
    assertEquals(3, after.version());
    ModeratedIdea second =
        runtime
            .ideas()
            .undoMerge("alkmaar-2024", "waz-aaaa-0022", 1, new UndoMerge(entry("ook terug")));
    assertEquals(IdeaStatus.INGEDIEND, second.idea().status());
    assertEquals(
        List.of(),
        runtime.ideas().forModeration("alkmaar-2024", "waz-aaaa-0020").orElseThrow().mergedFrom());
    assertTrue(
        runtime.ideas().history("alkmaar-2024", "waz-aaaa-0020").stream()
            .anyMatch(e -> "WAZ-AAAA-0021 is weer een los punt".equals(e.detail())),
        "the target's history tells the undo");
  }

  @Test
  void aPointThatCarriesOthersIsNotRejectedOrWithdrawnAlone() {
    create("waz-aaaa-0060", "centrum");
    create("waz-aaaa-0061", "centrum");
    publish("waz-aaaa-0060");
    merge("waz-aaaa-0060", 1, "waz-aaaa-0061", 0);

    IllegalTransitionException refused =
        assertThrows(
            IllegalTransitionException.class,
            () ->
                runtime
                    .ideas()
                    .moderate(
                        "alkmaar-2024",
                        "waz-aaaa-0060",
                        2,
                        ModerationDecision.of(
                            ModerationAction.WITHDRAW, entry("terugtrekken"), List.of())));

    assertTrue(refused.getMessage().contains("WAZ-AAAA-0061"), refused.getMessage());
    assertEquals(
        IdeaStatus.GEPUBLICEERD,
        runtime.ideas().find("alkmaar-2024", "waz-aaaa-0060").orElseThrow().status());
  }

  @Test
  void aPublishedPointDoesNotDisappearIntoAHiddenOneNorIntoAChain() {
    create("waz-aaaa-0070", "centrum");
    create("waz-aaaa-0071", "centrum");
    create("waz-aaaa-0072", "centrum");
    publish("waz-aaaa-0071");

    InvalidInputException hidden =
        assertThrows(
            InvalidInputException.class, () -> merge("waz-aaaa-0070", 0, "waz-aaaa-0071", 1));
    assertTrue(hidden.errors().get(0).message().contains("Publiceer eerst WAZ-AAAA-0070"));

    merge("waz-aaaa-0071", 1, "waz-aaaa-0072", 0);
    create("waz-aaaa-0073", "centrum");
    publish("waz-aaaa-0073");
    InvalidInputException chain =
        assertThrows(
            InvalidInputException.class, () -> merge("waz-aaaa-0073", 1, "waz-aaaa-0071", 2));
    assertTrue(
        chain.errors().get(0).message().contains("zijn al andere punten samengevoegd"),
        chain.errors().toString());
  }

  @Test
  void aMergeIntoItselfOrAnotherWijkChangesNothing() {
    create("waz-aaaa-0030", "centrum");
    create("waz-aaaa-0031", "oudorp");

    InvalidInputException self =
        assertThrows(
            InvalidInputException.class, () -> merge("waz-aaaa-0030", 0, "waz-aaaa-0030", 0));
    assertTrue(
        self.errors().get(0).message().contains("niet met zichzelf"), self.errors().toString());
    InvalidInputException otherWijk =
        assertThrows(
            InvalidInputException.class, () -> merge("waz-aaaa-0030", 0, "waz-aaaa-0031", 0));
    assertTrue(otherWijk.errors().get(0).message().contains("andere wijk"));
    assertThrows(StaleVersionException.class, () -> merge("waz-aaaa-0030", 5, "waz-aaaa-0031", 0));

    assertEquals(
        0, runtime.ideas().forModeration("alkmaar-2024", "waz-aaaa-0030").orElseThrow().version());
    assertEquals(
        IdeaStatus.INGEDIEND,
        runtime.ideas().find("alkmaar-2024", "waz-aaaa-0031").orElseThrow().status());
  }

  @Test
  void aCorrectionKeepsTheOldTextInTheHistory() {
    create("waz-aaaa-0040", "centrum");

    ModeratedIdea corrected =
        runtime
            .ideas()
            .correct(
                "alkmaar-2024",
                "waz-aaaa-0040",
                0,
                new Correction(
                    new IdeaText(
                        "Stoeptegels recht",
                        "De stoeptegels liggen scheef bij de school.",
                        null,
                        "verkeer"),
                    entry("verbeteren").at(),
                    "mod"));

    assertEquals("Stoeptegels recht", corrected.idea().title());
    assertEquals(null, corrected.idea().location());
    assertEquals(1, corrected.version());
    assertEquals(IdeaStatus.INGEDIEND, corrected.idea().status());
    AuditEntry last =
        runtime.ideas().history("alkmaar-2024", "waz-aaaa-0040").stream()
            .reduce((first, second) -> second)
            .orElseThrow();
    assertEquals("mod", last.actor());
    assertTrue(last.detail().startsWith("was: "), last.detail());
  }

  private void publish(String id) {
    runtime
        .ideas()
        .moderate(
            "alkmaar-2024",
            id,
            0,
            ModerationDecision.of(ModerationAction.PUBLISH, entry("publiceren"), List.of()));
  }

  private void create(String id, String wijk) {
    runtime
        .ideas()
        .create(idea(id, wijk, APRIL), JAN, entry("ingediend"), Optional.empty(), Optional.empty());
  }

  private ModeratedIdea merge(
      String target, long targetVersion, String source, long sourceVersion) {
    return runtime
        .ideas()
        .merge(
            "alkmaar-2024",
            new Merge(
                new IdeaVersion(target, targetVersion),
                List.of(new IdeaVersion(source, sourceVersion)),
                APRIL,
                "moderator",
                List.of()));
  }
}
