package nl.alkmaar.wijkaanzet.standalone.preview;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.jackrabbit.commons.cnd.CompactNodeTypeDefReader;
import org.apache.jackrabbit.spi.Name;
import org.apache.jackrabbit.spi.QNodeTypeDefinition;
import org.apache.jackrabbit.spi.QPropertyDefinition;
import org.apache.jackrabbit.spi.commons.namespace.NamespaceMapping;
import org.apache.jackrabbit.spi.commons.nodetype.QDefinitionBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The Magnolia-facing files of the project read as Magnolia reads them, for the conformance tests:
 * the light module's app YAML, the module descriptor and bootstrap XML, and the CND.
 */
final class MagnoliaModuleFiles {

  static final Path MODULE = LightModuleConformanceTest.MODULE;
  static final Path RESOURCES =
      Path.of("..", "magnolia-module", "src", "main", "resources").toAbsolutePath().normalize();
  static final Path DESCRIPTOR = RESOURCES.resolve("META-INF/magnolia/wijkaanzet.xml");
  static final Path CND = RESOURCES.resolve("mgnl-nodetypes/wijkaanzet.cnd");
  static final Path BOOTSTRAP = RESOURCES.resolve("mgnl-bootstrap/wijkaanzet");
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private MagnoliaModuleFiles() {}

  static List<Path> yamlFilesUnder(String folder) throws IOException {
    try (Stream<Path> walk = Files.walk(MODULE.resolve(folder))) {
      return walk.filter(path -> path.toString().endsWith(".yaml")).sorted().toList();
    }
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> yaml(Path file) throws IOException {
    Map<String, Object> map = YAML.readValue(file.toFile(), Map.class);
    assertNotNull(map, file + " is empty");
    return map;
  }

  static Map<String, Object> app(String name) throws IOException {
    return yaml(MODULE.resolve("apps/" + name + ".yaml"));
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Map<String, Object> parent, String... keys) {
    Map<String, Object> current = parent;
    for (String key : keys) {
      Object child = current.get(key);
      assertTrue(child instanceof Map, "no map '" + key + "' in " + current.keySet());
      current = (Map<String, Object>) child;
    }
    return current;
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> list(Map<String, Object> parent, String key) {
    Object child = parent.get(key);
    assertTrue(child instanceof List, "no list '" + key + "' in " + parent.keySet());
    return (List<Map<String, Object>>) child;
  }

  /** A YAML list, or the values of a YAML map (Magnolia accepts both for role lists). */
  static Set<String> values(Object listOrMap) {
    Collection<?> values =
        listOrMap instanceof Map<?, ?> map ? map.values() : (Collection<?>) listOrMap;
    Set<String> strings = new TreeSet<>();
    values.forEach(value -> strings.add(String.valueOf(value)));
    return strings;
  }

  static Document xml(Path file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setValidating(false);
    DocumentBuilder builder = factory.newDocumentBuilder();
    // Magnolia resolves module.dtd itself; well-formed XML is all the test needs.
    builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
    return builder.parse(file.toFile());
  }

  static Set<String> descriptorTexts(String element) throws Exception {
    NodeList nodes = xml(DESCRIPTOR).getElementsByTagName(element);
    Set<String> texts = new TreeSet<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      texts.add(nodes.item(i).getTextContent().trim());
    }
    return texts;
  }

  /** Node type name to the properties it declares itself, read with Jackrabbit's CND parser. */
  static Map<String, Set<String>> nodeTypes() throws Exception {
    try (Reader reader = Files.newBufferedReader(CND)) {
      CompactNodeTypeDefReader<QNodeTypeDefinition, NamespaceMapping> cnd =
          new CompactNodeTypeDefReader<>(reader, CND.toString(), new QDefinitionBuilderFactory());
      NamespaceMapping namespaces = cnd.getNamespaceMapping();
      Map<String, Set<String>> types = new TreeMap<>();
      for (QNodeTypeDefinition type : cnd.getNodeTypeDefinitions()) {
        Set<String> properties = new TreeSet<>();
        for (QPropertyDefinition property : type.getPropertyDefs()) {
          properties.add(jcrName(namespaces, property.getName()));
        }
        types.put(jcrName(namespaces, type.getName()), properties);
      }
      return types;
    }
  }

  private static String jcrName(NamespaceMapping namespaces, Name name) throws Exception {
    return namespaces.getPrefix(name.getNamespaceURI()) + ":" + name.getLocalName();
  }
}
