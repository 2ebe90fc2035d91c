package nl.alkmaar.wijkaanzet.vote;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.alkmaar.wijkaanzet.campaign.Campaign;
import nl.alkmaar.wijkaanzet.idea.Idea;
import nl.alkmaar.wijkaanzet.validation.FieldError;
import nl.alkmaar.wijkaanzet.validation.InvalidInputException;

/**
 * What a ballot must satisfy: a wijk of the campaign, and one to {@code choicesPerBallot} different
 * points that are published in that wijk now (not withdrawn, not merged into another, not of
 * another wijk).
 */
public final class BallotRules {

  private BallotRules() {}

  /**
   * The chosen ids in order, without repeats.
   *
   * @param published the wijk's published points by id
   * @throws InvalidInputException naming the field at fault
   */
  public static List<String> check(
      Campaign campaign, String wijk, List<String> chosen, Map<String, Idea> published) {
    if (wijk == null || campaign.wijk(wijk).isEmpty()) {
      throw invalid("wijk", "Kies uw wijk.");
    }
    Set<String> distinct = new LinkedHashSet<>();
    for (String id : chosen == null ? List.<String>of() : chosen) {
      if (id != null && !id.isBlank()) {
        distinct.add(id.strip());
      }
    }
    int most = campaign.rules().choicesPerBallot();
    if (distinct.isEmpty()) {
      throw invalid("points", "Kies minstens één punt om op te stemmen.");
    }
    if (distinct.size() > most) {
      throw invalid(
          "points",
          "U koos "
              + distinct.size()
              + " punten. U kunt op hoogstens "
              + most
              + " punten stemmen. Haal er "
              + (distinct.size() - most)
              + " weg.");
    }
    List<String> unknown = new ArrayList<>();
    for (String id : distinct) {
      if (!published.containsKey(id)) {
        unknown.add(id);
      }
    }
    if (!unknown.isEmpty()) {
      throw invalid(
          "points",
          unknown.size() == 1
              ? "Op één van de gekozen punten kunt u niet stemmen: het hoort niet bij deze wijk of"
                  + " staat niet (meer) op de website. Kies een ander punt."
              : "Op "
                  + unknown.size()
                  + " van de gekozen punten kunt u niet stemmen: ze horen niet bij deze wijk of"
                  + " staan niet (meer) op de website. Kies andere punten.");
    }
    return List.copyOf(distinct);
  }

  static InvalidInputException invalid(String field, String message) {
    return new InvalidInputException(List.of(new FieldError(field, message)));
  }
}
