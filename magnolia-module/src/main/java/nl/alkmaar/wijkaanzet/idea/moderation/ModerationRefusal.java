package nl.alkmaar.wijkaanzet.idea.moderation;

import java.util.List;
import java.util.Optional;
import nl.alkmaar.wijkaanzet.forward.ForwardingNotConfiguredException;
import nl.alkmaar.wijkaanzet.idea.IdeaNotFoundException;
import nl.alkmaar.wijkaanzet.idea.IllegalTransitionException;
import nl.alkmaar.wijkaanzet.idea.StaleVersionException;
import nl.alkmaar.wijkaanzet.validation.FieldError;
import nl.alkmaar.wijkaanzet.validation.InvalidInputException;
import nl.alkmaar.wijkaanzet.web.Problem;
import nl.alkmaar.wijkaanzet.web.ProblemException;

/**
 * Why a moderation action was refused, the one mapping from the typed refusals of the moderation
 * feature to an HTTP status and Dutch words, shared by the JSON API and the screens. Anything that
 * is not a refusal (a broken mail text, a bug) is no refusal: the caller lets it through to be
 * logged and answered with 500, never disguised as "not found".
 *
 * @param errors the field errors of invalid input; empty for the other refusals
 */
record ModerationRefusal(int status, String title, String message, List<FieldError> errors) {

  static Optional<ModerationRefusal> of(RuntimeException e) {
    if (e instanceof IdeaNotFoundException) {
      return Optional.of(new ModerationRefusal(404, "Niet gevonden", e.getMessage(), List.of()));
    }
    if (e instanceof IllegalTransitionException
        || e instanceof StaleVersionException
        || e instanceof ForwardingNotConfiguredException) {
      return Optional.of(new ModerationRefusal(409, "Dit kan nu niet", e.getMessage(), List.of()));
    }
    if (e instanceof InvalidInputException invalid) {
      return Optional.of(
          new ModerationRefusal(
              400,
              "Controleer uw invoer",
              invalid.errors().isEmpty()
                  ? "Niet alles is goed ingevuld."
                  : invalid.errors().get(0).message(),
              invalid.errors()));
    }
    if (e instanceof ProblemException problem) {
      return Optional.of(
          new ModerationRefusal(
              problem.problem().status(),
              problem.problem().title(),
              problem.problem().detail(),
              List.of()));
    }
    return Optional.empty();
  }

  /** The refusal as the JSON API answers it. */
  ProblemException asProblem() {
    if (!errors.isEmpty()) {
      return new ProblemException(
          new Problem("about:blank", title, status, "Niet alles is goed ingevuld.", errors));
    }
    return new ProblemException(Problem.of(status, title, message));
  }
}
