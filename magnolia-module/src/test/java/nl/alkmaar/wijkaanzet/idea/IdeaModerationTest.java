package nl.alkmaar.wijkaanzet.idea;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import nl.alkmaar.wijkaanzet.campaign.CampaignFiles;
import nl.alkmaar.wijkaanzet.campaign.CampaignService;
import nl.alkmaar.wijkaanzet.forward.ForwardingNotConfiguredException;
import nl.alkmaar.wijkaanzet.notify.MailTemplates;
import nl.alkmaar.wijkaanzet.notify.OutboxMessages;
import nl.alkmaar.wijkaanzet.validation.InvalidInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;

/**
 * What a moderation action decides before anything is stored, with the store as a Mockito stand-in
 * (the store is tested on a real Jackrabbit in JcrModerationStoreTest): the audit entry, the mail
 * that goes with the change, and that a refusal stores and sends nothing.
 */
class IdeaModerationTest {

  private static final Instant NOW = Instant.parse("2024-04-12T09:30:00Z");
  private static final String ID = "waz-abcd-efgh";

  private final IdeaStore store = mock(IdeaStore.class);
  private final Runnable mailNudge = mock(Runnable.class);
  private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  private final IdeaModeration moderation =
      new IdeaModeration(
          new CampaignService(clock, CampaignFiles.bundled()),
          store,
          new MailTemplates(),
          new OutboxMessages(clock),
          Optional.empty(),
          mailNudge,
          clock);

  @BeforeEach
  void aSubmittedPointWithAnAddress() {
    Idea idea = IdeaFixtures.idea(ID, "oudorp", NOW.minusSeconds(3600));
    when(store.forModeration("alkmaar-2024", ID))
        .thenReturn(Optional.of(new ModeratedIdea(idea, 0)));
    when(store.submitter("alkmaar-2024", ID))
        .thenReturn(Optional.of(new Submitter("Jan Jansen", "jan@example.nl", NOW, "nl")));
  }

  /** The decision the store was handed, applied to the stored point. */
  private ModerationDecision.Change decided(long version) {
    ArgumentCaptor<ModerationDecision> decision = ArgumentCaptor.forClass(ModerationDecision.class);
    verify(store).moderate(eq("alkmaar-2024"), eq(ID), eq(version), decision.capture());
    ModeratedIdea stored = store.forModeration("alkmaar-2024", ID).orElseThrow();
    return decision.getValue().decide(new ModerationDecision.Current(stored, Optional.empty()));
  }

  @Test
  void publishingRecordsWhoAndWhenAndMailsNobody() {
    moderation.act(ID, 3, ModerationAction.PUBLISH, "moderator1");

    ModerationDecision.Change change = decided(3);
    assertEquals(IdeaStatus.GEPUBLICEERD, change.status());
    assertEquals(new AuditEntry(NOW, "moderator1", "publiceren", null), change.entry());
    assertEquals(List.of(), change.messages());
    verifyNoInteractions(mailNudge);
  }

  @Test
  void rejectingSavesTheMailWithTheChangeAndNudgesAfterwards() {
    moderation.reject(ID, 0, "moderator1", "niet-gemeente", "Dat beslist de gemeenteraad.");

    InOrder order = inOrder(store, mailNudge);
    order.verify(store).moderate(eq("alkmaar-2024"), eq(ID), eq(0L), any());
    order.verify(mailNudge).run();
    ModerationDecision.Change change = decided(0);
    assertEquals(IdeaStatus.AFGEWEZEN, change.status());
    assertEquals("niet-gemeente: Dat beslist de gemeenteraad.", change.entry().detail());
    assertEquals(1, change.messages().size());
    assertEquals("jan@example.nl", change.messages().get(0).recipient());
    assertEquals("afgewezen", change.messages().get(0).kind());
  }

  /** The rules are applied to the point as stored when the store saves, not as read before. */
  @Test
  void theDecisionRefusesWhatTheStoredStatusForbids() {
    moderation.act(ID, 0, ModerationAction.PUBLISH, "moderator1");
    ArgumentCaptor<ModerationDecision> decision = ArgumentCaptor.forClass(ModerationDecision.class);
    verify(store).moderate(eq("alkmaar-2024"), eq(ID), eq(0L), decision.capture());
    Idea rejected = IdeaFixtures.idea(ID, "oudorp", NOW).withStatus(IdeaStatus.AFGEWEZEN);

    assertThrows(
        IllegalTransitionException.class,
        () ->
            decision
                .getValue()
                .decide(
                    new ModerationDecision.Current(
                        new ModeratedIdea(rejected, 4), Optional.empty())));
  }

  @Test
  void aRejectionWithoutAKnownReasonChangesNothing() {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> moderation.reject(ID, 0, "moderator1", "omdat-het-kan", null));

    assertEquals("reason", refused.errors().get(0).field());
    verify(store, never()).moderate(anyString(), anyString(), anyLong(), any());
    verifyNoInteractions(mailNudge);
  }

  @Test
  void forwardingWithoutAChannelChangesNothing() {
    assertThrows(
        ForwardingNotConfiguredException.class, () -> moderation.forward(ID, 0, "moderator1"));

    verify(store, never()).moderate(anyString(), anyString(), anyLong(), any());
  }

  @Test
  void aPointThatIsGoneIsNotFound() {
    when(store.forModeration("alkmaar-2024", "waz-weg0-weg0")).thenReturn(Optional.empty());

    IdeaNotFoundException missing =
        assertThrows(
            IdeaNotFoundException.class,
            () -> moderation.reject("waz-weg0-weg0", 0, "moderator1", "niet-gemeente", null));

    assertEquals("waz-weg0-weg0", missing.id());
  }

  @Test
  void onlyPublishAndWithdrawGoThroughAct() {
    assertThrows(
        IllegalArgumentException.class,
        () -> moderation.act(ID, 0, ModerationAction.REJECT, "moderator1"));
    verifyNoInteractions(store);
  }
}
