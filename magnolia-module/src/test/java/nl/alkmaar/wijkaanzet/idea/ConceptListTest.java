package nl.alkmaar.wijkaanzet.idea;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import freemarker.cache.FileTemplateLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import nl.alkmaar.wijkaanzet.idea.similar.Concepts;
import nl.alkmaar.wijkaanzet.idea.similar.SimilarityCandidate;
import nl.alkmaar.wijkaanzet.idea.similar.SimilarityEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The word list editors extend in the light module: used, read again when changed, never lost. */
class ConceptListTest {

  @TempDir Path lightModules;
  private Path file;
  private final MovingClock clock = new MovingClock();

  @BeforeEach
  void folder() throws Exception {
    file = lightModules.resolve(ConceptList.LIGHT_MODULE_FILE);
    Files.createDirectories(file.getParent());
  }

  private ConceptList list() throws Exception {
    return new ConceptList(Optional.of(new FileTemplateLoader(lightModules.toFile())), clock);
  }

  private void write(String text, int secondsLater) throws Exception {
    Files.writeString(file, text, StandardCharsets.UTF_8);
    Files.setLastModifiedTime(
        file, FileTime.from(Instant.parse("2026-12-07T10:00:00Z").plusSeconds(secondsLater)));
  }

  /** Whether {@code point}, among two others of its wijk, is suggested for {@code text}. */
  private static boolean looksAlike(Concepts concepts, String point, String text) {
    return new SimilarityEngine(concepts)
            .index(
                List.of(
                    new SimilarityCandidate("p1", point, ""),
                    new SimilarityCandidate("p2", "Meer bankjes op het Canadaplein", ""),
                    new SimilarityCandidate("p3", "Drempels in de Kennemerstraatweg", "")))
            .query(text, 5, SimilarityEngine.DEFAULT_MIN_SCORE)
            .stream()
            .anyMatch(match -> match.id().equals("p1"));
  }

  private static String shippedList() throws Exception {
    return Files.readString(
        Path.of("..", "light-modules", ConceptList.LIGHT_MODULE_FILE), StandardCharsets.UTF_8);
  }

  @Test
  void withoutALightModuleTheJarsListIsUsed() {
    assertEquals(Concepts.bundled().size(), ConceptList.bundled().get().size());
    assertTrue(Concepts.bundled().size() > 300, "the jar carries the whole list");
  }

  @Test
  void aWishEditorsAddedMakesPointsWithoutSharedWordsLookAlike() throws Exception {
    String point = "Zwerfkatten bij de Jumbo";
    String text = "Poezen bij de Jumbo";
    assertTrue(!looksAlike(Concepts.bundled(), point, text), "the jar's list does not know it");

    write(shippedList() + "\nzwerfkatten: kat katten poes poezen zwerfkat zwerfkatten\n", 0);

    assertTrue(looksAlike(list().get(), point, text));
  }

  @Test
  void aChangedFileIsReadAgainAfterAWhileWithoutARestart() throws Exception {
    write("carillon: beiaard klokkenspel\n", 0);
    ConceptList list = list();
    Concepts first = list.get();

    write("carillon: beiaard klokkenspel\nmarkt: kaasmarkt waag\n", 60);
    assertSame(first, list.get(), "not read again before the recheck");
    clock.move(ConceptList.RECHECK.plusSeconds(1));
    Concepts second = list.get();

    assertNotSame(first, second);
    assertEquals(first.size() + 2, second.size());
    clock.move(ConceptList.RECHECK.plusSeconds(1));
    assertSame(second, list.get(), "an unchanged file is not read again");
  }

  @Test
  void aSaveWithoutABegripOrStillUnderWayLeavesTheListInUse() throws Exception {
    write("carillon: beiaard klokkenspel\n", 0);
    ConceptList list = list();
    Concepts used = list.get();

    write("# alles weggehaald\n", 60);
    clock.move(ConceptList.RECHECK.plusSeconds(1));
    assertSame(used, list.get(), "no begrip: kept");

    write("carillon: beiaard\nmarkt: waag\n", 120);
    Files.setLastModifiedTime(file, FileTime.from(clock.instant().plus(ConceptList.RECHECK)));
    clock.move(ConceptList.RECHECK.plusSeconds(1));
    assertSame(used, list.get(), "saved a moment ago: read at the next check");
    clock.move(ConceptList.RECHECK.plusSeconds(1));
    assertEquals(2, list.get().size());
  }

  @Test
  void aFileTooLargeOrRemovedLeavesTheListInUse() throws Exception {
    write("carillon: beiaard klokkenspel\n", 0);
    ConceptList list = list();
    Concepts used = list.get();

    write("groen: " + "boom ".repeat(ConceptList.MAX_CHARS / 5 + 10), 60);
    clock.move(ConceptList.RECHECK.plusSeconds(1));
    assertSame(used, list.get(), "too large: kept");

    Files.delete(file);
    clock.move(ConceptList.RECHECK.plusSeconds(1));
    assertSame(used, list.get(), "removed: kept");
  }

  private static final class MovingClock extends Clock {
    private Instant now = Instant.parse("2026-12-07T12:00:00Z");

    void move(Duration by) {
      now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
      return ZoneId.of("UTC");
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
