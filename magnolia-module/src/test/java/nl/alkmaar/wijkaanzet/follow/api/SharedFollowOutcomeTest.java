package nl.alkmaar.wijkaanzet.follow.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nl.alkmaar.wijkaanzet.follow.Following;
import nl.alkmaar.wijkaanzet.validation.FieldError;
import nl.alkmaar.wijkaanzet.web.MemorySharedForms;
import org.junit.jupiter.api.Test;

/** What the follow form leaves behind reads back the same on another host. */
class SharedFollowOutcomeTest {

  @Test
  void everyKindOfOutcomeComesBackAsItWas() {
    for (FollowOutcome outcome :
        List.of(
            FollowOutcome.sent("oudorp"),
            FollowOutcome.rejected(
                "oudorp", "femke@", List.of(new FieldError("email", "Geen e-mailadres"))),
            FollowOutcome.slowed("oudorp", "f@example.org", "Wacht even", 30),
            FollowOutcome.linked(new Following.LinkView(Following.LinkState.READY, "Oudorp")))) {
      assertEquals(outcome, MemorySharedForms.roundTrip(outcome, FollowOutcome.class));
    }
  }
}
