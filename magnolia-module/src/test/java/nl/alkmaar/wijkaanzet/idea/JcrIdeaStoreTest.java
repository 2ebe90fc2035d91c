package nl.alkmaar.wijkaanzet.idea;

import static nl.alkmaar.wijkaanzet.idea.IdeaFixtures.APRIL;
import static nl.alkmaar.wijkaanzet.idea.IdeaFixtures.JAN;
import static nl.alkmaar.wijkaanzet.idea.IdeaFixtures.entry;
import static nl.alkmaar.wijkaanzet.idea.IdeaFixtures.idea;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import nl.alkmaar.wijkaanzet.WijkAanZetRuntime;
import nl.alkmaar.wijkaanzet.campaign.CampaignFiles;
import nl.alkmaar.wijkaanzet.jcr.MemoryRepository;
import nl.alkmaar.wijkaanzet.jcr.RepositoryFailure;
import nl.alkmaar.wijkaanzet.jcr.Workspaces;
import nl.alkmaar.wijkaanzet.notify.OutboxMessage;
import nl.alkmaar.wijkaanzet.notify.OutboxMessages;
import nl.alkmaar.wijkaanzet.notify.RenderedMail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Points on a real Jackrabbit: round trip, the private subtree, atomic creation, history. */
class JcrIdeaStoreTest {

  @RegisterExtension final MemoryRepository memory = new MemoryRepository();
  private WijkAanZetRuntime runtime;

  @BeforeEach
  void storeCampaign() {
    runtime = memory.runtime(CampaignFiles.bundled(), Clock.fixed(APRIL, ZoneOffset.UTC));
  }

  @Test
  void aPointLoadsBackAsStoredAndStartsUnpublished() {
    Idea stored = idea("waz-aaaa-0001", "centrum", APRIL);
    runtime.ideas().create(stored, JAN, entry("ingediend"), Optional.empty(), Optional.empty());

    assertEquals(stored, runtime.ideas().find("alkmaar-2024", "waz-aaaa-0001").orElseThrow());
    assertEquals(List.of(), runtime.ideas().published("alkmaar-2024", "centrum"));
    assertEquals(JAN, runtime.ideas().submitter("alkmaar-2024", "waz-aaaa-0001").orElseThrow());
  }

  @Test
  void personalDataIsNotBelowTheWijk() {
    create("waz-aaaa-0002", "centrum");

    String wijkTree =
        memory
            .sessions()
            .read(
                Workspaces.CONTENT,
                session -> {
                  StringBuilder dump = new StringBuilder();
                  var node = session.getNode("/alkmaar-2024/centrum/waz-aaaa-0002");
                  for (var it = node.getProperties(); it.hasNext(); ) {
                    var property = it.nextProperty();
                    if (!property.isMultiple()) {
                      dump.append(property.getName()).append('=').append(property.getString());
                    }
                  }
                  return dump.toString();
                });
    assertFalse(wijkTree.contains("Jan Jansen"), wijkTree);
    assertFalse(wijkTree.contains("jan@example.nl"), wijkTree);
    boolean privateCopy =
        memory
            .sessions()
            .read(
                Workspaces.CONTENT,
                session -> session.nodeExists("/alkmaar-2024/private/submitters/waz-aaaa-0002"));
    assertTrue(privateCopy);
  }

  @Test
  void publishedListsOnlyPublishedIdeasOfThatWijkNewestFirst() {
    create("waz-aaaa-0003", "centrum");
    runtime
        .ideas()
        .create(
            idea("waz-aaaa-0004", "centrum", APRIL.plusSeconds(60)),
            JAN,
            entry("ingediend"),
            Optional.empty(),
            Optional.empty());
    create("waz-aaaa-0005", "zuid");
    for (String id : List.of("waz-aaaa-0003", "waz-aaaa-0004", "waz-aaaa-0005")) {
      runtime
          .ideas()
          .moderate(
              "alkmaar-2024",
              id,
              0,
              ModerationDecision.of(ModerationAction.PUBLISH, entry("gepubliceerd"), List.of()));
    }
    create("waz-aaaa-0006", "centrum");

    assertEquals(
        List.of("waz-aaaa-0004", "waz-aaaa-0003"),
        runtime.ideas().published("alkmaar-2024", "centrum").stream().map(Idea::id).toList());
  }

  @Test
  void everyChangeIsInTheHistory() {
    create("waz-aaaa-0007", "centrum");
    runtime
        .ideas()
        .moderate(
            "alkmaar-2024",
            "waz-aaaa-0007",
            0,
            ModerationDecision.of(ModerationAction.PUBLISH, entry("gepubliceerd"), List.of()));

    assertEquals(
        List.of("ingediend", "gepubliceerd"),
        runtime.ideas().history("alkmaar-2024", "waz-aaaa-0007").stream()
            .map(AuditEntry::action)
            .toList());
  }

  @Test
  void nothingIsStoredWhenAPartFails() {
    Idea inUnknownWijk = idea("waz-aaaa-0008", "noord", APRIL);

    assertThrows(
        RepositoryFailure.class,
        () ->
            runtime
                .ideas()
                .create(
                    inUnknownWijk, JAN, entry("ingediend"), Optional.empty(), Optional.empty()));
    assertTrue(runtime.ideas().submitter("alkmaar-2024", "waz-aaaa-0008").isEmpty());
    assertTrue(runtime.ideas().history("alkmaar-2024", "waz-aaaa-0008").isEmpty());
  }

  @Test
  void aReferenceIsNeverUsedTwice() {
    create("waz-aaaa-0009", "centrum");

    assertThrows(
        IllegalStateException.class,
        () ->
            runtime
                .ideas()
                .create(
                    idea("waz-aaaa-0009", "centrum", APRIL),
                    JAN,
                    entry("ingediend"),
                    Optional.empty(),
                    Optional.empty()));
  }

  @Test
  void theConfirmationMailIsStoredInTheSameSaveOrNotAtAll() {
    OutboxMessages messages = new OutboxMessages(Clock.fixed(APRIL, ZoneOffset.UTC));
    OutboxMessage mail =
        messages.create("bevestiging", JAN.email(), new RenderedMail("Bedankt", "Tekst"));
    runtime
        .ideas()
        .create(
            idea("waz-aaaa-0010", "centrum", APRIL),
            JAN,
            entry("ingediend"),
            Optional.empty(),
            Optional.of(mail));
    OutboxMessage lost =
        messages.create("bevestiging", JAN.email(), new RenderedMail("Bedankt", "Tekst"));

    assertThrows(
        RepositoryFailure.class,
        () ->
            runtime
                .ideas()
                .create(
                    idea("waz-aaaa-0011", "noord", APRIL),
                    JAN,
                    entry("ingediend"),
                    Optional.empty(),
                    Optional.of(lost)));
    assertEquals(
        List.of(mail.id()),
        runtime.outbox().due(APRIL.plusSeconds(1), 10).stream().map(OutboxMessage::id).toList());
  }

  @Test
  void theSubmittersLanguageIsKeptForLaterMails() {
    Submitter english = new Submitter("Ann Smith", "ann@example.org", APRIL, "en");
    runtime
        .ideas()
        .create(
            idea("waz-aaaa-0050", "centrum", APRIL),
            english,
            entry("ingediend"),
            Optional.empty(),
            Optional.empty());

    assertEquals(english, runtime.ideas().submitter("alkmaar-2024", "waz-aaaa-0050").orElseThrow());
    assertEquals("nl", new Submitter("Jan", null, APRIL, "fr").language(), "unknown means Dutch");
  }

  private void create(String id, String wijk) {
    runtime
        .ideas()
        .create(idea(id, wijk, APRIL), JAN, entry("ingediend"), Optional.empty(), Optional.empty());
  }
}
