package nl.alkmaar.wijkaanzet.idea;

import static nl.alkmaar.wijkaanzet.idea.IdeaFixtures.APRIL;
import static nl.alkmaar.wijkaanzet.idea.IdeaFixtures.JAN;
import static nl.alkmaar.wijkaanzet.idea.IdeaFixtures.entry;
import static nl.alkmaar.wijkaanzet.idea.IdeaFixtures.idea;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import nl.alkmaar.wijkaanzet.WijkAanZetRuntime;
import nl.alkmaar.wijkaanzet.campaign.CampaignFiles;
import nl.alkmaar.wijkaanzet.idea.similar.Concepts;
import nl.alkmaar.wijkaanzet.jcr.MemoryRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Look-alikes of a wijk on a real repository, and a word list that changes while they are kept. */
class SimilarIdeasTest {

  @RegisterExtension final MemoryRepository memory = new MemoryRepository();
  private WijkAanZetRuntime runtime;

  @BeforeEach
  void aPublishedPointAboutBenches() {
    runtime = memory.runtime(CampaignFiles.bundled(), Clock.fixed(APRIL, ZoneOffset.UTC));
    runtime
        .ideas()
        .create(
            idea("waz-aaaa-0001", "centrum", APRIL),
            JAN,
            entry("ingediend"),
            Optional.empty(),
            Optional.empty());
    runtime
        .ideas()
        .moderate(
            "alkmaar-2024",
            "waz-aaaa-0001",
            0,
            ModerationDecision.of(ModerationAction.PUBLISH, entry("gepubliceerd"), List.of()));
  }

  private static List<String> ids(List<SimilarIdeas.Match> matches) {
    return matches.stream().map(match -> match.idea().id()).toList();
  }

  @Test
  void aNewWordListIsUsedForAWijkWhoseIndexIsAlreadyKept() throws Exception {
    Concepts withoutBenches = Concepts.read(new StringReader("water: vijver sloot\n"));
    AtomicReference<Concepts> list = new AtomicReference<>(withoutBenches);
    SimilarIdeas similar = new SimilarIdeas(runtime.ideas(), list::get);
    String text = "Zitplekken graag";

    assertEquals(List.of(), ids(similar.like("alkmaar-2024", "centrum", text, Set.of())));
    list.set(Concepts.bundled());

    assertEquals(
        List.of("waz-aaaa-0001"),
        ids(similar.like("alkmaar-2024", "centrum", text, Set.of())),
        "zitplek and bankje name one wish in the new list");
  }
}
