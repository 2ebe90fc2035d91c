package nl.alkmaar.wijkaanzet.export;

import java.util.List;

/**
 * The campaign at a glance for editors: points received per wijk and per channel, ballots per wijk
 * (with turnout) and per way of voting. Every figure is a single count; none points at a person.
 */
public record Statistics(
    int points,
    List<Bar> pointsPerWijk,
    List<Bar> pointsPerChannel,
    int ballots,
    List<Bar> ballotsPerWijk,
    List<Bar> ballotsPerWay) {

  public Statistics {
    pointsPerWijk = List.copyOf(pointsPerWijk);
    pointsPerChannel = List.copyOf(pointsPerChannel);
    ballotsPerWijk = List.copyOf(ballotsPerWijk);
    ballotsPerWay = List.copyOf(ballotsPerWay);
  }

  /**
   * One bar of a chart: {@code percent} is its length against the longest bar of its chart; {@code
   * note} says more in words (a turnout), or is empty.
   */
  public record Bar(String label, int count, String note, int percent) {}

  /** Bars for these labels and counts, each measured against the largest. */
  static List<Bar> bars(List<String> labels, List<Integer> counts, List<String> notes) {
    int most = counts.stream().mapToInt(Integer::intValue).max().orElse(0);
    java.util.ArrayList<Bar> bars = new java.util.ArrayList<>();
    for (int i = 0; i < labels.size(); i++) {
      int count = counts.get(i);
      bars.add(
          new Bar(
              labels.get(i),
              count,
              notes.get(i),
              most == 0 ? 0 : Math.max(count == 0 ? 0 : 1, 100 * count / most)));
    }
    return bars;
  }
}
