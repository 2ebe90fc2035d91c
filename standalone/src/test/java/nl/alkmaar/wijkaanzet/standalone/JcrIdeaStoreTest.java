package nl.alkmaar.wijkaanzet.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import nl.alkmaar.wijkaanzet.WijkAanZetRuntime;
import nl.alkmaar.wijkaanzet.campaign.CampaignFiles;
import nl.alkmaar.wijkaanzet.idea.AgeGroup;
import nl.alkmaar.wijkaanzet.idea.AuditEntry;
import nl.alkmaar.wijkaanzet.idea.Channel;
import nl.alkmaar.wijkaanzet.idea.Idea;
import nl.alkmaar.wijkaanzet.idea.IdeaStatus;
import nl.alkmaar.wijkaanzet.idea.ModerationAction;
import nl.alkmaar.wijkaanzet.idea.StaleVersionException;
import nl.alkmaar.wijkaanzet.idea.Submitter;
import nl.alkmaar.wijkaanzet.jcr.RepositoryFailure;
import nl.alkmaar.wijkaanzet.jcr.Workspaces;
import nl.alkmaar.wijkaanzet.notify.OutboxMessage;
import nl.alkmaar.wijkaanzet.notify.OutboxMessages;
import nl.alkmaar.wijkaanzet.notify.RenderedMail;
import nl.alkmaar.wijkaanzet.standalone.repository.MemoryRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Points on a real Jackrabbit: round trip, the private subtree, atomic creation, history. */
class JcrIdeaStoreTest {

  private static final Instant APRIL = Instant.parse("2024-04-10T10:15:30Z");

  @RegisterExtension final MemoryRepository memory = new MemoryRepository();
  private WijkAanZetRuntime runtime;

  @BeforeEach
  void storeCampaign() {
    runtime = memory.runtime(CampaignFiles.bundled(), Clock.fixed(APRIL, ZoneOffset.UTC));
  }

  private static Idea idea(String id, String wijk, Instant at) {
    return new Idea(
        id,
        id.toUpperCase(),
        "alkmaar-2024",
        wijk,
        "Meer bankjes <b>nu</b>",
        "Bij de Grote Kerk zijn te weinig bankjes.",
        "groen",
        null,
        IdeaStatus.INGEDIEND,
        Channel.BUS,
        AgeGroup.VANAF_65,
        at,
        false);
  }

  private static final Submitter JAN = new Submitter("Jan Jansen", "jan@example.nl", APRIL);

  private AuditEntry entry(String action) {
    return new AuditEntry(APRIL, "medewerker-bus", action, null);
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
    runtime
        .ideas()
        .create(
            idea("waz-aaaa-0002", "centrum", APRIL),
            JAN,
            entry("ingediend"),
            Optional.empty(),
            Optional.empty());

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
  void publishedListsOnlyPublishedPointsOfThatWijkNewestFirst() {
    runtime
        .ideas()
        .create(
            idea("waz-aaaa-0003", "centrum", APRIL),
            JAN,
            entry("ingediend"),
            Optional.empty(),
            Optional.empty());
    runtime
        .ideas()
        .create(
            idea("waz-aaaa-0004", "centrum", APRIL.plusSeconds(60)),
            JAN,
            entry("ingediend"),
            Optional.empty(),
            Optional.empty());
    runtime
        .ideas()
        .create(
            idea("waz-aaaa-0005", "zuid", APRIL),
            JAN,
            entry("ingediend"),
            Optional.empty(),
            Optional.empty());
    for (String id : List.of("waz-aaaa-0003", "waz-aaaa-0004", "waz-aaaa-0005")) {
      runtime
          .ideas()
          .moderate(
              "alkmaar-2024",
              id,
              0,
              ModerationAction.PUBLISH,
              entry("gepubliceerd"),
              Optional.empty());
    }
    runtime
        .ideas()
        .create(
            idea("waz-aaaa-0006", "centrum", APRIL),
            JAN,
            entry("ingediend"),
            Optional.empty(),
            Optional.empty());

    assertEquals(
        List.of("waz-aaaa-0004", "waz-aaaa-0003"),
        runtime.ideas().published("alkmaar-2024", "centrum").stream().map(Idea::id).toList());
  }

  @Test
  void everyChangeIsInTheHistory() {
    runtime
        .ideas()
        .create(
            idea("waz-aaaa-0007", "centrum", APRIL),
            JAN,
            entry("ingediend"),
            Optional.empty(),
            Optional.empty());
    runtime
        .ideas()
        .moderate(
            "alkmaar-2024",
            "waz-aaaa-0007",
            0,
            ModerationAction.PUBLISH,
            entry("gepubliceerd"),
            Optional.empty());

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
    runtime
        .ideas()
        .create(
            idea("waz-aaaa-0009", "centrum", APRIL),
            JAN,
            entry("ingediend"),
            Optional.empty(),
            Optional.empty());

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
  void moderationBumpsTheVersionAndAMergeCanBeUndoneToTheStatusBefore() {
    runtime
        .ideas()
        .create(
            idea("waz-aaaa-0012", "centrum", APRIL),
            JAN,
            entry("ingediend"),
            Optional.empty(),
            Optional.empty());
    var published =
        runtime
            .ideas()
            .moderate(
                "alkmaar-2024",
                "waz-aaaa-0012",
                0,
                ModerationAction.PUBLISH,
                entry("publiceren"),
                Optional.empty());
    var merged =
        runtime
            .ideas()
            .moderate(
                "alkmaar-2024",
                "waz-aaaa-0012",
                1,
                ModerationAction.MERGE,
                entry("samenvoegen"),
                Optional.empty());
    var restored =
        runtime
            .ideas()
            .moderate(
                "alkmaar-2024",
                "waz-aaaa-0012",
                2,
                ModerationAction.UNDO_MERGE,
                entry("terug"),
                Optional.empty());

    assertEquals(1, published.version());
    assertEquals(IdeaStatus.SAMENGEVOEGD, merged.idea().status());
    assertEquals(IdeaStatus.GEPUBLICEERD, restored.idea().status());
    assertEquals(3, restored.version());
    assertThrows(
        StaleVersionException.class,
        () ->
            runtime
                .ideas()
                .moderate(
                    "alkmaar-2024",
                    "waz-aaaa-0012",
                    1,
                    ModerationAction.WITHDRAW,
                    entry("oud"),
                    Optional.empty()));
    assertEquals(
        List.of("ingediend", "publiceren", "samenvoegen", "terug"),
        runtime.ideas().history("alkmaar-2024", "waz-aaaa-0012").stream()
            .map(AuditEntry::action)
            .toList());
  }
}
