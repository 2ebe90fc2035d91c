package nl.alkmaar.wijkaanzet.result;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The results as the editor published them: a snapshot, so that what residents read does not change
 * when a verdict or a title changes afterwards. Only public facts: no reviewer, no editor. {@code
 * tieBreaks}: per wijk the tied points the editor chose (kept for the record and shown again on the
 * results screen).
 */
public record PublishedResults(
    String campaignId,
    Instant publishedAt,
    List<Wijk> wijken,
    Map<String, List<String>> tieBreaks) {

  public PublishedResults {
    wijken = List.copyOf(wijken);
    tieBreaks = tieBreaks == null ? Map.of() : Map.copyOf(tieBreaks);
  }

  public Optional<Wijk> wijk(String id) {
    return wijken.stream().filter(wijk -> wijk.id().equals(id)).findFirst();
  }

  /**
   * One wijk: its ballots, its residents (the campaign's CBS figure, null when unknown) and every
   * published point in ranking order.
   */
  public record Wijk(String id, String name, int ballots, Integer residents, List<Point> points) {

    public Wijk {
      points = List.copyOf(points);
    }

    /** Ballots per 100 residents, one decimal; null without a residents figure. */
    public Double turnoutPercent() {
      if (residents == null || residents <= 0) {
        return null;
      }
      return Math.round(ballots * 1000.0 / residents) / 10.0;
    }

    public List<Point> chosen() {
      return points.stream().filter(point -> point.standing() == Standing.CHOSEN).toList();
    }
  }

  /**
   * One point: {@code verdict} is a {@link nl.alkmaar.wijkaanzet.review.Verdict} id, or null when
   * it had none; {@code motivation} the reviewer's explanation for residents ("" without one).
   */
  public record Point(
      String id,
      String reference,
      String title,
      String category,
      int votes,
      int rank,
      Standing standing,
      String verdict,
      String motivation) {}
}
