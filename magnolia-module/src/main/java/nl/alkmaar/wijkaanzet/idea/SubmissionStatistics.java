package nl.alkmaar.wijkaanzet.idea;

import java.util.Map;

/**
 * How many points came in, whatever became of them: per wijk, per channel (online, the red van, the
 * library, …) and per age group. Only single counts, never combinations, so no count points at a
 * person.
 */
public record SubmissionStatistics(
    int total,
    Map<String, Integer> byWijk,
    Map<String, Integer> byChannel,
    Map<String, Integer> byAgeGroup) {

  public SubmissionStatistics {
    byWijk = Map.copyOf(byWijk);
    byChannel = Map.copyOf(byChannel);
    byAgeGroup = Map.copyOf(byAgeGroup);
  }
}
