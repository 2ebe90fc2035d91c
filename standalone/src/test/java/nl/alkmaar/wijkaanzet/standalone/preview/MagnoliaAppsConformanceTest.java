package nl.alkmaar.wijkaanzet.standalone.preview;

import static nl.alkmaar.wijkaanzet.standalone.preview.MagnoliaModuleFiles.BOOTSTRAP;
import static nl.alkmaar.wijkaanzet.standalone.preview.MagnoliaModuleFiles.DESCRIPTOR;
import static nl.alkmaar.wijkaanzet.standalone.preview.MagnoliaModuleFiles.MODULE;
import static nl.alkmaar.wijkaanzet.standalone.preview.MagnoliaModuleFiles.app;
import static nl.alkmaar.wijkaanzet.standalone.preview.MagnoliaModuleFiles.descriptorTexts;
import static nl.alkmaar.wijkaanzet.standalone.preview.MagnoliaModuleFiles.list;
import static nl.alkmaar.wijkaanzet.standalone.preview.MagnoliaModuleFiles.map;
import static nl.alkmaar.wijkaanzet.standalone.preview.MagnoliaModuleFiles.values;
import static nl.alkmaar.wijkaanzet.standalone.preview.MagnoliaModuleFiles.xml;
import static nl.alkmaar.wijkaanzet.standalone.preview.MagnoliaModuleFiles.yaml;
import static nl.alkmaar.wijkaanzet.standalone.preview.MagnoliaModuleFiles.yamlFilesUnder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What Magnolia would check when it registers the light module's apps and the App Launcher
 * decoration, and what must hold between them and the Java module: each app is for its own roles
 * and those roles are bootstrapped, the screen apps embed servlets of the module, and the launcher
 * names only apps that exist. The content app's own checks: {@link
 * MagnoliaContentAppConformanceTest}.
 */
class MagnoliaAppsConformanceTest {

  private static final String CONTENT_APP = "wijkaanzet-punten";
  private static final String MODERATION_APP = "wijkaanzet-moderatie";
  private static final String VOTING_APP = "wijkaanzet-stemmen";
  private static final String REVIEW_APP = "wijkaanzet-haalbaarheid";
  private static final String RESULTS_APP = "wijkaanzet-uitslag";
  private static final String EXECUTION_APP = "wijkaanzet-uitvoering";
  private static final String STATISTICS_APP = "wijkaanzet-statistieken";
  private static final String SETTINGS_APP = "wijkaanzet-campagne";
  private static final String PERSONAL_DATA_APP = "wijkaanzet-gegevens";
  private static final List<String> APPS =
      List.of(
          CONTENT_APP,
          MODERATION_APP,
          VOTING_APP,
          REVIEW_APP,
          RESULTS_APP,
          EXECUTION_APP,
          STATISTICS_APP,
          SETTINGS_APP,
          PERSONAL_DATA_APP);
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
              Set.of("wijkaanzet-editor", "superuser")),
          SETTINGS_APP,
          List.of(
              "Campagne Wij(k) aan zet!",
              "/.wijkaanzet/campagne",
              Set.of("wijkaanzet-editor", "superuser")),
          PERSONAL_DATA_APP,
          List.of(
              "Persoonsgegevens Wij(k) aan zet!",
              "/.wijkaanzet/gegevens",
              Set.of("wijkaanzet-editor", "superuser")));

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
