package nl.alkmaar.wijkaanzet.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Photos of forms sent back with errors wait on disk, for one browser, within a byte cap. */
class KeptPhotosTest {

  @TempDir Path folder;
  private final Clock clock = Clock.fixed(Instant.parse("2024-04-10T10:00:00Z"), ZoneOffset.UTC);

  private static KeptPhotos.Picture photo(int size) {
    return new KeptPhotos.Picture(new byte[size], new byte[10], 40, 30);
  }

  @Test
  void aKeptPhotoComesBackOnlyForTheBrowserThatSentIt() {
    KeptPhotos kept = new KeptPhotos(folder, clock, new SecureRandom());
    KeptPhotos.Picture original =
        new KeptPhotos.Picture(new byte[] {1, 2, 3}, new byte[] {4}, 3, 1);
    String key = kept.keep("browser-a", original);

    KeptPhotos.Picture back = kept.get("browser-a", key).orElseThrow();
    assertArrayEquals(original.image(), back.image());
    assertArrayEquals(original.thumbnail(), back.thumbnail());
    assertEquals(3, back.width());
    assertTrue(kept.get("browser-b", key).isEmpty());
    assertTrue(kept.get("browser-a", "../../etc/passwd").isEmpty());
  }

  @Test
  void theBytesOnDiskStayUnderTheCapTheOldestGoFirst() throws Exception {
    KeptPhotos kept = new KeptPhotos(folder, clock, new SecureRandom(), 1000);
    String first = kept.keep("a", photo(390));
    for (int i = 0; i < 50; i++) {
      kept.keep("b" + i, photo(390));
      assertTrue(kept.bytes() <= 1000, "held " + kept.bytes());
    }

    assertTrue(kept.get("a", first).isEmpty());
    try (Stream<Path> files = Files.list(folder)) {
      assertEquals(4, files.count(), "two photos of two files each");
    }
  }

  @Test
  void forgettingABrowserDeletesItsPhotos() throws Exception {
    KeptPhotos kept = new KeptPhotos(folder, clock, new SecureRandom());
    String mine = kept.keep("a", photo(100));
    String theirs = kept.keep("b", photo(100));

    kept.forget("a");

    assertTrue(kept.get("a", mine).isEmpty());
    assertTrue(kept.get("b", theirs).isPresent());
    try (Stream<Path> files = Files.list(folder)) {
      assertEquals(2, files.count());
    }
  }

  @Test
  void whatAnEarlierRunLeftIsClearedAtStart() throws Exception {
    Files.write(folder.resolve("old.jpg"), new byte[] {1});

    new KeptPhotos(folder, clock, new SecureRandom());

    try (Stream<Path> files = Files.list(folder)) {
      assertEquals(0, files.count());
    }
  }
}
