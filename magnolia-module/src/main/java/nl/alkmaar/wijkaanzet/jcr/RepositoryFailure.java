package nl.alkmaar.wijkaanzet.jcr;

/** A repository problem that callers cannot repair; answered as 503 on the web. */
public class RepositoryFailure extends RuntimeException {

  public RepositoryFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
