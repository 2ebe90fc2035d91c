package nl.alkmaar.wijkaanzet.vote.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import nl.alkmaar.wijkaanzet.idea.AgeGroup;
import nl.alkmaar.wijkaanzet.idea.Channel;
import nl.alkmaar.wijkaanzet.idea.Idea;
import nl.alkmaar.wijkaanzet.idea.IdeaStatus;
import nl.alkmaar.wijkaanzet.validation.FieldError;
import nl.alkmaar.wijkaanzet.vote.VoteReceipt;
import nl.alkmaar.wijkaanzet.web.MemorySharedForms;
import org.junit.jupiter.api.Test;

/** What the ballot form leaves behind reads back the same on another host (shared form states). */
class SharedBallotOutcomeTest {

  @Test
  void aReceiptAndARejectionComeBackAsTheyWere() {
    Idea idea =
        new Idea(
            "waz-1",
            "WAZ-1234",
            "alkmaar-2024",
            "oudorp",
            "Bankje",
            "Een bankje bij de vijver.",
            "groen",
            "Vijver",
            IdeaStatus.values()[0],
            Channel.values()[0],
            AgeGroup.values()[0],
            Instant.parse("2024-04-20T12:00:00Z"),
            false);
    BallotOutcome accepted =
        BallotOutcome.accepted(new VoteReceipt("ABCD-EFGH-JKMN", "oudorp", List.of(idea), false));
    BallotOutcome rejected =
        BallotOutcome.rejected(
            "oudorp", List.of("waz-1"), "ABCD", List.of(new FieldError("code", "Fout")));

    assertEquals(accepted, MemorySharedForms.roundTrip(accepted, BallotOutcome.class));
    assertEquals(rejected, MemorySharedForms.roundTrip(rejected, BallotOutcome.class));
  }
}
