package nl.alkmaar.wijkaanzet.standalone.preview;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.TemplateLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The light modules folder, as Magnolia's {@code magnolia.resources.dir}: either a folder on disk
 * (edit a template, reload the page) or the copy packed into the standalone jar. Paths look like
 * Magnolia resource paths: {@code /wijkaanzet/templates/pages/campaign.ftl}.
 */
public final class LightModuleFiles {

  static final String PACKED_ROOT = "light-modules";

  private final Path folder;

  private LightModuleFiles(Path folder) {
    this.folder = folder;
  }

  public static LightModuleFiles packed() {
    return new LightModuleFiles(null);
  }

  public static LightModuleFiles folder(Path folder) {
    return new LightModuleFiles(folder.toAbsolutePath().normalize());
  }

  public Optional<byte[]> read(String path) {
    String relative = relative(path);
    if (relative == null) {
      return Optional.empty();
    }
    try {
      if (folder != null) {
        Path file = folder.resolve(relative).normalize();
        return file.startsWith(folder) && Files.isRegularFile(file)
            ? Optional.of(Files.readAllBytes(file))
            : Optional.empty();
      }
      try (InputStream in =
          LightModuleFiles.class
              .getClassLoader()
              .getResourceAsStream(PACKED_ROOT + "/" + relative)) {
        return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public TemplateLoader templateLoader() {
    try {
      return folder != null
          ? new FileTemplateLoader(folder.toFile())
          : new ClassTemplateLoader(LightModuleFiles.class.getClassLoader(), PACKED_ROOT);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Strips the leading slash and refuses anything that climbs out of the folder. */
  private static String relative(String path) {
    String relative = path.startsWith("/") ? path.substring(1) : path;
    if (relative.isEmpty()
        || relative.contains("..")
        || relative.contains("\\")
        || relative.endsWith("/")) {
      return null;
    }
    return relative;
  }

  @Override
  public String toString() {
    return folder != null ? folder.toString() : "classpath:" + PACKED_ROOT;
  }
}
