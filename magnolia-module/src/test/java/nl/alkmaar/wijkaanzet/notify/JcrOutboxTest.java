package nl.alkmaar.wijkaanzet.notify;

import static nl.alkmaar.wijkaanzet.notify.MailFixtures.CAMPAIGN;
import static nl.alkmaar.wijkaanzet.notify.MailFixtures.START;
import static nl.alkmaar.wijkaanzet.notify.MailFixtures.confirmation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import nl.alkmaar.wijkaanzet.campaign.CampaignFiles;
import nl.alkmaar.wijkaanzet.campaign.JcrCampaignStore;
import nl.alkmaar.wijkaanzet.jcr.MemoryRepository;
import nl.alkmaar.wijkaanzet.jcr.NodeTypes;
import nl.alkmaar.wijkaanzet.jcr.RepositoryFailure;
import nl.alkmaar.wijkaanzet.jcr.Workspaces;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The outbox on a real Jackrabbit (in memory). */
class JcrOutboxTest {

  private static final String ID = "0b6e8f2c-1111-4000-8000-000000000001";

  @RegisterExtension final MemoryRepository memory = new MemoryRepository();
  private JcrOutbox outbox;

  @BeforeEach
  void storeCampaign() {
    new JcrCampaignStore(memory.sessions()).save(CampaignFiles.bundled());
    outbox = new JcrOutbox(memory.sessions(), CAMPAIGN);
  }

  @Test
  void aMessageEnqueuedInTheCallersWriteIsDueUntilSent() {
    OutboxMessage message = confirmation(ID, "zoe@example.org", START);

    memory
        .sessions()
        .write(
            Workspaces.CONTENT,
            session -> {
              session.getNode("/alkmaar-2024/centrum").addNode("idee-1", "nt:unstructured");
              outbox.enqueue(session, message);
              return null;
            });

    assertEquals(List.of(message), outbox.due(START, 10));
    assertEquals(message, outbox.find(ID).orElseThrow());

    outbox.markSent(ID, START.plusSeconds(1));

    assertTrue(outbox.due(START.plus(Duration.ofDays(1)), 10).isEmpty());
    OutboxMessage sent = outbox.find(ID).orElseThrow();
    assertEquals(OutboxStatus.SENT, sent.status());
    assertEquals(1, sent.attempts());
    assertEquals(START.plusSeconds(1), sent.sentAt());
    assertNull(sent.nextAttemptAt());
  }

  @Test
  void isStoredBelowTheCampaignsPrivateFolder() {
    outbox.enqueue(confirmation(ID, "zoe@example.org", START));

    String type =
        memory
            .sessions()
            .read(
                Workspaces.CONTENT,
                session -> {
                  assertTrue(session.getNode("/alkmaar-2024/private").isNodeType(NodeTypes.FOLDER));
                  return session
                      .getNode("/alkmaar-2024/private/outbox/" + ID)
                      .getPrimaryNodeType()
                      .getName();
                });
    assertEquals(NodeTypes.OUTBOX_MESSAGE, type);
    assertEquals("/alkmaar-2024/private/outbox", outbox.folderPath());
  }

  @Test
  void aFailedAttemptWaitsForItsNextAttempt() {
    outbox.enqueue(confirmation(ID, "zoe@example.org", START));
    var next = START.plus(Duration.ofMinutes(1));

    outbox.markFailed(ID, "smtp 421 <zoe@example.org> try later", next);

    assertTrue(outbox.due(START.plusSeconds(59), 10).isEmpty());
    List<OutboxMessage> due = outbox.due(next, 10);
    assertEquals(1, due.size());
    OutboxMessage failed = due.get(0);
    assertEquals(1, failed.attempts());
    assertEquals(OutboxStatus.PENDING, failed.status());
    assertEquals("smtp 421 <<address>> try later", failed.lastError());
  }

  @Test
  void aMessageGivenUpIsNeverDueAgain() {
    outbox.enqueue(confirmation(ID, "zoe@example.org", START));

    outbox.giveUp(ID, "smtp 550 refused the message", START);

    assertTrue(outbox.due(START.plus(Duration.ofDays(365)), 10).isEmpty());
    OutboxMessage failed = outbox.find(ID).orElseThrow();
    assertEquals(OutboxStatus.FAILED, failed.status());
    assertEquals(1, failed.attempts());
    assertEquals("smtp 550 refused the message", failed.lastError());
  }

  @Test
  void aFailingWriteTakesItsMailWithIt() {
    OutboxMessage message = confirmation(ID, "zoe@example.org", START);

    assertThrows(
        RepositoryFailure.class,
        () ->
            memory
                .sessions()
                .write(
                    Workspaces.CONTENT,
                    session -> {
                      outbox.enqueue(session, message);
                      // the caller's own change breaks a rule of the node types: save fails
                      session.getNode("/alkmaar-2024").addNode("kapot", NodeTypes.CAMPAIGN);
                      return null;
                    }));

    assertTrue(outbox.find(ID).isEmpty());
    assertTrue(outbox.due(START.plus(Duration.ofDays(1)), 10).isEmpty());
    boolean folder =
        memory
            .sessions()
            .read(Workspaces.CONTENT, session -> session.nodeExists(outbox.folderPath()));
    assertFalse(folder);
  }

  @Test
  void dueMessagesComeOldestFirstUpToTheLimit() {
    String[] ids = {
      "0b6e8f2c-1111-4000-8000-00000000000a",
      "0b6e8f2c-1111-4000-8000-00000000000b",
      "0b6e8f2c-1111-4000-8000-00000000000c"
    };
    outbox.enqueue(confirmation(ids[0], "a@example.org", START.plusSeconds(20)));
    outbox.enqueue(confirmation(ids[1], "b@example.org", START));
    outbox.enqueue(confirmation(ids[2], "c@example.org", START.plusSeconds(10)));

    List<String> due =
        outbox.due(START.plusSeconds(30), 2).stream().map(OutboxMessage::id).toList();

    assertEquals(List.of(ids[1], ids[2]), due);
    assertEquals(1, outbox.due(START.plusSeconds(5), 10).size());
  }

  @Test
  void anIdIsEnqueuedOnlyOnce() {
    outbox.enqueue(confirmation(ID, "zoe@example.org", START));

    assertThrows(
        RepositoryFailure.class, () -> outbox.enqueue(confirmation(ID, "zoe@example.org", START)));
  }

  @Test
  void anOutboxForAnUnknownCampaignRefusesToStore() {
    JcrOutbox elsewhere = new JcrOutbox(memory.sessions(), "bestaat-niet");

    assertThrows(
        RepositoryFailure.class,
        () -> elsewhere.enqueue(confirmation(ID, "zoe@example.org", START)));
    assertTrue(elsewhere.due(START, 10).isEmpty());
  }
}
