package nl.alkmaar.wijkaanzet.review;

/** The results are published: the verdicts they rest on no longer change. Nothing was stored. */
public class ReviewClosedException extends RuntimeException {

  public ReviewClosedException() {
    super(
        "De uitslag is al gepubliceerd. Het oordeel over de haalbaarheid kan daarna niet meer"
            + " veranderen.");
  }
}
