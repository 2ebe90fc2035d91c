package nl.alkmaar.wijkaanzet.idea;

import java.util.List;
import java.util.Locale;
import nl.alkmaar.wijkaanzet.validation.FieldError;
import nl.alkmaar.wijkaanzet.validation.InvalidInputException;

/**
 * What a merge must satisfy before anything changes, and what a point that others were merged into
 * may no longer do. Status rules per point are {@link IdeaLifecycle}'s.
 */
public final class MergeRules {

  private MergeRules() {}

  public static void check(ModeratedIdea target, List<ModeratedIdea> sources) {
    Idea into = target.idea();
    if (sources.isEmpty()) {
      throw invalid("Kies minstens één punt om samen te voegen.");
    }
    if (into.status() != IdeaStatus.INGEDIEND && into.status() != IdeaStatus.GEPUBLICEERD) {
      throw new IllegalTransitionException(
          "U kunt niet samenvoegen met "
              + into.reference()
              + ", want dat punt heeft de status "
              + IdeaLifecycle.label(into.status())
              + ". Kies een ingediend of gepubliceerd punt.");
    }
    for (ModeratedIdea moderated : sources) {
      Idea source = moderated.idea();
      if (source.id().equals(into.id())) {
        throw invalid(
            "U kunt een punt niet met zichzelf samenvoegen. Kies een ander punt ("
                + into.reference()
                + ").");
      }
      if (!source.wijk().equals(into.wijk())) {
        throw invalid(
            source.reference()
                + " hoort bij een andere wijk dan "
                + into.reference()
                + ". U kunt alleen punten uit dezelfde wijk samenvoegen.");
      }
      if (source.status().isPublic() && !into.status().isPublic()) {
        // Residents can see the source; it must not vanish into a point they cannot see.
        throw invalid(
            source.reference()
                + " staat al op de website, "
                + into.reference()
                + " nog niet. Publiceer eerst "
                + into.reference()
                + ", of voeg andersom samen.");
      }
      if (!moderated.mergedFrom().isEmpty()) {
        throw invalid(
            "In "
                + source.reference()
                + " zijn al andere punten samengevoegd. Voeg de punten samen met "
                + source.reference()
                + ", of maak eerst het samenvoegen met "
                + references(moderated.mergedFrom())
                + " ongedaan.");
      }
    }
  }

  /**
   * A point that speaks for merged points is not rejected, forwarded or withdrawn on its own: their
   * submitters were told it carries their idea.
   */
  public static void checkCarriesNoOthers(ModeratedIdea point, ModerationAction action) {
    boolean ends =
        action == ModerationAction.REJECT
            || action == ModerationAction.FORWARD
            || action == ModerationAction.WITHDRAW;
    if (ends && !point.mergedFrom().isEmpty()) {
      throw new IllegalTransitionException(
          "In dit punt zijn "
              + references(point.mergedFrom())
              + " samengevoegd. Maak dat eerst ongedaan, dan kunt u dit punt "
              + action.dutch()
              + ".");
    }
  }

  private static String references(List<String> ids) {
    return String.join(", ", ids.stream().map(id -> id.toUpperCase(Locale.ROOT)).toList());
  }

  private static InvalidInputException invalid(String message) {
    return new InvalidInputException(List.of(new FieldError("target", message)));
  }
}
