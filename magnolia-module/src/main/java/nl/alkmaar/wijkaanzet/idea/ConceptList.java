package nl.alkmaar.wijkaanzet.idea;

import freemarker.cache.TemplateLoader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import nl.alkmaar.wijkaanzet.idea.similar.Concepts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The look-alike word list a host uses ({@link Concepts}): {@value #LIGHT_MODULE_FILE} in the
 * host's light module folder, where editors extend it, or the jar's copy of the same file when the
 * host has none. A changed file is read again within {@link #RECHECK} without a restart; a file
 * that cannot be read, or is larger than {@value #MAX_CHARS} characters, leaves the list in use as
 * it was (logged), so a bad save never turns the look-alikes off.
 */
public final class ConceptList implements Supplier<Concepts> {

  public static final String LIGHT_MODULE_FILE = "wijkaanzet/begrippen/begrippen.txt";
  static final Duration RECHECK = Duration.ofSeconds(30);
  static final int MAX_CHARS = 512 * 1024;

  /** A file changed less than this long ago is read at the next check (a save under way). */
  static final Duration SETTLING = Duration.ofSeconds(2);

  private static final Logger LOG = LoggerFactory.getLogger(ConceptList.class);

  private final Optional<TemplateLoader> lightModules;
  private final Clock clock;
  private volatile Read current;

  /** The list in use, the file's time it came from, when it was checked, and a failure logged. */
  private record Read(Concepts concepts, long lastModified, Instant checked, long failedAt) {

    Read(Concepts concepts, long lastModified, Instant checked) {
      this(concepts, lastModified, checked, Long.MIN_VALUE);
    }
  }

  /** The jar's list only. */
  public static ConceptList bundled() {
    return new ConceptList(Optional.empty(), Clock.systemUTC());
  }

  /** {@code lightModules}: a loader whose root holds the light module folders. */
  public ConceptList(Optional<TemplateLoader> lightModules, Clock clock) {
    this.lightModules = lightModules;
    this.clock = clock;
    this.current = new Read(Concepts.bundled(), Long.MIN_VALUE, Instant.MIN);
    // At start there is no list from the file to keep: read it whatever its age.
    this.current = readIfChanged(current, false);
    if (current.lastModified() == Long.MIN_VALUE) {
      LOG.info(
          "look-alike word list: the module's copy ({} words); none in the light module folder",
          current.concepts().size());
    }
  }

  /** The list in use; the same instance until the file changes. */
  @Override
  public Concepts get() {
    Read read = current;
    if (lightModules.isPresent() && !clock.instant().isBefore(read.checked().plus(RECHECK))) {
      synchronized (this) {
        if (current == read) {
          current = readIfChanged(read, true);
        }
      }
    }
    return current.concepts();
  }

  private Read readIfChanged(Read before, boolean letSavesSettle) {
    Instant now = clock.instant();
    if (lightModules.isEmpty()) {
      return new Read(before.concepts(), before.lastModified(), now);
    }
    TemplateLoader files = lightModules.get();
    Object source = null;
    try {
      source = files.findTemplateSource(LIGHT_MODULE_FILE);
      if (source == null) {
        return new Read(before.concepts(), before.lastModified(), now);
      }
      long modified = files.getLastModified(source);
      if (modified == before.lastModified() && modified != -1) {
        return new Read(before.concepts(), modified, now);
      }
      if (letSavesSettle && modified != -1 && now.toEpochMilli() - modified < SETTLING.toMillis()) {
        // An editor's save may still be under way: read it at the next check, whole.
        return new Read(before.concepts(), before.lastModified(), now);
      }
      Concepts concepts =
          Concepts.read(new StringReader(readBounded(files.getReader(source, "UTF-8"))));
      if (concepts.size() == 0) {
        LOG.warn(
            "look-alike word list {} has no begrippen, the list in use stays", LIGHT_MODULE_FILE);
        return new Read(before.concepts(), modified, now);
      }
      if (!concepts.unusable().isEmpty()) {
        LOG.warn(
            "look-alike word list {}: words that can never match a text, left out: {}",
            LIGHT_MODULE_FILE,
            concepts.unusable());
      }
      LOG.info("look-alike word list {} read: {} words", LIGHT_MODULE_FILE, concepts.size());
      return new Read(concepts, modified, now);
    } catch (IOException | RuntimeException e) {
      if (before.failedAt() != Long.MIN_VALUE) {
        return new Read(before.concepts(), before.lastModified(), now, before.failedAt());
      }
      LOG.warn(
          "look-alike word list {} unreadable, the list in use stays: {}",
          LIGHT_MODULE_FILE,
          e.getMessage());
      return new Read(before.concepts(), before.lastModified(), now, 0);
    } finally {
      close(files, source);
    }
  }

  private static String readBounded(Reader reader) throws IOException {
    try (reader) {
      StringBuilder text = new StringBuilder();
      char[] buffer = new char[8192];
      for (int n = reader.read(buffer); n != -1; n = reader.read(buffer)) {
        text.append(buffer, 0, n);
        if (text.length() > MAX_CHARS) {
          throw new IOException("larger than " + MAX_CHARS + " characters");
        }
      }
      return text.toString();
    }
  }

  private static void close(TemplateLoader files, Object source) {
    if (source == null) {
      return;
    }
    try {
      files.closeTemplateSource(source);
    } catch (IOException e) {
      LOG.debug("closing {} failed", LIGHT_MODULE_FILE, e);
    }
  }
}
