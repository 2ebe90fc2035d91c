package nl.alkmaar.wijkaanzet.idea;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.alkmaar.wijkaanzet.validation.InvalidInputException;
import org.junit.jupiter.api.Test;

/**
 * The decisions of merging, undoing a merge and correcting, as plain code on points as the store
 * would hand them over (the store's writing is tested on Jackrabbit in JcrModerationStoreTest).
 */
class MergeDecisionsTest {

  private static final Instant NOW = Instant.parse("2024-04-12T09:30:00Z");

  @Test
  void aMergeMarksEachSourceAndListsItOnTheTarget() {
    ModeratedIdea target =
        point("waz-aaaa-0001", IdeaStatus.GEPUBLICEERD, List.of("waz-aaaa-0009"));
    ModeratedIdea published = point("waz-aaaa-0002", IdeaStatus.GEPUBLICEERD, List.of());
    ModeratedIdea submitted = point("waz-aaaa-0003", IdeaStatus.INGEDIEND, List.of());

    Merge.Change change =
        merge(target, published, submitted).decide(target, List.of(published, submitted));

    assertEquals(
        List.of("waz-aaaa-0009", "waz-aaaa-0002", "waz-aaaa-0003"),
        change.targetMergedFrom(),
        "earlier sources stay, new ones follow in order");
    assertEquals(2, change.sources().size());
    Merge.MergedSource first = change.sources().get(0);
    assertEquals(IdeaStatus.SAMENGEVOEGD, first.status());
    assertEquals(IdeaStatus.GEPUBLICEERD, first.before(), "remembered for an undo");
    assertEquals(IdeaStatus.INGEDIEND, change.sources().get(1).before());
    assertEquals("samengevoegd met WAZ-AAAA-0001", first.entry().detail());
    assertEquals("mod", first.entry().actor());
    assertEquals(NOW, first.entry().at());
    assertEquals("WAZ-AAAA-0002, WAZ-AAAA-0003 samengevoegd in dit punt", change.entry().detail());
  }

  @Test
  void aMergeTheRulesRefuseDecidesNothing() {
    ModeratedIdea target = point("waz-aaaa-0001", IdeaStatus.INGEDIEND, List.of());
    ModeratedIdea published = point("waz-aaaa-0002", IdeaStatus.GEPUBLICEERD, List.of());

    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> merge(target, published).decide(target, List.of(published)));
    assertTrue(refused.errors().get(0).message().contains("Publiceer eerst"));
  }

  @Test
  void undoingGivesTheStatusBackAndReleasesTheTarget() {
    ModeratedIdea target =
        point("waz-aaaa-0001", IdeaStatus.GEPUBLICEERD, List.of("waz-aaaa-0002", "waz-aaaa-0003"));
    ModeratedIdea merged = point("waz-aaaa-0002", IdeaStatus.SAMENGEVOEGD, List.of());
    AuditEntry entry = new AuditEntry(NOW, "mod", ModerationAction.UNDO_MERGE.dutch(), null);

    UndoMerge.Change change =
        new UndoMerge(entry)
            .decide(
                new ModerationDecision.Current(merged, Optional.of(IdeaStatus.GEPUBLICEERD)),
                Optional.of(target));

    assertEquals(IdeaStatus.GEPUBLICEERD, change.status());
    assertEquals(entry, change.entry());
    UndoMerge.Release release = change.release().orElseThrow();
    assertEquals("waz-aaaa-0001", release.targetId());
    assertEquals(List.of("waz-aaaa-0003"), release.mergedFrom());
    assertEquals("WAZ-AAAA-0002 is weer een los punt", release.entry().detail());
  }

  @Test
  void onlyAMergedPointCanBeUndone() {
    ModeratedIdea published = point("waz-aaaa-0002", IdeaStatus.GEPUBLICEERD, List.of());
    UndoMerge undo = new UndoMerge(new AuditEntry(NOW, "mod", "x", null));

    assertThrows(
        IllegalTransitionException.class,
        () ->
            undo.decide(
                new ModerationDecision.Current(published, Optional.empty()), Optional.empty()));
  }

  @Test
  void aCorrectionKeepsTheStoredTextAndIsRefusedOnceRejected() {
    Correction correction =
        new Correction(new IdeaText("Nieuw", "Nieuwe tekst.", null, "groen"), NOW, "mod");

    AuditEntry entry =
        correction.decide(point("waz-aaaa-0001", IdeaStatus.GEPUBLICEERD, List.of()));
    assertEquals(
        "was: "
            + IdeaText.of(point("waz-aaaa-0001", IdeaStatus.GEPUBLICEERD, List.of()).idea())
                .describe(),
        entry.detail());
    assertEquals(ModerationAction.EDIT.dutch(), entry.action());

    assertThrows(
        IllegalTransitionException.class,
        () -> correction.decide(point("waz-aaaa-0001", IdeaStatus.AFGEWEZEN, List.of())));
  }

  private static Merge merge(ModeratedIdea target, ModeratedIdea... sources) {
    return new Merge(
        new IdeaVersion(target.idea().id(), target.version()),
        List.of(sources).stream()
            .map(source -> new IdeaVersion(source.idea().id(), source.version()))
            .toList(),
        NOW,
        "mod",
        List.of());
  }

  private static ModeratedIdea point(String id, IdeaStatus status, List<String> mergedFrom) {
    Idea idea = IdeaFixtures.idea(id, "oudorp", NOW.minusSeconds(60)).withStatus(status);
    return new ModeratedIdea(idea, 3, null, mergedFrom);
  }
}
