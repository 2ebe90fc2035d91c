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
import nl.alkmaar.wijkaanzet.notify.OutboxMessage;
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
    Idea idea = PointFixtures.idea(ID, "oudorp", NOW.minusSeconds(3600));
    when(store.forModeration("alkmaar-2024", ID))
        .thenReturn(Optional.of(new ModeratedIdea(idea, 0)));
    when(store.submitter("alkmaar-2024", ID))
        .thenReturn(Optional.of(new Submitter("Jan Jansen", "jan@example.nl", NOW, "nl")));
  }

  @Test
  void publishingRecordsWhoAndWhenAndMailsNobody() {
    moderation.act(ID, 3, ModerationAction.PUBLISH, "moderator1");

    ArgumentCaptor<AuditEntry> entry = ArgumentCaptor.forClass(AuditEntry.class);
    verify(store)
        .moderate(
            eq("alkmaar-2024"),
            eq(ID),
            eq(3L),
            eq(ModerationAction.PUBLISH),
            entry.capture(),
            eq(List.of()));
    assertEquals(new AuditEntry(NOW, "moderator1", "publiceren", null), entry.getValue());
    verifyNoInteractions(mailNudge);
  }

  @Test
  void rejectingSavesTheMailWithTheChangeAndNudgesAfterwards() {
    moderation.reject(ID, 0, "moderator1", "niet-gemeente", "Dat beslist de gemeenteraad.");

    @SuppressWarnings("unchecked")
    ArgumentCaptor<List<OutboxMessage>> mail = ArgumentCaptor.forClass(List.class);
    ArgumentCaptor<AuditEntry> entry = ArgumentCaptor.forClass(AuditEntry.class);
    InOrder order = inOrder(store, mailNudge);
    order
        .verify(store)
        .moderate(
            eq("alkmaar-2024"),
            eq(ID),
            eq(0L),
            eq(ModerationAction.REJECT),
            entry.capture(),
            mail.capture());
    order.verify(mailNudge).run();
    assertEquals("niet-gemeente: Dat beslist de gemeenteraad.", entry.getValue().detail());
    assertEquals(1, mail.getValue().size());
    assertEquals("jan@example.nl", mail.getValue().get(0).recipient());
    assertEquals("afgewezen", mail.getValue().get(0).kind());
  }

  @Test
  void aRejectionWithoutAKnownReasonChangesNothing() {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> moderation.reject(ID, 0, "moderator1", "omdat-het-kan", null));

    assertEquals("reason", refused.errors().get(0).field());
    verify(store, never()).moderate(anyString(), anyString(), anyLong(), any(), any(), any());
    verifyNoInteractions(mailNudge);
  }

  @Test
  void forwardingWithoutAChannelChangesNothing() {
    assertThrows(
        ForwardingNotConfiguredException.class, () -> moderation.forward(ID, 0, "moderator1"));

    verify(store, never()).moderate(anyString(), anyString(), anyLong(), any(), any(), any());
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
