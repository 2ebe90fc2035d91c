package nl.alkmaar.wijkaanzet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.alkmaar.wijkaanzet.web.UserIdentity;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The bootstrap XML Magnolia imports on install: well-formed system view, names that fit their
 * file.
 */
class BootstrapFilesTest {

  private static final String FOLDER = "/mgnl-bootstrap/wijkaanzet";

  private static List<Path> files() throws Exception {
    Path folder = Path.of(BootstrapFilesTest.class.getResource(FOLDER).toURI());
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.toString().endsWith(".xml")).sorted().toList();
    }
  }

  private static Document parse(Path file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    try (InputStream in = Files.newInputStream(file)) {
      return factory.newDocumentBuilder().parse(in);
    }
  }

  private static String property(Element node, String name) {
    NodeList properties = node.getElementsByTagNameNS("http://www.jcp.org/jcr/sv/1.0", "property");
    for (int i = 0; i < properties.getLength(); i++) {
      Element property = (Element) properties.item(i);
      if (property.getParentNode() == node
          && name.equals(property.getAttributeNS("http://www.jcp.org/jcr/sv/1.0", "name"))) {
        return property.getTextContent().trim();
      }
    }
    return null;
  }

  @Test
  void everyFileIsASystemViewNodeNamedAsTheLastPartOfItsFileName() throws Exception {
    for (Path file : files()) {
      Element root = parse(file).getDocumentElement();
      String fileName = file.getFileName().toString().replaceFirst("\\.xml$", "");
      String expectedName = fileName.substring(fileName.lastIndexOf('.') + 1);

      assertEquals("node", root.getLocalName(), file + " is no sv:node");
      String actualName = root.getAttributeNS("http://www.jcp.org/jcr/sv/1.0", "name");
      assertTrue(
          fileName.endsWith(actualName),
          file + ": node " + actualName + " does not match the file name");
      assertNotNull(property(root, "jcr:primaryType"), file + " has no primary type");
      assertTrue(expectedName.length() > 0);
    }
  }

  @Test
  void wijkfnPointsAtAClassMagnoliaCanInstantiate() throws Exception {
    Path file =
        Path.of(
            BootstrapFilesTest.class
                .getResource(
                    FOLDER + "/config.server.rendering.freemarker.contextAttributes.wijkfn.xml")
                .toURI());
    Element root = parse(file).getDocumentElement();

    assertEquals("wijkfn", property(root, "name"));
    Class<?> type = Class.forName(property(root, "componentClass"));
    assertNotNull(type.getConstructor(), "Magnolia needs a public no-argument constructor");
  }

  @Test
  void theThreeRolesExist() throws URISyntaxException {
    for (String role : List.of(UserIdentity.EDITOR, UserIdentity.MODERATOR, UserIdentity.STAFF)) {
      assertNotNull(
          BootstrapFilesTest.class.getResource(FOLDER + "/userroles." + role + ".xml"), role);
    }
  }
}
