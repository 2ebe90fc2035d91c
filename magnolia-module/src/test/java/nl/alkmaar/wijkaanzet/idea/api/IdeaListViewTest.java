package nl.alkmaar.wijkaanzet.idea.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.alkmaar.wijkaanzet.WijkAanZetRuntime;
import nl.alkmaar.wijkaanzet.campaign.CampaignFiles;
import nl.alkmaar.wijkaanzet.idea.AuditEntry;
import nl.alkmaar.wijkaanzet.idea.Channel;
import nl.alkmaar.wijkaanzet.idea.Idea;
import nl.alkmaar.wijkaanzet.idea.IdeaStatus;
import nl.alkmaar.wijkaanzet.idea.IdeaVersion;
import nl.alkmaar.wijkaanzet.idea.ModerationAction;
import nl.alkmaar.wijkaanzet.idea.Submitter;
import nl.alkmaar.wijkaanzet.jcr.MemoryRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A wijk's list narrowed to a category and put in the order a resident chose, on real Jackrabbit.
 */
class IdeaListViewTest {

  @RegisterExtension final MemoryRepository memory = new MemoryRepository();

  private static final Instant APRIL = Instant.parse("2024-04-10T10:00:00Z");
  private WijkAanZetRuntime runtime;

  @BeforeEach
  void fourPointsOneMergedIntoAnother() {
    runtime =
        memory.runtime(
            CampaignFiles.bundled(), Clock.fixed(APRIL.plusSeconds(86_400), ZoneOffset.UTC));
    point("waz-list-0001", "Zebrapad bij de school", "verkeer", 0);
    point("waz-list-0002", "Bomen in de straat", "groen", 1);
    point("waz-list-0003", "Drempels in de Laan", "verkeer", 2);
    point("waz-list-0004", "Ook bomen, graag", "groen", 3);
    long target =
        runtime.ideas().forModeration("alkmaar-2024", "waz-list-0001").orElseThrow().version();
    long source =
        runtime.ideas().forModeration("alkmaar-2024", "waz-list-0003").orElseThrow().version();
    // Zebrapad speaks for two residents after the merge.
    runtime
        .moderation()
        .merge(
            new IdeaVersion("waz-list-0001", target),
            List.of(new IdeaVersion("waz-list-0003", source)),
            "m1");
  }

  private void point(String id, String title, String category, int minutes) {
    Instant at = APRIL.plusSeconds(60L * minutes);
    Idea idea =
        new Idea(
            id,
            id.toUpperCase(),
            "alkmaar-2024",
            "oudorp",
            title,
            "Een verbeterpunt.",
            category,
            null,
            IdeaStatus.INGEDIEND,
            Channel.ONLINE,
            null,
            at,
            false);
    runtime
        .ideas()
        .create(
            idea,
            new Submitter("Buur", null, at),
            new AuditEntry(at, "inwoner", "ingediend", null),
            Optional.empty(),
            Optional.empty());
    runtime.moderation().act(id, 0, ModerationAction.PUBLISH, "m1");
  }

  @SuppressWarnings("unchecked")
  private List<String> titles(String category, String order) {
    Map<String, Object> page = IdeaListView.page(runtime, "oudorp", category, order);
    return ((List<Map<String, Object>>) page.get("ideas"))
        .stream().map(idea -> (String) idea.get("title")).toList();
  }

  @Test
  void newestFirstUnlessTheResidentChoosesAnotherOrder() {
    assertEquals(
        List.of("Ook bomen, graag", "Bomen in de straat", "Zebrapad bij de school"),
        titles("", ""));
    assertEquals(
        List.of("Zebrapad bij de school", "Bomen in de straat", "Ook bomen, graag"),
        titles("", "oud"));
    assertEquals(
        List.of("Bomen in de straat", "Ook bomen, graag", "Zebrapad bij de school"),
        titles("", "titel"));
    assertEquals("Zebrapad bij de school", titles("", "steun").get(0), "two residents behind it");
    assertEquals(titles("", ""), titles("", "zomaar"), "an unknown order is the default");
  }

  @Test
  @SuppressWarnings("unchecked")
  void oneCategoryWithTheCountsOfAll() {
    assertEquals(List.of("Ook bomen, graag", "Bomen in de straat"), titles("groen", ""));
    Map<String, Object> page = IdeaListView.page(runtime, "oudorp", "groen", "");
    assertEquals(3, page.get("total"));
    assertEquals(2, page.get("shown"));
    List<Map<String, Object>> categories = (List<Map<String, Object>>) page.get("categories");
    assertEquals(List.of("groen", "verkeer"), categories.stream().map(c -> c.get("id")).toList());
    assertEquals(List.of(2L, 1L), categories.stream().map(c -> c.get("count")).toList());
    assertEquals(true, categories.get(0).get("selected"));
    assertEquals(3, titles("<script>", "").size(), "an unknown category shows all");
  }
}
