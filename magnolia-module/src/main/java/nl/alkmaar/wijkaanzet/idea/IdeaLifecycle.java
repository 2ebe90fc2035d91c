package nl.alkmaar.wijkaanzet.idea;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The moderation workflow as a table: which action leads from which status to which. Everything not
 * in the table is refused with a sentence a moderator understands.
 *
 * <pre>
 * INGEDIEND    → publiceren → GEPUBLICEERD, afwijzen → AFGEWEZEN, doorsturen → DOORGESTUURD,
 *                samenvoegen → SAMENGEVOEGD, verbeteren → INGEDIEND
 * GEPUBLICEERD → samenvoegen → SAMENGEVOEGD, verbeteren → GEPUBLICEERD,
 *                terugtrekken → TERUGGETROKKEN
 * SAMENGEVOEGD → samenvoegen ongedaan maken → the status it had before the merge
 * </pre>
 *
 * AFGEWEZEN, DOORGESTUURD and TERUGGETROKKEN are final: the submitter was told, so a change of mind
 * is a new point, not a silent reversal.
 */
public final class IdeaLifecycle {

  private static final Map<IdeaStatus, Map<ModerationAction, IdeaStatus>> NEXT =
      new EnumMap<>(IdeaStatus.class);

  static {
    Map<ModerationAction, IdeaStatus> submitted = new EnumMap<>(ModerationAction.class);
    submitted.put(ModerationAction.PUBLISH, IdeaStatus.GEPUBLICEERD);
    submitted.put(ModerationAction.REJECT, IdeaStatus.AFGEWEZEN);
    submitted.put(ModerationAction.FORWARD, IdeaStatus.DOORGESTUURD);
    submitted.put(ModerationAction.MERGE, IdeaStatus.SAMENGEVOEGD);
    submitted.put(ModerationAction.EDIT, IdeaStatus.INGEDIEND);
    NEXT.put(IdeaStatus.INGEDIEND, submitted);

    Map<ModerationAction, IdeaStatus> published = new EnumMap<>(ModerationAction.class);
    published.put(ModerationAction.MERGE, IdeaStatus.SAMENGEVOEGD);
    published.put(ModerationAction.EDIT, IdeaStatus.GEPUBLICEERD);
    published.put(ModerationAction.WITHDRAW, IdeaStatus.TERUGGETROKKEN);
    NEXT.put(IdeaStatus.GEPUBLICEERD, published);
  }

  private IdeaLifecycle() {}

  /**
   * The status after {@code action}. Undoing a merge needs the status from before the merge ({@code
   * beforeMerge}), which the point's history keeps.
   */
  public static IdeaStatus next(
      IdeaStatus from, ModerationAction action, Optional<IdeaStatus> beforeMerge) {
    if (from == IdeaStatus.SAMENGEVOEGD && action == ModerationAction.UNDO_MERGE) {
      return beforeMerge.orElseThrow(
          () ->
              new IllegalTransitionException(
                  "Van dit punt weten we niet hoe het vóór het samenvoegen was."));
    }
    IdeaStatus next = NEXT.getOrDefault(from, Map.of()).get(action);
    if (next == null) {
      throw new IllegalTransitionException(refusal(from, action));
    }
    return next;
  }

  public static boolean allows(IdeaStatus from, ModerationAction action) {
    return (from == IdeaStatus.SAMENGEVOEGD && action == ModerationAction.UNDO_MERGE)
        || NEXT.getOrDefault(from, Map.of()).containsKey(action);
  }

  private static String refusal(IdeaStatus from, ModerationAction action) {
    if (action == ModerationAction.UNDO_MERGE) {
      return "Een punt met de status "
          + label(from)
          + " is niet samengevoegd. Er is niets om"
          + " ongedaan te maken.";
    }
    return "U kunt een punt met de status " + label(from) + " niet " + action.dutch() + ".";
  }

  /** The status in words, lower case, for messages. */
  public static String label(IdeaStatus status) {
    return switch (status) {
      case INGEDIEND -> "'ingediend'";
      case GEPUBLICEERD -> "'gepubliceerd'";
      case SAMENGEVOEGD -> "'samengevoegd'";
      case DOORGESTUURD -> "'doorgestuurd'";
      case AFGEWEZEN -> "'afgewezen'";
      case TERUGGETROKKEN -> "'teruggetrokken'";
    };
  }
}
