package nl.alkmaar.wijkaanzet.result;

import java.util.List;

/**
 * A wijk's ranking and what it still needs before it can be published: {@code tied} are the points
 * with equal votes at the edge of the top when there are more of them than seats ({@code
 * seatsForTied}); {@code tieDecided} says whether an editor picked that many of them; {@code
 * unreviewed} are the points without a verdict.
 */
public record WijkSelection(
    String wijk,
    List<RankedPoint> points,
    List<String> tied,
    int seatsForTied,
    boolean tieDecided,
    List<String> unreviewed) {

  public WijkSelection {
    points = List.copyOf(points);
    tied = List.copyOf(tied);
    unreviewed = List.copyOf(unreviewed);
  }

  public List<String> chosen() {
    return points.stream()
        .filter(point -> point.standing() == Standing.CHOSEN)
        .map(RankedPoint::ideaId)
        .toList();
  }

  /** Whether a tie at the edge of the top still waits for an editor's choice. */
  public boolean undecided() {
    return !tied.isEmpty() && !tieDecided;
  }
}
