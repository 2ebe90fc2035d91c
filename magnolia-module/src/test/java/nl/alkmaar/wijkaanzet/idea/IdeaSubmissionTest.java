package nl.alkmaar.wijkaanzet.idea;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import nl.alkmaar.wijkaanzet.campaign.CampaignFiles;
import nl.alkmaar.wijkaanzet.campaign.CampaignService;
import nl.alkmaar.wijkaanzet.notify.MailTemplates;
import nl.alkmaar.wijkaanzet.notify.OutboxMessage;
import nl.alkmaar.wijkaanzet.notify.OutboxMessages;
import nl.alkmaar.wijkaanzet.validation.FieldError;
import nl.alkmaar.wijkaanzet.validation.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;

/**
 * What accepting a point decides, with the store as a Mockito stand-in (the store itself is tested
 * on a real Jackrabbit in JcrIdeaStoreTest): what is stored together, in which order the mail is
 * nudged, and that a refused point stores nothing.
 */
class IdeaSubmissionTest {

  private static final Instant MEEDENKEN = Instant.parse("2024-04-10T12:00:00Z");
  private static final Instant AFTERWARDS = Instant.parse("2024-08-01T12:00:00Z");

  private final IdeaStore store = mock(IdeaStore.class);
  private final Runnable mailNudge = mock(Runnable.class);

  private IdeaSubmission submission(Instant now) {
    Clock clock = Clock.fixed(now, ZoneOffset.UTC);
    return new IdeaSubmission(
        new CampaignService(clock, CampaignFiles.bundled()),
        store,
        new ReferenceGenerator(new Random(7)),
        new ConfirmationMail(new MailTemplates(), new OutboxMessages(clock)),
        mailNudge,
        clock);
  }

  private static SubmissionForm form(String title) {
    return new SubmissionForm(
        "oudorp",
        title,
        "Het grasveld aan de Oudorperdijk is leeg; een speeltuin zou de wijk goed doen.",
        "spelen",
        "Oudorperdijk",
        "Fatima el Amrani",
        "fatima@example.nl",
        null,
        true);
  }

  @Test
  void aValidPointIsStoredWithItsSubmitterHistoryAndMailThenTheMailIsNudged() {
    Idea idea =
        submission(MEEDENKEN)
            .submit(
                form("Speeltuin op het grasveld"),
                PhotoChoice.none(),
                Channel.ONLINE,
                AuditEntry.RESIDENT,
                "nl");

    ArgumentCaptor<Submitter> submitter = ArgumentCaptor.forClass(Submitter.class);
    ArgumentCaptor<AuditEntry> history = ArgumentCaptor.forClass(AuditEntry.class);
    @SuppressWarnings("unchecked")
    ArgumentCaptor<Optional<OutboxMessage>> mail = ArgumentCaptor.forClass(Optional.class);
    InOrder order = inOrder(store, mailNudge);
    order
        .verify(store)
        .create(any(), submitter.capture(), history.capture(), any(), mail.capture());
    order.verify(mailNudge).run();
    assertEquals(IdeaStatus.INGEDIEND, idea.status());
    assertEquals("fatima@example.nl", submitter.getValue().email());
    assertEquals("ingediend", history.getValue().action());
    assertEquals("online ingediend", history.getValue().detail());
    assertEquals("fatima@example.nl", mail.getValue().orElseThrow().recipient());
    assertTrue(idea.reference().matches("WAZ-[0-9A-Z]{4}-[0-9A-Z]{4}"), idea.reference());
  }

  @Test
  void staffEntriesSayWhoAndWhere() {
    submission(MEEDENKEN)
        .submit(
            form("Speeltuin op het grasveld"),
            PhotoChoice.none(),
            Channel.BUS,
            "medewerker-bus",
            "nl");

    ArgumentCaptor<AuditEntry> history = ArgumentCaptor.forClass(AuditEntry.class);
    verify(store).create(any(), any(), history.capture(), any(), any());
    assertEquals("medewerker-bus", history.getValue().actor());
    assertEquals("ingevoerd via bus", history.getValue().detail());
  }

  @Test
  void anInvalidPointStoresNothingAndSendsNothing() {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () ->
                submission(MEEDENKEN)
                    .submit(
                        form(""), PhotoChoice.none(), Channel.ONLINE, AuditEntry.RESIDENT, "nl"));

    assertTrue(refused.errors().stream().anyMatch(error -> error.field().equals("title")));
    verify(store, never()).create(any(), any(), any(), any(), any());
    verifyNoInteractions(mailNudge);
  }

  @Test
  void aRefusedPhotoIsOneMoreFieldErrorAfterTheTextFields() {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () ->
                submission(MEEDENKEN)
                    .submit(
                        form(""),
                        PhotoChoice.refused("Dit bestand is geen foto."),
                        Channel.ONLINE,
                        AuditEntry.RESIDENT,
                        "nl"));

    List<String> fields = refused.errors().stream().map(FieldError::field).toList();
    assertTrue(fields.indexOf("photo") > fields.indexOf("title"), fields.toString());
    verifyNoInteractions(store);
  }

  @Test
  void afterTheWindowNothingIsAccepted() {
    assertThrows(
        PhaseClosedException.class,
        () ->
            submission(AFTERWARDS)
                .submit(
                    form("Speeltuin op het grasveld"),
                    PhotoChoice.none(),
                    Channel.ONLINE,
                    AuditEntry.RESIDENT,
                    "nl"));

    verifyNoInteractions(store, mailNudge);
  }
}
