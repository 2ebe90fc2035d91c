package nl.alkmaar.wijkaanzet.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.alkmaar.wijkaanzet.WijkAanZetRuntime;
import nl.alkmaar.wijkaanzet.campaign.CampaignFiles;
import nl.alkmaar.wijkaanzet.campaign.NextEdition;
import nl.alkmaar.wijkaanzet.execution.ProgressForm;
import nl.alkmaar.wijkaanzet.jcr.MemoryRepository;
import nl.alkmaar.wijkaanzet.notify.MailFixtures.ManualClock;
import nl.alkmaar.wijkaanzet.render.WijkFunctions;
import nl.alkmaar.wijkaanzet.review.ReviewForm;
import nl.alkmaar.wijkaanzet.vote.VoteFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Next year's edition beside this year's archive, on one real Jackrabbit: the 2024 campaign
 * publishes its results and an update, the host then runs the 2025 edition, and 2024 stays readable
 * by its id while everything without an id is 2025.
 */
class EarlierEditionTest {

  private static final String WHY =
      "Dit past in de plannen voor de openbare ruimte van volgend jaar.";
  private static final String UPDATE = "De bankjes zijn besteld en komen in oktober.";

  @RegisterExtension final MemoryRepository memory = new MemoryRepository();
  @TempDir Path folder;

  @Test
  void lastYearsResultsAndProgressStayReadableByTheirId() throws IOException {
    ManualClock clock = new ManualClock(VoteFixtures.VOTING);
    WijkAanZetRuntime edition2024 = memory.runtime(CampaignFiles.bundled(), clock);
    List<String> points = VoteFixtures.publish(edition2024, "oudorp", List.of("Bankjes"));
    edition2024
        .voting()
        .castWithCode(
            "oudorp", points, edition2024.voting().issueCodes("oudorp", 1).get(0), "10.0.0.1");
    edition2024
        .feasibility()
        .review(points.get(0), new ReviewForm("haalbaar", WHY, "900", "kadernota", "", "W"), "a");
    clock.advance(Duration.ofDays(50));
    edition2024.results().publish("redacteur1", Map.of(), null, true);
    clock.advance(Duration.ofDays(60));
    edition2024
        .execution()
        .update(points.get(0), new ProgressForm("gepland", "", UPDATE), "redacteur1", -1);

    ManualClock nextSpring = new ManualClock(Instant.parse("2025-04-10T10:00:00Z"));
    WijkAanZetRuntime host = memory.runtime(NextEdition.campaign(folder), nextSpring);

    assertEquals("alkmaar-2025", host.campaigns().active().id());
    assertEquals(List.of("alkmaar-2024"), host.campaigns().archive());
    assertEquals(Optional.empty(), host.results().published(), "2025 has no results yet");
    PublishedResults earlier = host.results().published("alkmaar-2024").orElseThrow();
    assertEquals(List.of("Bankjes"), titles(earlier.wijk("oudorp").orElseThrow().chosen()));
    assertEquals(1, host.execution().chosen("alkmaar-2024", "oudorp").size());
    assertEquals(
        UPDATE, host.execution().chosen("alkmaar-2024", "oudorp").get(0).updates().get(0).text());
    assertEquals(List.of(), host.execution().chosen("oudorp"), "nothing chosen in 2025 yet");

    WijkFunctions wijkfn = new WijkFunctions(() -> host);
    Map<String, Object> results = wijkfn.results("alkmaar-2024", "oudorp", "nl");
    assertEquals(true, results.get("published"));
    assertEquals("alkmaar-2024", results.get("edition"));
    assertEquals(false, wijkfn.results("", "oudorp", "nl").get("published"));
    assertEquals("", wijkfn.results("", "oudorp", "nl").get("edition"));
    Map<String, Object> progress = wijkfn.progress("alkmaar-2024", "oudorp", "nl");
    assertEquals(1, progress.get("total"));
    assertEquals("Oudorp", wijkfn.wijk("alkmaar-2024", "oudorp").get("name"));

    for (String notAnEdition : List.of("alkmaar-2023", "../alkmaar-2024", "Alkmaar-2024", "a/b")) {
      assertEquals(Optional.empty(), host.campaigns().edition(notAnEdition), notAnEdition);
      assertEquals(false, wijkfn.results(notAnEdition, "oudorp", "nl").get("published"));
      assertFalse(wijkfn.wijk(notAnEdition, "oudorp").containsKey("name"));
    }
    assertTrue(host.campaigns().edition("alkmaar-2025").isPresent());
  }

  private static List<String> titles(List<PublishedResults.Point> points) {
    return points.stream().map(PublishedResults.Point::title).toList();
  }
}
