package nl.alkmaar.wijkaanzet.idea.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.alkmaar.wijkaanzet.forward.ForwardingNotConfiguredException;
import nl.alkmaar.wijkaanzet.idea.IdeaNotFoundException;
import nl.alkmaar.wijkaanzet.idea.IllegalTransitionException;
import nl.alkmaar.wijkaanzet.idea.StaleVersionException;
import nl.alkmaar.wijkaanzet.validation.FieldError;
import nl.alkmaar.wijkaanzet.validation.InvalidInputException;
import nl.alkmaar.wijkaanzet.web.Problem;
import nl.alkmaar.wijkaanzet.web.ProblemException;
import org.junit.jupiter.api.Test;

/** The one place where moderation refusals become HTTP answers, for the API and the screens. */
class ModerationRefusalTest {

  private static int status(RuntimeException e) {
    return ModerationRefusal.of(e).orElseThrow().status();
  }

  @Test
  void eachRefusalHasItsStatus() {
    assertEquals(404, status(new IdeaNotFoundException("waz-abcd-efgh")));
    assertEquals(409, status(new StaleVersionException()));
    assertEquals(
        409,
        status(new IllegalTransitionException("Een afgewezen punt kan niet worden gepubliceerd.")));
    assertEquals(409, status(new ForwardingNotConfiguredException()));
    assertEquals(
        400,
        status(new InvalidInputException(List.of(new FieldError("reason", "Kies een reden.")))));
    assertEquals(415, status(new ProblemException(Problem.of(415, "Alleen JSON", "Stuur JSON."))));
  }

  @Test
  void invalidInputKeepsEveryFieldForTheApi() {
    List<FieldError> errors =
        List.of(new FieldError("title", "Te kort."), new FieldError("reason", "Kies een reden."));
    ModerationRefusal refusal =
        ModerationRefusal.of(new InvalidInputException(errors)).orElseThrow();

    assertEquals("Te kort.", refusal.message());
    assertEquals(errors, refusal.asProblem().problem().errors());
  }

  /** A broken mail text or a bug must reach the log as a 500, not look like "not found". */
  @Test
  void anythingElseIsNoRefusal() {
    assertTrue(ModerationRefusal.of(new IllegalArgumentException("no template")).isEmpty());
    assertTrue(ModerationRefusal.of(new IllegalStateException("mail failed")).isEmpty());
    assertTrue(ModerationRefusal.of(new NullPointerException()).isEmpty());
  }
}
