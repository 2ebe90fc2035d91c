package nl.alkmaar.wijkaanzet.vote.api;

import java.util.Optional;
import nl.alkmaar.wijkaanzet.idea.PhaseClosedException;
import nl.alkmaar.wijkaanzet.validation.InvalidInputException;
import nl.alkmaar.wijkaanzet.vote.AlreadyVotedException;
import nl.alkmaar.wijkaanzet.vote.TooManyMistakesException;
import nl.alkmaar.wijkaanzet.vote.VotingBusyException;
import nl.alkmaar.wijkaanzet.web.Problem;
import nl.alkmaar.wijkaanzet.web.ProblemException;

/**
 * The one mapping from voting's typed refusals to HTTP, for the API and the ballot form. Anything
 * else is no refusal and travels on to be logged and answered with 500.
 */
final class VoteRefusal {

  private VoteRefusal() {}

  static Optional<ProblemException> of(RuntimeException e) {
    if (e instanceof InvalidInputException invalid) {
      return Optional.of(
          new ProblemException(
              new Problem(
                  "about:blank",
                  "Controleer uw keuze",
                  400,
                  "Niet alles is goed ingevuld.",
                  invalid.errors())));
    }
    if (e instanceof PhaseClosedException) {
      return Optional.of(
          new ProblemException(Problem.of(409, "Stemmen is gesloten", e.getMessage())));
    }
    if (e instanceof AlreadyVotedException) {
      return Optional.of(new ProblemException(Problem.of(409, "Al gestemd", e.getMessage())));
    }
    if (e instanceof TooManyMistakesException mistakes) {
      return Optional.of(
          new ProblemException(
              Problem.of(429, "Even wachten", e.getMessage()), mistakes.waitSeconds()));
    }
    if (e instanceof VotingBusyException) {
      return Optional.of(
          new ProblemException(
              Problem.of(503, "Even te druk", e.getMessage()),
              VotingBusyException.RETRY_AFTER_SECONDS));
    }
    return Optional.empty();
  }
}
