package nl.alkmaar.wijkaanzet.idea;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.jcr.Node;
import javax.jcr.Session;
import nl.alkmaar.wijkaanzet.WijkAanZetRuntime;
import nl.alkmaar.wijkaanzet.campaign.CampaignFiles;
import nl.alkmaar.wijkaanzet.jcr.MemoryRepository;
import nl.alkmaar.wijkaanzet.jcr.Workspaces;
import nl.alkmaar.wijkaanzet.vote.VoteFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The published points residents read come from memory (ViewedIdeaStore), on a real Jackrabbit:
 * every moderator action this host takes shows on the very next read, and a change made straight in
 * the repository (another cluster node, an editor in the content app) shows shortly after, through
 * the repository's change reports.
 */
class PublishedPointsViewTest {

  @RegisterExtension final MemoryRepository memory = new MemoryRepository();

  private static final String WIJK = "oudorp";
  private static final Instant APRIL_20 = Instant.parse("2024-04-20T10:00:00Z");

  private WijkAanZetRuntime runtime;
  private List<String> ids;

  @BeforeEach
  void threePublishedPoints() {
    runtime = memory.runtime(CampaignFiles.bundled(), Clock.fixed(APRIL_20, ZoneOffset.UTC));
    ids = VoteFixtures.publish(runtime, WIJK, List.of("Bankjes", "Bomen", "Zebrapad"));
  }

  private List<String> titles() {
    return runtime.ideas().published("alkmaar-2024", WIJK).stream().map(Idea::title).toList();
  }

  private long version(String id) {
    return runtime.ideas().forModeration("alkmaar-2024", id).orElseThrow().version();
  }

  @Test
  void anUnchangedWijkIsTheSameListEveryTime() {
    List<Idea> first = runtime.ideas().published("alkmaar-2024", WIJK);
    assertSame(first, runtime.ideas().published("alkmaar-2024", WIJK));
    assertEquals(List.of("Zebrapad", "Bomen", "Bankjes"), titles(), "newest first");
  }

  @Test
  void publishingShowsAtOnce() {
    titles(); // the wijk is in memory before the change
    Idea idea = IdeaFixtures.idea("waz-nieuw-0001", WIJK, APRIL_20.minusSeconds(60));
    runtime
        .ideas()
        .create(
            idea,
            IdeaFixtures.JAN,
            IdeaFixtures.entry("ingediend"),
            Optional.empty(),
            Optional.empty());
    assertEquals(3, titles().size(), "a submitted point is not public");

    runtime.moderation().act(idea.id(), 0, ModerationAction.PUBLISH, "moderator1");

    assertEquals("Meer bankjes <b>nu</b>", titles().get(0));
    assertEquals(4, titles().size());
  }

  @Test
  void withdrawingShowsAtOnce() {
    titles();
    runtime.moderation().act(ids.get(1), version(ids.get(1)), ModerationAction.WITHDRAW, "m1");
    assertEquals(List.of("Zebrapad", "Bankjes"), titles());
  }

  @Test
  void aCorrectionShowsAtOnce() {
    titles();
    runtime
        .moderation()
        .correct(
            ids.get(0),
            version(ids.get(0)),
            "m1",
            new IdeaText(
                "Bankjes langs het water", "Twee bankjes langs de gracht.", null, "groen"));
    assertEquals(List.of("Zebrapad", "Bomen", "Bankjes langs het water"), titles());
  }

  @Test
  void aMergeShowsAtOnceWithTheMergedPointCounted() {
    titles();
    runtime
        .moderation()
        .merge(
            new IdeaVersion(ids.get(0), version(ids.get(0))),
            List.of(new IdeaVersion(ids.get(1), version(ids.get(1)))),
            "m1");
    assertEquals(List.of("Zebrapad", "Bankjes"), titles());
    ModeratedIdea target =
        runtime.ideas().queue("alkmaar-2024", WIJK, IdeaStatus.GEPUBLICEERD).get(0);
    assertEquals(ids.get(0), target.idea().id());
    assertEquals(List.of(ids.get(1)), target.mergedFrom());
  }

  @Test
  void aChangeMadeStraightInTheRepositoryShowsShortlyAfter() throws Exception {
    List<Idea> before = runtime.ideas().published("alkmaar-2024", WIJK);
    Session editor = memory.login(Workspaces.CONTENT);
    try {
      Node point = editor.getNode("/alkmaar-2024/" + WIJK + "/" + ids.get(2));
      point.setProperty("wz:title", "Zebrapad bij de school");
      editor
          .getNode("/alkmaar-2024/" + WIJK + "/" + ids.get(0))
          .setProperty("wz:status", "TERUGGETROKKEN");
      editor.save();
    } finally {
      editor.logout();
    }

    assertEventually(() -> titles().equals(List.of("Zebrapad bij de school", "Bomen")));
    assertTrue(before != runtime.ideas().published("alkmaar-2024", WIJK), "a new list");
  }

  @Test
  void aChangeInAnotherWijkLeavesThisWijksListAlone() throws Exception {
    List<Idea> before = runtime.ideas().published("alkmaar-2024", WIJK);
    List<String> elsewhere = VoteFixtures.publish(runtime, "centrum", 1);
    assertEquals(1, runtime.ideas().published("alkmaar-2024", "centrum").size());
    Thread.sleep(300); // the change reports of that publish have arrived by now
    assertSame(before, runtime.ideas().published("alkmaar-2024", WIJK));
    assertEquals(1, elsewhere.size());
  }

  private static void assertEventually(Supplier<Boolean> condition) throws InterruptedException {
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (!condition.get()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the change did not show within 5 seconds");
      }
      Thread.sleep(20);
    }
  }
}
