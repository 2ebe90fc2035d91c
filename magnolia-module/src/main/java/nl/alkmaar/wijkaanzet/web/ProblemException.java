package nl.alkmaar.wijkaanzet.web;

/** Ends a request with this problem+json answer; thrown where the problem is found. */
public class ProblemException extends RuntimeException {

  private final transient Problem problem;

  public ProblemException(Problem problem) {
    super(problem.title());
    this.problem = problem;
  }

  public Problem problem() {
    return problem;
  }
}
