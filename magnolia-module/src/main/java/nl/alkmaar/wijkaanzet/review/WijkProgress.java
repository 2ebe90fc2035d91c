package nl.alkmaar.wijkaanzet.review;

/** How far the review of one wijk's published points is. */
public record WijkProgress(
    String wijk, String name, int points, int feasible, int conditional, int notFeasible) {

  public int reviewed() {
    return feasible + conditional + notFeasible;
  }

  public int open() {
    return points - reviewed();
  }
}
