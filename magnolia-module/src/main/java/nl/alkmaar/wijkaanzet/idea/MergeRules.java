package nl.alkmaar.wijkaanzet.idea;

import java.util.List;
import nl.alkmaar.wijkaanzet.validation.FieldError;
import nl.alkmaar.wijkaanzet.validation.InvalidInputException;

/**
 * What a merge must satisfy before anything changes: a target that can carry other points, and
 * sources that are other points of the same wijk. Status rules per source are {@link
 * IdeaLifecycle}'s.
 */
public final class MergeRules {

  private MergeRules() {}

  public static void check(Idea target, List<Idea> sources) {
    if (sources.isEmpty()) {
      throw invalid("Kies minstens één punt om samen te voegen.");
    }
    if (target.status() != IdeaStatus.INGEDIEND && target.status() != IdeaStatus.GEPUBLICEERD) {
      throw new IllegalTransitionException(
          "U kunt niet samenvoegen met "
              + target.reference()
              + ", want dat punt heeft de status "
              + IdeaLifecycle.label(target.status())
              + ". Kies een ingediend of gepubliceerd punt.");
    }
    for (Idea source : sources) {
      if (source.id().equals(target.id())) {
        throw invalid(
            "U kunt een punt niet met zichzelf samenvoegen. Kies een ander punt ("
                + target.reference()
                + ").");
      }
      if (!source.wijk().equals(target.wijk())) {
        throw invalid(
            source.reference()
                + " hoort bij een andere wijk dan "
                + target.reference()
                + ". U kunt alleen punten uit dezelfde wijk samenvoegen.");
      }
    }
  }

  private static InvalidInputException invalid(String message) {
    return new InvalidInputException(List.of(new FieldError("target", message)));
  }
}
