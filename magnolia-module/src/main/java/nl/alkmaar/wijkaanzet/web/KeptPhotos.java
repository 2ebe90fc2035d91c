package nl.alkmaar.wijkaanzet.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Photos that passed the photo checks but whose form could not be stored yet (a field to correct,
 * an expired form), kept so the resident does not have to choose the photo again. Only the
 * re-encoded photo is kept (no metadata, at most display size), on disk rather than in the heap,
 * for {@link #LIFETIME}, for the browser that sent it, and never more than a fixed number of bytes
 * in all: the oldest go first. The folder is emptied at start; a kept photo outlives no restart.
 */
public final class KeptPhotos {

  /** What is kept of a photo: the re-encoded picture, its thumbnail and its size. */
  public record Picture(byte[] image, byte[] thumbnail, int width, int height) {}

  public static final Duration LIFETIME = Duration.ofMinutes(30);
  static final long DEFAULT_MAX_BYTES = 256L * 1024 * 1024;
  private static final String TEMPORARY_PREFIX = "wijkaanzet-formulierfotos-";
  private static final Logger LOG = LoggerFactory.getLogger(KeptPhotos.class);

  private final Path folder;
  private final Clock clock;
  private final long maxBytes;
  private final SecureRandom random;
  private final Map<String, Entry> entries = new LinkedHashMap<>();
  private final Optional<SharedForms> shared;
  private final SealedForBrowser seal;
  private long bytes;

  public KeptPhotos(Path folder, Clock clock, SecureRandom random) {
    this(folder, clock, random, DEFAULT_MAX_BYTES);
  }

  public KeptPhotos(Path folder, Clock clock, SecureRandom random, long maxBytes) {
    this(folder, clock, random, maxBytes, Optional.empty(), new byte[32]);
  }

  /**
   * Photos kept in {@code shared} (hosts behind a load balancer without sticky sessions) instead of
   * {@code folder}, when it is there, sealed for their browser with a key from {@code hostsSecret};
   * when the shared store fails, in {@code folder}.
   */
  public KeptPhotos(
      Path folder,
      Clock clock,
      SecureRandom random,
      long maxBytes,
      Optional<SharedForms> shared,
      byte[] hostsSecret) {
    this.folder = folder;
    this.clock = clock;
    this.random = random;
    this.maxBytes = maxBytes;
    this.shared = shared;
    this.seal = new SealedForBrowser(hostsSecret);
    emptyFolder();
  }

  /**
   * A new folder in the system's temporary folder, for a host without a data folder of its own
   * (Magnolia). Folders that earlier runs left there and that nobody touched for longer than a
   * photo is kept are deleted first, so photos do not pile up across restarts.
   */
  public static Path temporaryFolder(Clock clock) {
    Path temp = Path.of(System.getProperty("java.io.tmpdir"));
    long stale = clock.millis() - LIFETIME.toMillis();
    try (DirectoryStream<Path> old = Files.newDirectoryStream(temp, TEMPORARY_PREFIX + "*")) {
      for (Path folder : old) {
        if (Files.getLastModifiedTime(folder).toMillis() < stale) {
          deleteFolder(folder);
        }
      }
      return Files.createTempDirectory(TEMPORARY_PREFIX);
    } catch (IOException e) {
      throw new UncheckedIOException("no temporary folder for kept photos", e);
    }
  }

  private static void deleteFolder(Path folder) throws IOException {
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
      for (Path file : files) {
        Files.deleteIfExists(file);
      }
    }
    Files.deleteIfExists(folder);
  }

  /** Keeps {@code photo} for {@code browser}; the answer is the key to ask for it again. */
  public String keep(String browser, Picture photo) {
    if (shared.isPresent()) {
      String key = newKey();
      java.time.Instant now = clock.instant();
      Picture closed =
          new Picture(
              seal.seal(browser, photo.image()),
              seal.seal(browser, photo.thumbnail()),
              photo.width(),
              photo.height());
      try {
        shared.get().keepPhoto(key, seal.browserName(browser), closed, now, now.plus(LIFETIME));
        return key;
      } catch (RuntimeException unreachable) {
        // kept in this host's folder instead
      }
    }
    return keepHere(browser, photo);
  }

  private synchronized String keepHere(String browser, Picture photo) {
    long now = clock.millis();
    dropExpired(now);
    long size = (long) photo.image().length + photo.thumbnail().length;
    while (!entries.isEmpty() && bytes + size > maxBytes) {
      drop(entries.keySet().iterator().next());
    }
    String key = newKey();
    try {
      Files.createDirectories(folder);
      Files.write(image(key), photo.image());
      Files.write(thumbnail(key), photo.thumbnail());
    } catch (IOException e) {
      deleteFiles(key);
      throw new UncheckedIOException("kept photo not written", e);
    }
    entries.put(
        key, new Entry(browser, now + LIFETIME.toMillis(), size, photo.width(), photo.height()));
    bytes += size;
    return key;
  }

  /** The photo kept under {@code key}, if it is still there and {@code browser} kept it. */
  public Optional<Picture> get(String browser, String key) {
    if (shared.isPresent() && key != null) {
      Optional<Picture> kept = sharedPhoto(browser, key);
      if (kept.isPresent()) {
        return kept;
      }
    }
    return getHere(browser, key);
  }

  private Optional<Picture> sharedPhoto(String browser, String key) {
    try {
      return shared
          .get()
          .photo(key, seal.browserName(browser), clock.instant())
          .flatMap(
              closed ->
                  seal.open(browser, closed.image())
                      .flatMap(
                          image ->
                              seal.open(browser, closed.thumbnail())
                                  .map(
                                      thumbnail ->
                                          new Picture(
                                              image, thumbnail, closed.width(), closed.height()))));
    } catch (RuntimeException unreachable) {
      return Optional.empty();
    }
  }

  private synchronized Optional<Picture> getHere(String browser, String key) {
    Entry entry = key == null ? null : entries.get(key);
    if (entry == null || !entry.browser.equals(browser) || entry.expiresAt < clock.millis()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new Picture(
              Files.readAllBytes(image(key)),
              Files.readAllBytes(thumbnail(key)),
              entry.width,
              entry.height));
    } catch (IOException e) {
      LOG.warn("kept photo {} unreadable: {}", key, e.getMessage());
      return Optional.empty();
    }
  }

  /** Drops the photos {@code browser} left, e.g. once its point was sent in. */
  public void forget(String browser) {
    if (shared.isPresent()) {
      try {
        shared.get().forgetPhotos(seal.browserName(browser));
      } catch (RuntimeException unreachable) {
        // Best effort: sealed for this browser only, gone within half an hour.
      }
    }
    forgetHere(browser);
  }

  private synchronized void forgetHere(String browser) {
    entries.entrySet().stream()
        .filter(entry -> entry.getValue().browser.equals(browser))
        .map(Map.Entry::getKey)
        .toList()
        .forEach(this::drop);
  }

  /** Bytes on disk now, for tests and monitoring. */
  public synchronized long bytes() {
    return bytes;
  }

  private void dropExpired(long now) {
    Iterator<Map.Entry<String, Entry>> it = entries.entrySet().iterator();
    while (it.hasNext()) {
      Map.Entry<String, Entry> next = it.next();
      if (next.getValue().expiresAt >= now) {
        return; // entries are in the order they were kept, so the rest is younger
      }
      it.remove();
      bytes -= next.getValue().size;
      deleteFiles(next.getKey());
    }
  }

  private void drop(String key) {
    Entry entry = entries.remove(key);
    if (entry != null) {
      bytes -= entry.size;
      deleteFiles(key);
    }
  }

  private String newKey() {
    byte[] key = new byte[18];
    random.nextBytes(key);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(key);
  }

  private Path image(String key) {
    return folder.resolve(key + ".jpg");
  }

  private Path thumbnail(String key) {
    return folder.resolve(key + "-klein.jpg");
  }

  private void deleteFiles(String key) {
    try {
      Files.deleteIfExists(image(key));
      Files.deleteIfExists(thumbnail(key));
    } catch (IOException e) {
      LOG.warn("kept photo {} not deleted: {}", key, e.getMessage());
    }
  }

  private void emptyFolder() {
    try {
      Files.createDirectories(folder);
      try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.jpg")) {
        for (Path file : files) {
          Files.deleteIfExists(file);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("folder for kept photos unusable: " + folder, e);
    }
  }

  private record Entry(String browser, long expiresAt, long size, int width, int height) {}
}
