package nl.alkmaar.wijkaanzet.idea;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every status against every action: the legal ones lead where the table says, the rest fail. */
class IdeaLifecycleTest {

  private static final Map<String, IdeaStatus> LEGAL =
      Map.ofEntries(
          Map.entry("INGEDIEND/PUBLISH", IdeaStatus.GEPUBLICEERD),
          Map.entry("INGEDIEND/REJECT", IdeaStatus.AFGEWEZEN),
          Map.entry("INGEDIEND/FORWARD", IdeaStatus.DOORGESTUURD),
          Map.entry("INGEDIEND/MERGE", IdeaStatus.SAMENGEVOEGD),
          Map.entry("INGEDIEND/EDIT", IdeaStatus.INGEDIEND),
          Map.entry("GEPUBLICEERD/MERGE", IdeaStatus.SAMENGEVOEGD),
          Map.entry("GEPUBLICEERD/EDIT", IdeaStatus.GEPUBLICEERD),
          Map.entry("GEPUBLICEERD/WITHDRAW", IdeaStatus.TERUGGETROKKEN),
          Map.entry("SAMENGEVOEGD/UNDO_MERGE", IdeaStatus.GEPUBLICEERD));

  @Test
  void everyCombinationIsEitherInTheTableOrRefused() {
    int legal = 0;
    for (IdeaStatus from : IdeaStatus.values()) {
      for (ModerationAction action : ModerationAction.values()) {
        IdeaStatus expected = LEGAL.get(from + "/" + action);
        Optional<IdeaStatus> beforeMerge = Optional.of(IdeaStatus.GEPUBLICEERD);
        if (expected != null) {
          legal++;
          assertEquals(
              expected, IdeaLifecycle.next(from, action, beforeMerge), from + " " + action);
          assertTrue(IdeaLifecycle.allows(from, action));
        } else {
          IllegalTransitionException refused =
              assertThrows(
                  IllegalTransitionException.class,
                  () -> IdeaLifecycle.next(from, action, beforeMerge),
                  from + " " + action);
          String expectedStart =
              action == ModerationAction.UNDO_MERGE
                  ? "Een punt met de status "
                  : "U kunt een punt met de status ";
          assertTrue(refused.getMessage().startsWith(expectedStart), refused.getMessage());
          assertTrue(
              refused.getMessage().contains(IdeaLifecycle.label(from)), refused.getMessage());
          assertFalse(IdeaLifecycle.allows(from, action));
        }
      }
    }
    assertEquals(LEGAL.size(), legal);
  }

  @ParameterizedTest
  @CsvSource({
    "AFGEWEZEN, PUBLISH, U kunt een punt met de status 'afgewezen' niet publiceren.",
    "GEPUBLICEERD, PUBLISH, U kunt een punt met de status 'gepubliceerd' niet publiceren.",
    "DOORGESTUURD, MERGE, U kunt een punt met de status 'doorgestuurd' niet samenvoegen.",
    "INGEDIEND, WITHDRAW, U kunt een punt met de status 'ingediend' niet terugtrekken."
  })
  void refusalsSayWhatAndWhyInDutch(IdeaStatus from, ModerationAction action, String message) {
    assertEquals(
        message,
        assertThrows(
                IllegalTransitionException.class,
                () -> IdeaLifecycle.next(from, action, Optional.empty()))
            .getMessage());
  }

  @Test
  void undoingAMergeRestoresTheStatusFromBefore() {
    assertEquals(
        IdeaStatus.INGEDIEND,
        IdeaLifecycle.next(
            IdeaStatus.SAMENGEVOEGD,
            ModerationAction.UNDO_MERGE,
            Optional.of(IdeaStatus.INGEDIEND)));
    assertThrows(
        IllegalTransitionException.class,
        () ->
            IdeaLifecycle.next(
                IdeaStatus.SAMENGEVOEGD, ModerationAction.UNDO_MERGE, Optional.empty()));
  }
}
