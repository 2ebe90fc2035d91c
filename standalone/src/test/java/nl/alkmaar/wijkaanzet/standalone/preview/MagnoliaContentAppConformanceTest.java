package nl.alkmaar.wijkaanzet.standalone.preview;

import static nl.alkmaar.wijkaanzet.standalone.preview.MagnoliaModuleFiles.app;
import static nl.alkmaar.wijkaanzet.standalone.preview.MagnoliaModuleFiles.descriptorTexts;
import static nl.alkmaar.wijkaanzet.standalone.preview.MagnoliaModuleFiles.list;
import static nl.alkmaar.wijkaanzet.standalone.preview.MagnoliaModuleFiles.map;
import static nl.alkmaar.wijkaanzet.standalone.preview.MagnoliaModuleFiles.nodeTypes;
import static nl.alkmaar.wijkaanzet.standalone.preview.MagnoliaModuleFiles.values;
import static nl.alkmaar.wijkaanzet.standalone.preview.MagnoliaModuleFiles.yaml;
import static nl.alkmaar.wijkaanzet.standalone.preview.MagnoliaModuleFiles.yamlFilesUnder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.alkmaar.wijkaanzet.idea.IdeaStatus;
import nl.alkmaar.wijkaanzet.idea.SubmissionLimits;
import org.junit.jupiter.api.Test;

/**
 * The content app "Verbeterpunten" as Magnolia would register it, and what must hold between it and
 * the Java module: the workspace and node types it names exist, moderators never see the private
 * folder, and the status is changed only through the moderation screens.
 */
class MagnoliaContentAppConformanceTest {

  private static final String CONTENT_APP = "wijkaanzet-punten";

  /** Node types below {@code /<campaign>/private}: personal data, never shown in an app. */
  private static final Set<String> PRIVATE_NODE_TYPES =
      Set.of("wz:folder", "wz:submitter", "wz:auditEntry", "wz:outboxMessage");

  /** Columns Magnolia fills itself rather than from a property of the node. */
  private static final Set<String> BUILT_IN_COLUMNS = Set.of("jcrName");

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
}
