package nl.alkmaar.wijkaanzet.standalone.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import freemarker.template.Configuration;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.alkmaar.wijkaanzet.campaign.CampaignFiles;
import nl.alkmaar.wijkaanzet.campaign.PhaseKind;
import nl.alkmaar.wijkaanzet.execution.ExecutionStatus;
import nl.alkmaar.wijkaanzet.idea.AgeGroup;
import nl.alkmaar.wijkaanzet.idea.Channel;
import nl.alkmaar.wijkaanzet.idea.api.IdeaListView;
import nl.alkmaar.wijkaanzet.jcr.MemoryRepository;
import nl.alkmaar.wijkaanzet.render.WijkFunctions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What Magnolia would check when it loads the light module, checked here because Magnolia is not
 * available to the build: YAML shapes, references between templates, dialogs and scripts, FTL that
 * parses and renders, and i18n keys present in both bundles.
 */
class LightModuleConformanceTest {

  static final Path ROOT = Path.of("..", "light-modules").toAbsolutePath().normalize();
  static final Path MODULE = ROOT.resolve("wijkaanzet");
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  /** Field types our dialogs may use (Magnolia 6 UI framework {@code $type} names). */
  private static final Set<String> FIELD_TYPES =
      Set.of(
          "textField",
          "richTextField",
          "checkBoxField",
          "dateField",
          "comboBoxField",
          "linkField",
          "damLinkField",
          "jcrMultiValueField",
          "switchableField",
          "selectField");

  @RegisterExtension final MemoryRepository memory = new MemoryRepository();

  private final LightModuleFiles files = LightModuleFiles.folder(ROOT);

  private static List<Path> filesUnder(String folder, String extension) throws IOException {
    try (Stream<Path> walk = Files.walk(MODULE.resolve(folder))) {
      return walk.filter(path -> path.toString().endsWith(extension)).sorted().toList();
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> yaml(Path file) throws IOException {
    Map<String, Object> map = YAML.readValue(file.toFile(), Map.class);
    assertNotNull(map, file + " is empty");
    return map;
  }

  private static String resourcePath(Path file) {
    return "/" + ROOT.relativize(file).toString().replace('\\', '/');
  }

  @Test
  void moduleYamlNamesTheModule() throws IOException {
    assertEquals("wijkaanzet", yaml(MODULE.resolve("module.yaml")).get("name"));
  }

  @Test
  void everyTemplateDefinitionIsFreemarkerWithAnExistingScriptAndDialog() throws IOException {
    List<Path> definitions = filesUnder("templates", ".yaml");
    assertFalse(definitions.isEmpty());
    for (Path file : definitions) {
      Map<String, Object> definition = yaml(file);
      assertEquals("freemarker", definition.get("renderType"), file + ": renderType");
      String script = (String) definition.get("templateScript");
      assertNotNull(script, file + ": templateScript");
      assertTrue(
          files.read(script).isPresent(), file + ": templateScript " + script + " does not exist");
      Object dialog = definition.get("dialog");
      if (dialog != null) {
        assertTrue(
            files.read(TemplateDefinition.dialogPath(dialog.toString())).isPresent(),
            file + ": dialog " + dialog + " does not exist");
      }
    }
  }

  @Test
  void everyAvailableComponentOfEveryAreaExists() throws IOException {
    TemplateDefinitions definitions = new TemplateDefinitions(files);
    for (Path file : filesUnder("templates/pages", ".yaml")) {
      String id =
          "wijkaanzet:"
              + MODULE
                  .resolve("templates")
                  .relativize(file)
                  .toString()
                  .replace('\\', '/')
                  .replaceFirst("\\.yaml$", "");
      TemplateDefinition page = definitions.get(id);
      for (String area : page.areaNames()) {
        for (String component : page.availableComponents(area)) {
          assertTrue(
              definitions.find(component).isPresent(),
              id + " area " + area + ": component " + component + " does not exist");
        }
      }
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void everyDialogHasFormPropertiesOfKnownFieldTypesWithLabels() throws IOException {
    for (Path file : filesUnder("dialogs", ".yaml")) {
      Map<String, Object> dialog = yaml(file);
      assertNotNull(dialog.get("label"), file + ": label");
      Map<String, Object> form = (Map<String, Object>) dialog.get("form");
      Map<String, Object> properties = (Map<String, Object>) form.get("properties");
      assertFalse(properties.isEmpty(), file + ": no properties");
      properties.forEach(
          (name, value) -> {
            Map<String, Object> field = (Map<String, Object>) value;
            assertTrue(
                FIELD_TYPES.contains(String.valueOf(field.get("$type"))),
                file + ": " + name + " has $type " + field.get("$type"));
            assertNotNull(field.get("label"), file + ": " + name + " has no label");
          });
    }
  }

  @Test
  void everyFtlAutoEscapesAndParses() throws Exception {
    Configuration freemarker = new Configuration(Configuration.VERSION_2_3_34);
    freemarker.setTemplateLoader(files.templateLoader());
    freemarker.setTagSyntax(Configuration.AUTO_DETECT_TAG_SYNTAX);
    for (Path file : filesUnder("templates", ".ftl")) {
      String source = Files.readString(file, StandardCharsets.UTF_8);
      assertTrue(
          source.startsWith("[#ftl output_format=\"HTML\"]"),
          file + " must start with [#ftl output_format=\"HTML\"]");
      assertFalse(source.contains("?no_esc"), file + " must not switch escaping off");
      assertNotNull(freemarker.getTemplate(resourcePath(file)));
    }
  }

  @Test
  void everyComponentRendersOnThePageTemplateInBothLanguages() throws Exception {
    PageRenderer renderer = renderer();
    for (Path file : filesUnder("templates/components", ".yaml")) {
      String component =
          "wijkaanzet:components/" + file.getFileName().toString().replaceFirst("\\.yaml$", "");
      SitePage page =
          new SitePage(
              "/proef",
              "wijkaanzet:pages/campaign",
              Map.of("title", "Proef"),
              Map.of("main", List.of(new SitePage.Component(component, Map.of()))));
      for (String language : I18nBundle.LANGUAGES) {
        StringWriter html = new StringWriter();
        renderer.render(page, language, "", Map.of(), html);
        assertTrue(
            html.toString().contains("<html lang=\"" + language + "\">"),
            component + " " + language);
        assertFalse(
            html.toString().matches("(?s).*wijkaanzet\\.[a-z0-9.]+[a-z]<.*"),
            component + " shows a raw i18n key:\n" + html);
      }
    }
  }

  @Test
  void theAssistedFormRendersInBothLanguages() throws Exception {
    PageRenderer renderer = renderer();
    SitePage page =
        new SitePage(
            "/medewerker/proef",
            "wijkaanzet:pages/campaign",
            Map.of("title", "Proef"),
            Map.of(
                "main",
                List.of(
                    new SitePage.Component(
                        "wijkaanzet:components/submission-form", Map.of("assisted", true)))));
    for (String language : I18nBundle.LANGUAGES) {
      StringWriter html = new StringWriter();
      renderer.render(page, language, "", Map.of(), "bibliotheek1", html);
      assertTrue(html.toString().contains("name=\"channel\""), html.toString());
      assertTrue(html.toString().contains("bibliotheek1"), html.toString());
      assertFalse(
          html.toString().matches("(?s).*wijkaanzet\\.[a-z0-9.]+[a-z]<.*"),
          "raw i18n key:\n" + html);
    }
  }

  @Test
  void theVoteBarsOfAllWijkenRenderInBothLanguages() throws Exception {
    PageRenderer renderer = renderer();
    SitePage page =
        new SitePage(
            "/proef",
            "wijkaanzet:pages/campaign",
            Map.of("title", "Proef"),
            Map.of(
                "main",
                List.of(
                    new SitePage.Component(
                        "wijkaanzet:components/vote-bars", Map.of("allWijken", true)))));
    for (String language : I18nBundle.LANGUAGES) {
      StringWriter html = new StringWriter();
      renderer.render(page, language, "", Map.of(), html);
      assertEquals(9, html.toString().split("<wz-vote-bars ", -1).length - 1, "one per wijk");
      assertTrue(html.toString().contains("wijk=\"de-mare\""), html.toString());
      assertFalse(
          html.toString().matches("(?s).*wijkaanzet\\.[a-z0-9.]+[a-z]<.*"),
          "raw i18n key:\n" + html);
    }
  }

  @Test
  void theLoginPageRendersWithAndWithoutTheError() throws Exception {
    PageRenderer renderer = renderer();
    SitePage page = new SitePage("/inloggen", "wijkaanzet:pages/login", Map.of(), Map.of());
    for (String language : I18nBundle.LANGUAGES) {
      StringWriter plain = new StringWriter();
      renderer.render(page, language, "", Map.of(), plain);
      StringWriter failed = new StringWriter();
      renderer.render(page, language, "", Map.of("fout", "1"), failed);
      assertTrue(plain.toString().contains("autocomplete=\"current-password\""), plain.toString());
      assertFalse(plain.toString().contains("wz-foutmeldingen"));
      assertTrue(failed.toString().contains("id=\"wz-foutmeldingen\""), failed.toString());
      assertTrue(failed.toString().contains("aria-invalid=\"true\""));
    }
  }

  @Test
  void theErrorPagesRender() throws Exception {
    PageRenderer renderer = renderer();
    for (int status : List.of(404, 500)) {
      StringWriter html = new StringWriter();
      renderer.renderError(status, "nl", "", html);
      assertTrue(
          html.toString().contains(status == 404 ? "Pagina niet gevonden" : "Er ging iets mis"),
          html.toString());
    }
  }

  @Test
  void everyI18nKeyUsedInATemplateExistsInBothBundles() throws IOException {
    Set<String> used = new TreeSet<>();
    Set<String> dynamicPrefixes = new TreeSet<>();
    Pattern key = Pattern.compile("i18n(?:\\['|\\.get\\(')(wijkaanzet\\.[A-Za-z0-9.]+)'");
    for (Path file : filesUnder("templates", ".ftl")) {
      Matcher matcher = key.matcher(Files.readString(file));
      while (matcher.find()) {
        (matcher.group(1).endsWith(".") ? dynamicPrefixes : used).add(matcher.group(1));
      }
    }
    assertEquals(
        Set.of(
            "wijkaanzet.timeline.status.",
            "wijkaanzet.error.",
            "wijkaanzet.form.ageGroup.",
            "wijkaanzet.form.channel.",
            "wijkaanzet.progress.status.",
            "wijkaanzet.follow.link.intro.",
            "wijkaanzet.follow.link.submit.",
            "wijkaanzet.follow.link.title.",
            "wijkaanzet.intro.action.",
            "wijkaanzet.ideas.order.",
            "wijkaanzet.wijken.leadsTo."),
        dynamicPrefixes,
        "a template builds a new kind of key from a value: list its possible keys below");
    // Keys built from a value in the template ('…status.' + phase.status, '…error.' + status +
    // '.title').
    for (String status : List.of("done", "current", "upcoming")) {
      used.add("wijkaanzet.timeline.status." + status);
    }
    for (ExecutionStatus status : ExecutionStatus.values()) {
      used.add("wijkaanzet.progress.status." + status.id());
    }
    used.add("wijkaanzet.progress.status.geen-nieuws");
    // The follow link page: '…follow.link.title.' + view.kind (confirm or stop).
    for (String kind : List.of("confirm", "stop")) {
      for (String part : List.of("intro", "submit", "title")) {
        used.add("wijkaanzet.follow.link." + part + "." + kind);
      }
    }
    // The primary action of the intro and what the wijk chooser leads to, by today's phase.
    for (String action : List.of("submit", "read", "vote", "results", "progress")) {
      used.add("wijkaanzet.intro.action." + action);
    }
    for (String order : IdeaListView.ORDERS) {
      used.add("wijkaanzet.ideas.order." + order);
    }
    for (PhaseKind kind : PhaseKind.values()) {
      used.add("wijkaanzet.wijken.leadsTo." + kind.id());
    }
    for (AgeGroup group : AgeGroup.values()) {
      used.add("wijkaanzet.form.ageGroup." + group.id());
    }
    for (Channel channel : Channel.values()) {
      if (channel.isAssisted()) {
        used.add("wijkaanzet.form.channel." + channel.id());
      }
    }
    for (String status : List.of("404", "500")) {
      used.add("wijkaanzet.error." + status + ".title");
      used.add("wijkaanzet.error." + status + ".text");
    }
    I18nBundle bundle = new I18nBundle(files, "wijkaanzet");
    for (String language : I18nBundle.LANGUAGES) {
      Set<String> missing = new TreeSet<>(used);
      missing.removeAll(bundle.messages(language).stringPropertyNames());
      assertTrue(missing.isEmpty(), language + " bundle misses " + missing);
    }
    assertEquals(
        bundle.messages("nl").stringPropertyNames(),
        bundle.messages("en").stringPropertyNames(),
        "both bundles have the same keys");
  }

  private PageRenderer renderer() {
    var runtime =
        memory.runtime(
            CampaignFiles.bundled(),
            Clock.fixed(Instant.parse("2024-04-10T12:00:00Z"), ZoneOffset.UTC));
    return new PageRenderer(
        files,
        new TemplateDefinitions(files),
        new I18nBundle(files, "wijkaanzet"),
        new WijkFunctions(() -> runtime));
  }
}
