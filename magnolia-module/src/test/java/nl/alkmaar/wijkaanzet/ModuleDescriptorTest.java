package nl.alkmaar.wijkaanzet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServlet;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.alkmaar.wijkaanzet.web.ServletRoutes;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** What Magnolia checks when it reads META-INF/magnolia/wijkaanzet.xml at start. */
class ModuleDescriptorTest {

  /**
   * The content model of Magnolia's module.dtd, element by element, transcribed from Magnolia core
   * (ekirkilevics/Magnolia 5.0, magnolia-core/src/main/resources/info/magnolia/module/model/
   * module.dtd, l.1-53). Magnolia's BetwixtModuleDefinitionReader (l.92-93, 156-194) replaces any
   * DOCTYPE with this DTD, parses with validation and refuses the module on any error ("Invalid
   * module definition file"), which stops Magnolia's start. The 6.x module descriptors we could
   * read (IBM magkit, merkle-open on 6.4) all keep this order.
   */
  static final String MODULE_DTD =
      """
      <!ELEMENT module (name, (displayName|display-name)?, description?, class?, versionHandler?,
                        version, properties?, components*, dependencies?, servlets?,
                        repositories?)>
      <!ELEMENT name (#PCDATA)>
      <!ELEMENT displayName (#PCDATA)>
      <!ELEMENT display-name (#PCDATA)>
      <!ELEMENT version (#PCDATA)>
      <!ELEMENT description (#PCDATA)>
      <!ELEMENT class (#PCDATA)>
      <!ELEMENT versionHandler (#PCDATA)>
      <!ELEMENT value (#PCDATA)>
      <!ELEMENT dependencies (dependency+)>
      <!ELEMENT dependency (name, version?, optional?)>
      <!ELEMENT optional (#PCDATA)>
      <!ELEMENT properties (property+)>
      <!ELEMENT property (name, value)>
      <!ELEMENT servlets (servlet+)>
      <!ELEMENT servlet (name, class, comment?, mappings, params?)>
      <!ELEMENT mappings (mapping+)>
      <!ELEMENT mapping (#PCDATA)>
      <!ELEMENT comment (#PCDATA)>
      <!ELEMENT params (param*)>
      <!ELEMENT param (name, value)>
      <!ELEMENT repositories (repository+)>
      <!ELEMENT repository (name, workspaces, nodeTypeFile?)>
      <!ELEMENT workspaces (workspace+)>
      <!ELEMENT workspace (#PCDATA)>
      <!ELEMENT nodeTypeFile (#PCDATA)>
      <!ELEMENT components (id, configurer*, component*, type-mapping*)>
      <!ELEMENT id (#PCDATA)>
      <!ELEMENT component (type?, implementation?, provider?, workspace?, path?, observed?,
                           scope?, lazy?)>
      <!ELEMENT type (#PCDATA)>
      <!ELEMENT implementation (#PCDATA)>
      <!ELEMENT provider (#PCDATA)>
      <!ELEMENT path (#PCDATA)>
      <!ELEMENT observed (#PCDATA)>
      <!ELEMENT scope (#PCDATA)>
      <!ELEMENT lazy (#PCDATA)>
      <!ELEMENT configurer (class)>
      <!ELEMENT type-mapping (type, implementation)>
      """;

  /** Magnolia's component scopes (ComponentDefinition l.44-46); anything else fails its start. */
  private static final List<String> SCOPES = List.of("singleton", "local", "session");

  private static byte[] descriptorBytes() throws Exception {
    try (InputStream in =
        ModuleDescriptorTest.class.getResourceAsStream(ServletRoutes.DESCRIPTOR)) {
      assertNotNull(in, "module descriptor missing");
      return in.readAllBytes();
    }
  }

  /** Parses as Magnolia does: validating against module.dtd, any error refuses the module. */
  static Document parseValidating(byte[] xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setValidating(true);
    DocumentBuilder builder = factory.newDocumentBuilder();
    builder.setEntityResolver(
        (publicId, systemId) -> new InputSource(new StringReader(MODULE_DTD)));
    builder.setErrorHandler(
        new ErrorHandler() {
          @Override
          public void warning(SAXParseException e) {}

          @Override
          public void error(SAXParseException e) throws SAXException {
            throw new SAXException(
                "Invalid module definition file, error at line "
                    + e.getLineNumber()
                    + ": "
                    + e.getMessage(),
                e);
          }

          @Override
          public void fatalError(SAXParseException e) throws SAXException {
            error(e);
          }
        });
    return builder.parse(new ByteArrayInputStream(xml));
  }

  private static Document descriptor() throws Exception {
    return parseValidating(descriptorBytes());
  }

  private static List<Element> elements(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element element && element.getTagName().equals(name)) {
        found.add(element);
      }
    }
    return found;
  }

  private static String text(Element parent, String name) {
    return elements(parent, name).get(0).getTextContent().trim();
  }

  @Test
  void isValidAgainstMagnoliasModuleDtd() throws Exception {
    assertEquals("module", descriptor().getDocumentElement().getTagName());
  }

  /** Guards the check itself: the order that made Magnolia refuse the module before. */
  @Test
  void dependenciesAfterRepositoriesWouldBeRefused() throws Exception {
    String valid = new String(descriptorBytes(), StandardCharsets.UTF_8);
    int start = valid.indexOf("  <dependencies>");
    int end = valid.indexOf("</dependencies>") + "</dependencies>".length();
    String dependencies = valid.substring(start, end);
    String reordered =
        valid.replace(dependencies, "").replace("</module>", dependencies + "\n</module>");

    SAXException refused =
        assertThrows(
            SAXException.class, () -> parseValidating(reordered.getBytes(StandardCharsets.UTF_8)));
    assertTrue(refused.getMessage().startsWith("Invalid module definition file"));
  }

  @Test
  void namesTheModuleWithTheBuiltVersionAndItsMagnolia64Dependencies() throws Exception {
    Element module = descriptor().getDocumentElement();

    assertEquals("wijkaanzet", text(module, "name"));
    assertTrue(text(module, "version").matches("\\d+\\.\\d+\\.\\d+"), text(module, "version"));
    List<String> required = new ArrayList<>();
    List<String> optional = new ArrayList<>();
    for (Element dependency : elements(elements(module, "dependencies").get(0), "dependency")) {
      boolean isOptional =
          !elements(dependency, "optional").isEmpty()
              && text(dependency, "optional").equals("true");
      if (isOptional) {
        // A present optional module is still version-checked, and Magnolia's modules do not all
        // follow Magnolia's version (cache is 6.0 on Magnolia 6.3): no version, no refusal.
        assertTrue(elements(dependency, "version").isEmpty(), text(dependency, "name"));
        optional.add(text(dependency, "name"));
      } else {
        assertTrue(text(dependency, "version").startsWith("6.4/"), text(dependency, "name"));
        required.add(text(dependency, "name"));
      }
    }
    assertEquals(List.of("core", "rendering"), required);
    assertEquals(List.of("cache"), optional);
  }

  @Test
  void everyComponentIsAnInstantiableClassInAKnownScope() throws Exception {
    Element module = descriptor().getDocumentElement();
    List<Element> components = elements(elements(module, "components").get(0), "component");
    assertFalse(components.isEmpty());
    for (Element component : components) {
      Class<?> type = Class.forName(text(component, "type"));
      Class<?> implementation = Class.forName(text(component, "implementation"));
      assertTrue(type.isAssignableFrom(implementation), implementation + " is no " + type);
      assertFalse(Modifier.isAbstract(implementation.getModifiers()), implementation.getName());
      // Guice builds a class without @Inject constructor through its public no-argument one.
      assertNotNull(implementation.getConstructor().newInstance());
      assertTrue(SCOPES.contains(text(component, "scope")), text(component, "scope"));
    }
  }

  /** The renderer asks the component provider for wijkfn's class; unregistered types fail. */
  @Test
  void wijkfnsClassIsARegisteredComponent() throws Exception {
    Element components = elements(descriptor().getDocumentElement(), "components").get(0);

    assertEquals("main", text(components, "id"));
    assertTrue(
        elements(components, "component").stream()
            .anyMatch(
                component ->
                    text(component, "type").equals("nl.alkmaar.wijkaanzet.render.WijkFunctions")));
  }

  @Test
  void everyServletIsAnHttpServletWithAPublicNoArgumentConstructor() throws Exception {
    List<ServletRoutes.Route> routes = ServletRoutes.fromDescriptor();
    assertFalse(routes.isEmpty());
    for (ServletRoutes.Route route : routes) {
      Class<?> type = Class.forName(route.className());
      assertTrue(HttpServlet.class.isAssignableFrom(type), type + " is no HttpServlet");
      assertNotNull(type.getConstructor().newInstance());
    }
  }

  /**
   * Magnolia's mappings (cms/filters/Mapping, 5.0): {@code /x/*} needs the slash, so the bare
   * {@code /x} needs a mapping of its own; anything else without {@code *} is an exact path.
   */
  @Test
  void everyPrefixMappingAlsoMapsItsBarePath() {
    for (ServletRoutes.Route route : ServletRoutes.fromDescriptor()) {
      for (String mapping : route.mappings()) {
        assertFalse(
            mapping.indexOf('*') >= 0 && !mapping.endsWith("/*"), route.name() + ": " + mapping);
        if (mapping.endsWith("/*")) {
          String bare = mapping.substring(0, mapping.length() - 2);
          assertTrue(route.mappings().contains(bare), route.name() + " lacks " + bare);
        }
      }
    }
  }

  /** Magnolia tries servlets in order; the catch-all for unknown API addresses must be last. */
  @Test
  void theApiCatchAllComesLast() {
    List<ServletRoutes.Route> routes = ServletRoutes.fromDescriptor();

    assertEquals(
        "nl.alkmaar.wijkaanzet.module.ApiNotFoundServlet",
        routes.get(routes.size() - 1).className());
  }

  @Test
  void declaresBothWorkspacesAndTheNodeTypes() throws Exception {
    Element repositories = elements(descriptor().getDocumentElement(), "repositories").get(0);
    Element repository = elements(repositories, "repository").get(0);

    assertEquals("magnolia", text(repository, "name"));
    assertEquals(
        List.of("wijkaanzet", "wijkaanzet-votes"),
        elements(elements(repository, "workspaces").get(0), "workspace").stream()
            .map(e -> e.getTextContent().trim())
            .toList());
    String cnd = text(repository, "nodeTypeFile");
    assertNotNull(ModuleDescriptorTest.class.getResource(cnd), cnd + " is not in the jar");
  }
}
