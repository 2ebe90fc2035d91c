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
  private long bytes;

  public KeptPhotos(Path folder, Clock clock, SecureRandom random) {
    this(folder, clock, random, DEFAULT_MAX_BYTES);
  }

  public KeptPhotos(Path folder, Clock clock, SecureRandom random, long maxBytes) {
    this(folder, clock, random, maxBytes, Optional.empty());
  }

  /**
   * Photos kept in {@code shared} (hosts behind a load balancer without sticky sessions) instead of
   * {@code folder}, when it is there.
   */
  public KeptPhotos(
      Path folder, Clock clock, SecureRandom random, long maxBytes, Optional<SharedForms> shared) {
    this.folder = folder;
    this.clock = clock;
    this.random = random;
    this.maxBytes = maxBytes;
    this.shared = shared;
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
  public synchronized String keep(String browser, Picture photo) {
    if (shared.isPresent()) {
      String key = newKey();
      java.time.Instant now = clock.instant();
      shared.get().keepPhoto(key, browser, photo, now, now.plus(LIFETIME));
      return key;
    }
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
  public synchronized Optional<Picture> get(String browser, String key) {
    if (shared.isPresent()) {
      return key == null ? Optional.empty() : shared.get().photo(key, browser, clock.instant());
    }
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
  public synchronized void forget(String browser) {
    shared.ifPresent(store -> store.forgetPhotos(browser));
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
