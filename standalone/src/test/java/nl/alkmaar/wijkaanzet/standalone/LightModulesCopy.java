package nl.alkmaar.wijkaanzet.standalone;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A copy of the repository's light modules that a test may edit as an editor would. */
final class LightModulesCopy {

  private LightModulesCopy() {}

  /** Copies {@code ../light-modules} into {@code target} and answers {@code target}. */
  static Path into(Path target) throws IOException {
    Path from = Path.of("..", "light-modules");
    try (Stream<Path> files = Files.walk(from)) {
      files.forEach(
          file -> {
            try {
              Path copy = target.resolve(from.relativize(file).toString());
              if (Files.isDirectory(file)) {
                Files.createDirectories(copy);
              } else {
                Files.copy(file, copy);
              }
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    }
    return target;
  }
}
