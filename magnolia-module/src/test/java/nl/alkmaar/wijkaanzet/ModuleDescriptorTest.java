package nl.alkmaar.wijkaanzet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServlet;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** What Magnolia checks when it reads META-INF/magnolia/wijkaanzet.xml at start. */
class ModuleDescriptorTest {

  private static Document descriptor;

  @BeforeAll
  static void parse() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setValidating(false);
    DocumentBuilder builder = factory.newDocumentBuilder();
    // Magnolia resolves module.dtd itself; the test only needs well-formed XML.
    builder.setEntityResolver(
        (publicId, systemId) -> new InputSource(new java.io.StringReader("")));
    try (InputStream in =
        ModuleDescriptorTest.class.getResourceAsStream("/META-INF/magnolia/wijkaanzet.xml")) {
      assertNotNull(in, "module descriptor missing");
      descriptor = builder.parse(in);
    }
  }

  private static List<Element> elements(Element parent, String name) {
    NodeList nodes = parent.getElementsByTagName(name);
    List<Element> elements = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      elements.add((Element) nodes.item(i));
    }
    return elements;
  }

  private static String text(Element parent, String name) {
    return elements(parent, name).get(0).getTextContent().trim();
  }

  @Test
  void namesTheModuleWithTheBuiltVersion() {
    Element module = descriptor.getDocumentElement();

    assertEquals("module", module.getTagName());
    assertEquals("wijkaanzet", text(module, "name"));
    assertTrue(
        text(module, "version").matches("\\d+\\.\\d+\\.\\d+"),
        "filtered version, got " + text(module, "version"));
  }

  @Test
  void dependsOnMagnoliaCore64() {
    List<Element> dependencies = elements(descriptor.getDocumentElement(), "dependency");

    assertTrue(
        dependencies.stream()
            .anyMatch(d -> text(d, "name").equals("core") && text(d, "version").startsWith("6.4")));
  }

  @Test
  void everyServletClassExistsAndIsAnHttpServletWithAPublicNoArgumentConstructor()
      throws Exception {
    List<Element> servlets = elements(descriptor.getDocumentElement(), "servlet");
    assertFalse(servlets.isEmpty());
    for (Element servlet : servlets) {
      Class<?> type = Class.forName(text(servlet, "class"));
      assertTrue(HttpServlet.class.isAssignableFrom(type), type + " is no HttpServlet");
      assertNotNull(type.getConstructor().newInstance());
      for (Element mapping : elements(servlet, "mapping")) {
        assertTrue(
            mapping.getTextContent().trim().startsWith("/.wijkaanzet/"),
            "mapping outside /.wijkaanzet/: " + mapping.getTextContent());
      }
    }
  }

  @Test
  void declaresBothWorkspacesAndTheNodeTypes() {
    Element repository = elements(descriptor.getDocumentElement(), "repository").get(0);

    assertEquals(
        List.of("wijkaanzet", "wijkaanzet-votes"),
        elements(repository, "workspace").stream().map(e -> e.getTextContent().trim()).toList());
    String cnd = text(repository, "nodeTypeFile");
    assertNotNull(
        ModuleDescriptorTest.class.getResource(cnd),
        "node type file " + cnd + " is not in the jar");
  }
}
