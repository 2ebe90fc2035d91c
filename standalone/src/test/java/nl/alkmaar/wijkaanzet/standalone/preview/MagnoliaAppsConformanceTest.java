package nl.alkmaar.wijkaanzet.standalone.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.alkmaar.wijkaanzet.idea.IdeaStatus;
import nl.alkmaar.wijkaanzet.idea.SubmissionLimits;
import org.apache.jackrabbit.commons.cnd.CompactNodeTypeDefReader;
import org.apache.jackrabbit.spi.Name;
import org.apache.jackrabbit.spi.QNodeTypeDefinition;
import org.apache.jackrabbit.spi.QPropertyDefinition;
import org.apache.jackrabbit.spi.commons.namespace.NamespaceMapping;
import org.apache.jackrabbit.spi.commons.nodetype.QDefinitionBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * What Magnolia would check when it registers the light module's apps and the App Launcher
 * decoration, and what must hold between them and the Java module: the workspace and node types
 * they name exist, moderators never see the private folder, the status is changed only through the
 * moderation screens, and the embedded app points at a servlet of the module.
 */
class MagnoliaAppsConformanceTest {

  private static final Path MODULE = LightModuleConformanceTest.MODULE;
  private static final Path RESOURCES =
      Path.of("..", "magnolia-module", "src", "main", "resources").toAbsolutePath().normalize();
  private static final Path DESCRIPTOR = RESOURCES.resolve("META-INF/magnolia/wijkaanzet.xml");
  private static final Path CND = RESOURCES.resolve("mgnl-nodetypes/wijkaanzet.cnd");
  private static final Path BOOTSTRAP = RESOURCES.resolve("mgnl-bootstrap/wijkaanzet");
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private static final String CONTENT_APP = "wijkaanzet-punten";
  private static final String MODERATION_APP = "wijkaanzet-moderatie";
  private static final String VOTING_APP = "wijkaanzet-stemmen";
  private static final String REVIEW_APP = "wijkaanzet-haalbaarheid";
  private static final String RESULTS_APP = "wijkaanzet-uitslag";
  private static final String EXECUTION_APP = "wijkaanzet-uitvoering";
  private static final String STATISTICS_APP = "wijkaanzet-statistieken";
  private static final List<String> APPS =
      List.of(
          CONTENT_APP,
          MODERATION_APP,
          VOTING_APP,
          REVIEW_APP,
          RESULTS_APP,
          EXECUTION_APP,
          STATISTICS_APP);
  private static final Set<String> ROLES = Set.of("wijkaanzet-moderator", "superuser");

  /** Apps that show one of the module's screens: app → label, address, roles. */
  private static final Map<String, List<Object>> SCREEN_APPS =
      Map.of(
          MODERATION_APP,
          List.of("Moderatie Wij(k) aan zet!", "/.wijkaanzet/moderatie", ROLES),
          VOTING_APP,
          List.of(
              "Stemmen Wij(k) aan zet!",
              "/.wijkaanzet/stembeheer",
              Set.of("wijkaanzet-editor", "superuser")),
          REVIEW_APP,
          List.of(
              "Haalbaarheid Wij(k) aan zet!",
              "/.wijkaanzet/haalbaarheid",
              Set.of("wijkaanzet-reviewer", "wijkaanzet-editor", "superuser")),
          RESULTS_APP,
          List.of(
              "Uitslag Wij(k) aan zet!",
              "/.wijkaanzet/uitslag",
              Set.of("wijkaanzet-editor", "superuser")),
          EXECUTION_APP,
          List.of(
              "Uitvoering Wij(k) aan zet!",
              "/.wijkaanzet/uitvoering",
              Set.of("wijkaanzet-editor", "superuser")),
          STATISTICS_APP,
          List.of(
              "Statistieken Wij(k) aan zet!",
              "/.wijkaanzet/statistieken",
              Set.of("wijkaanzet-editor", "superuser")));

  /** Node types below {@code /<campaign>/private}: personal data, never shown in an app. */
  private static final Set<String> PRIVATE_NODE_TYPES =
      Set.of("wz:folder", "wz:submitter", "wz:auditEntry", "wz:outboxMessage");

  /** Columns Magnolia fills itself rather than from a property of the node. */
  private static final Set<String> BUILT_IN_COLUMNS = Set.of("jcrName");

  private static List<Path> yamlFilesUnder(String folder) throws IOException {
    try (Stream<Path> walk = Files.walk(MODULE.resolve(folder))) {
      return walk.filter(path -> path.toString().endsWith(".yaml")).sorted().toList();
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> yaml(Path file) throws IOException {
    Map<String, Object> map = YAML.readValue(file.toFile(), Map.class);
    assertNotNull(map, file + " is empty");
    return map;
  }

  private static Map<String, Object> app(String name) throws IOException {
    return yaml(MODULE.resolve("apps/" + name + ".yaml"));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Map<String, Object> parent, String... keys) {
    Map<String, Object> current = parent;
    for (String key : keys) {
      Object child = current.get(key);
      assertTrue(child instanceof Map, "no map '" + key + "' in " + current.keySet());
      current = (Map<String, Object>) child;
    }
    return current;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(Map<String, Object> parent, String key) {
    Object child = parent.get(key);
    assertTrue(child instanceof List, "no list '" + key + "' in " + parent.keySet());
    return (List<Map<String, Object>>) child;
  }

  /** A YAML list, or the values of a YAML map (Magnolia accepts both for role lists). */
  private static Set<String> values(Object listOrMap) {
    Collection<?> values =
        listOrMap instanceof Map<?, ?> map ? map.values() : (Collection<?>) listOrMap;
    Set<String> strings = new TreeSet<>();
    values.forEach(value -> strings.add(String.valueOf(value)));
    return strings;
  }

  private static List<Map<String, Object>> contentViews(Map<String, Object> app) {
    return list(map(app, "subApps", "browser", "workbench"), "contentViews");
  }

  private static Map<String, Object> formProperties(Map<String, Object> app) {
    return map(app, "subApps", "detail", "form", "properties");
  }

  /** Every node type named in a definition, wherever Magnolia reads one. */
  private static Set<String> nodeTypesNamedIn(Object definition) {
    Set<String> types = new TreeSet<>();
    if (definition instanceof Map<?, ?> map) {
      map.forEach(
          (key, value) -> {
            switch (String.valueOf(key)) {
              case "allowedNodeTypes", "nodeTypes" -> types.addAll(values(value));
              case "nodeType" -> types.add(String.valueOf(value));
              case "nodeTypeToIcon" -> ((Map<?, ?>) value).keySet().forEach(k -> types.add(k + ""));
              default -> types.addAll(nodeTypesNamedIn(value));
            }
          });
    } else if (definition instanceof List<?> list) {
      list.forEach(item -> types.addAll(nodeTypesNamedIn(item)));
    }
    return types;
  }

  /** Every JCR data source in a definition: the app's, a subapp's or a filter's. */
  private static List<Map<?, ?>> jcrDatasources(Object definition) {
    List<Map<?, ?>> found = new ArrayList<>();
    if (definition instanceof Map<?, ?> map) {
      if ("jcrDatasource".equals(map.get("$type"))) {
        found.add(map);
      }
      map.values().forEach(value -> found.addAll(jcrDatasources(value)));
    } else if (definition instanceof List<?> list) {
      list.forEach(item -> found.addAll(jcrDatasources(item)));
    }
    return found;
  }

  private static Document xml(Path file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setValidating(false);
    DocumentBuilder builder = factory.newDocumentBuilder();
    // Magnolia resolves module.dtd itself; well-formed XML is all the test needs.
    builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
    return builder.parse(file.toFile());
  }

  private static Set<String> descriptorTexts(String element) throws Exception {
    NodeList nodes = xml(DESCRIPTOR).getElementsByTagName(element);
    Set<String> texts = new TreeSet<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      texts.add(nodes.item(i).getTextContent().trim());
    }
    return texts;
  }

  /** Node type name to the properties it declares itself, read with Jackrabbit's CND parser. */
  private static Map<String, Set<String>> nodeTypes() throws Exception {
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

  @Test
  void everyYamlUnderAppsAndDecorationsParses() throws IOException {
    List<Path> files = new ArrayList<>(yamlFilesUnder("apps"));
    files.addAll(yamlFilesUnder("decorations"));
    assertTrue(files.size() >= 3, "apps and the launcher decoration: " + files);
    for (Path file : files) {
      yaml(file);
    }
  }

  @Test
  void everyAppHasADescriptorClassALabelAndSubappsWithAClass() throws IOException {
    List<Path> apps = yamlFilesUnder("apps");
    assertFalse(apps.isEmpty());
    for (Path file : apps) {
      Map<String, Object> app = yaml(file);
      assertTrue(app.containsKey("class") || app.containsKey("$type"), file + ": class");
      assertNotNull(app.get("appClass"), file + ": appClass");
      assertNotNull(app.get("label"), file + ": label");
      Map<String, Object> subApps = map(app, "subApps");
      assertFalse(subApps.isEmpty(), file + ": no subapps");
      subApps.forEach(
          (name, subApp) -> {
            Map<?, ?> definition = (Map<?, ?>) subApp;
            assertTrue(
                definition.containsKey("class") || definition.containsKey("$type"),
                file + ": subapp " + name + " has no class");
          });
    }
  }

  @Test
  void eachAppIsForItsOwnRolesAndAllAreForSuperusers() throws IOException {
    for (String name : APPS) {
      Object roles = SCREEN_APPS.containsKey(name) ? SCREEN_APPS.get(name).get(2) : ROLES;
      assertEquals(roles, values(map(app(name), "permissions").get("roles")), name);
    }
  }

  @Test
  void everyPermittedRoleIsBootstrappedByTheModule() throws Exception {
    for (String name : APPS) {
      for (String role : values(map(app(name), "permissions").get("roles"))) {
        if (role.equals("superuser")) {
          continue; // Magnolia's own role
        }
        Path file = BOOTSTRAP.resolve("userroles." + role + ".xml");
        assertTrue(Files.exists(file), name + ": role " + role + " has no " + file);
        assertEquals(role, xml(file).getDocumentElement().getAttribute("sv:name"), file.toString());
      }
    }
  }

  @Test
  void theContentAppBrowsesTheWijkaanzetWorkspaceFromItsRoot() throws IOException {
    Map<String, Object> datasource = map(app(CONTENT_APP), "datasource");

    assertEquals("jcrDatasource", datasource.get("$type"));
    assertEquals("wijkaanzet", datasource.get("workspace"));
    assertEquals("/", datasource.get("rootPath"));
  }

  @Test
  void theContentAppShowsNoNodeTypeOfThePrivateFolder() throws IOException {
    Map<String, Object> app = app(CONTENT_APP);
    Set<String> allowed = values(map(app, "datasource").get("allowedNodeTypes"));

    assertEquals(Set.of("wz:campaign", "wz:wijk", "wz:idea"), allowed);
    for (Map<?, ?> datasource : jcrDatasources(app)) {
      Object types = datasource.get("allowedNodeTypes");
      assertNotNull(types, "a JCR data source without allowedNodeTypes shows every node type");
      Set<String> shown = new TreeSet<>(values(types));
      shown.retainAll(PRIVATE_NODE_TYPES);
      assertTrue(shown.isEmpty(), "private node types shown: " + shown);
    }
  }

  @Test
  void everyNamedWorkspaceAndNodeTypeExistsInTheJavaModule() throws Exception {
    Set<String> workspaces = descriptorTexts("workspace");
    Set<String> nodeTypes = nodeTypes().keySet();
    for (Path file : yamlFilesUnder("apps")) {
      Map<String, Object> app = yaml(file);
      for (Map<?, ?> datasource : jcrDatasources(app)) {
        assertTrue(
            workspaces.contains(String.valueOf(datasource.get("workspace"))),
            file + ": workspace " + datasource.get("workspace") + " is not in " + workspaces);
      }
      Set<String> missing = new TreeSet<>(nodeTypesNamedIn(app));
      missing.removeAll(nodeTypes);
      assertTrue(missing.isEmpty(), file + ": node types not in the CND: " + missing);
    }
  }

  @Test
  void everyViewShowsTheSameColumnsAndTheListFiltersOnEveryStatus() throws IOException {
    List<Map<String, Object>> views = contentViews(app(CONTENT_APP));
    List<String> expected =
        List.of(
            "jcrName", "wz:title", "wz:reference", "wz:status", "wz:category", "wz:submittedAt");
    assertFalse(views.isEmpty());
    for (Map<String, Object> view : views) {
      assertNotNull(view.get("$type"), view.get("name") + ": $type");
      assertEquals(expected, List.copyOf(map(view, "columns").keySet()), "" + view.get("name"));
    }
    Map<String, Object> list =
        views.stream().filter(view -> "listView".equals(view.get("$type"))).findFirst().get();
    Map<String, Object> filter = map(list, "columns", "wz:status", "filterComponent");
    Set<String> options = new TreeSet<>();
    list(map(filter, "datasource"), "options").forEach(o -> options.add("" + o.get("value")));

    assertEquals("comboBoxField", filter.get("$type"));
    assertEquals(
        new TreeSet<>(Arrays.stream(IdeaStatus.values()).map(Enum::name).toList()),
        options,
        "the filter offers exactly the stored statuses");
  }

  @Test
  void theDetailFormEditsThePublicTextButNeverTheStatus() throws IOException {
    Map<String, Object> app = app(CONTENT_APP);
    Map<String, Object> properties = formProperties(app);

    assertEquals(
        Set.of("wz:title", "wz:description", "wz:location", "wz:category"), properties.keySet());
    assertFalse(properties.containsKey("wz:status"), "status changes go through moderation");
    assertEquals("wz:idea", map(app, "subApps", "detail", "itemProvider").get("nodeType"));
    assertEquals(SubmissionLimits.TITLE_MAX, map(properties, "wz:title").get("maxLength"));
    assertEquals(
        SubmissionLimits.DESCRIPTION_MAX, map(properties, "wz:description").get("maxLength"));
    assertTrue((Integer) map(properties, "wz:description").get("rows") > 1, "a text area");
    assertEquals(SubmissionLimits.LOCATION_MAX, map(properties, "wz:location").get("maxLength"));
    properties.forEach(
        (name, field) -> {
          assertEquals("textField", ((Map<?, ?>) field).get("$type"), name);
          assertNotNull(((Map<?, ?>) field).get("label"), name + " has no label");
        });
  }

  @Test
  void everyColumnAndFieldIsAPropertyDeclaredOnAPoint() throws Exception {
    Set<String> declared = nodeTypes().get("wz:idea");
    Map<String, Object> app = app(CONTENT_APP);
    Set<String> named = new TreeSet<>(formProperties(app).keySet());
    contentViews(app).forEach(view -> named.addAll(map(view, "columns").keySet()));
    named.removeAll(BUILT_IN_COLUMNS);

    assertNotNull(declared, "wz:idea is not in the CND");
    Set<String> undeclared = new TreeSet<>(named);
    undeclared.removeAll(declared);
    assertTrue(undeclared.isEmpty(), "not declared on wz:idea: " + undeclared);
  }

  @Test
  void theScreenAppsEmbedTheModulesScreens() throws IOException {
    for (Map.Entry<String, List<Object>> screen : SCREEN_APPS.entrySet()) {
      Map<String, Object> main = map(app(screen.getKey()), "subApps", "main");

      assertEquals(screen.getValue().get(0), app(screen.getKey()).get("label"));
      assertEquals(
          "info.magnolia.ui.framework.app.embedded.EmbeddedPageSubAppDescriptor",
          main.get("class"));
      assertEquals(
          "info.magnolia.ui.framework.app.embedded.EmbeddedPageSubApp", main.get("subAppClass"));
      // Relative to the webapp: EmbeddedPageSubApp prefixes the context path to non-http urls.
      assertEquals(screen.getValue().get(1), main.get("url"));
    }
  }

  @Test
  void theEmbeddedScreensAreServletsOfTheModule() throws Exception {
    Set<String> mappings = descriptorTexts("mapping");

    for (List<Object> screen : SCREEN_APPS.values()) {
      Object url = screen.get(1);
      assertTrue(
          mappings.contains(url) || mappings.contains(url + "/*"),
          "no servlet mapped to " + url + " in " + DESCRIPTOR + ": " + mappings);
    }
  }

  @Test
  void theLauncherGroupHoldsTheModulesAppsAndOnlyAppsThatExist() throws IOException {
    Map<String, Object> layout = yaml(MODULE.resolve("decorations/admincentral/config.yaml"));
    List<Map<String, Object>> groups = list(map(layout, "layout"), "groups");
    Map<String, Object> group =
        groups.stream().filter(g -> "wijkaanzet".equals(g.get("name"))).findFirst().orElseThrow();
    List<String> apps = list(group, "apps").stream().map(a -> "" + a.get("name")).toList();

    assertEquals("Wij(k) aan zet!", group.get("label"));
    assertEquals(Set.copyOf(APPS), Set.copyOf(apps));
    for (Map<String, Object> each : groups) {
      for (Map<String, Object> app : list(each, "apps")) {
        assertTrue(
            Files.exists(MODULE.resolve("apps/" + app.get("name") + ".yaml")),
            "launcher names app " + app.get("name") + " without apps/" + app.get("name") + ".yaml");
      }
    }
  }
}
