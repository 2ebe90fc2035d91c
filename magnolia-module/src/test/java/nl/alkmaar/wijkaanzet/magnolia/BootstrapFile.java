package nl.alkmaar.wijkaanzet.magnolia;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * One file of {@code mgnl-bootstrap/wijkaanzet/} and where Magnolia puts it, by the rule of its
 * {@code BootstrapUtil} and {@code DataTransporter.revertExportPath} (ekirkilevics/Magnolia 5.0,
 * BootstrapUtil l.67-173, DataTransporter l.637-661): the file name without {@code .xml}, dots read
 * as slashes and {@code ..} as a literal dot; the first segment is the workspace, the rest the
 * node's path.
 */
record BootstrapFile(Path file, String workspace, String path) {

  static final String FOLDER = "/mgnl-bootstrap/wijkaanzet";

  static List<BootstrapFile> all() throws URISyntaxException, java.io.IOException {
    Path folder = Path.of(BootstrapFile.class.getResource(FOLDER).toURI());
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .filter(file -> file.toString().endsWith(".xml"))
          .sorted()
          .map(BootstrapFile::of)
          .toList();
    }
  }

  static BootstrapFile of(Path file) {
    String name = file.getFileName().toString().replaceFirst("\\.xml$", "");
    String slashed = name.replace("..", "\u0000").replace('.', '/').replace('\u0000', '.');
    int firstSlash = slashed.indexOf('/');
    return new BootstrapFile(file, slashed.substring(0, firstSlash), slashed.substring(firstSlash));
  }

  String parentPath() {
    String parent = path.substring(0, path.lastIndexOf('/'));
    return parent.isEmpty() ? "/" : parent;
  }

  String nodeName() {
    return path.substring(path.lastIndexOf('/') + 1);
  }
}
