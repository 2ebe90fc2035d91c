package nl.alkmaar.wijkaanzet.web;

import java.util.OptionalLong;

/** Ends a request with this problem+json answer; thrown where the problem is found. */
public class ProblemException extends RuntimeException {

  private final transient Problem problem;
  private final OptionalLong retryAfterSeconds;

  public ProblemException(Problem problem) {
    this(problem, OptionalLong.empty());
  }

  /** A problem that passes: the answer says when to try again ({@code Retry-After}). */
  public ProblemException(Problem problem, long retryAfterSeconds) {
    this(problem, OptionalLong.of(retryAfterSeconds));
  }

  private ProblemException(Problem problem, OptionalLong retryAfterSeconds) {
    super(problem.title());
    this.problem = problem;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  public Problem problem() {
    return problem;
  }

  public OptionalLong retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
