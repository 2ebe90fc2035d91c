package nl.alkmaar.wijkaanzet.standalone.preview;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.alkmaar.wijkaanzet.campaign.Campaign;
import nl.alkmaar.wijkaanzet.campaign.ConfigException;
import nl.alkmaar.wijkaanzet.campaign.ConfigProblem;

/**
 * The demo site's pages (YAML data: which components sit in which area), checked at start the way
 * Magnolia would refuse them: every template must exist, every component must be allowed in its
 * area, and a wijk named in a component must be one of the campaign's wijken.
 */
public final class SitePages {

  public static final String RESOURCE = "/nl/alkmaar/wijkaanzet/standalone/site.yaml";
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private final Map<String, SitePage> byPath;

  private SitePages(Map<String, SitePage> byPath) {
    this.byPath = byPath;
  }

  /**
   * The page at {@code path} for the campaign as it is now: a page of a wijk the campaign no longer
   * has is gone, and a wijk without a page of its own (one an editor added while the host runs)
   * gets the wijk page pattern ({@code /wijk/{wijk}}).
   */
  public Optional<SitePage> page(String path, Campaign campaign) {
    SitePage page = byPath.get(path);
    if (page != null && !page.isPattern()) {
      Object wijk = page.properties().get("wijk");
      return wijk == null || campaign.wijk(wijk.toString()).isPresent()
          ? Optional.of(page)
          : Optional.empty();
    }
    for (SitePage pattern : byPath.values()) {
      if (!pattern.isPattern()) {
        continue;
      }
      int at = pattern.path().indexOf(SitePage.WIJK);
      String before = pattern.path().substring(0, at);
      String after = pattern.path().substring(at + SitePage.WIJK.length());
      if (path.length() > before.length() + after.length()
          && path.startsWith(before)
          && path.endsWith(after)) {
        String id = path.substring(before.length(), path.length() - after.length());
        Optional<SitePage> filled = campaign.wijk(id).map(pattern::forWijk);
        if (filled.isPresent()) {
          return filled;
        }
      }
    }
    return Optional.empty();
  }

  public List<SitePage> all() {
    return List.copyOf(byPath.values());
  }

  public static SitePages loadBundled(TemplateDefinitions definitions, Campaign campaign) {
    try (InputStream in = SitePages.class.getResourceAsStream(RESOURCE)) {
      return load(RESOURCE, YAML.readTree(in), definitions, campaign);
    } catch (JsonProcessingException e) {
      throw new ConfigException(
          RESOURCE, "dit is geen geldige YAML (regel " + e.getLocation().getLineNr() + ").");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static SitePages load(
      String source, JsonNode root, TemplateDefinitions definitions, Campaign campaign) {
    List<ConfigProblem> problems = new ArrayList<>();
    Map<String, SitePage> pages = new LinkedHashMap<>();
    JsonNode list = root == null ? null : root.get("pages");
    if (list == null || !list.isArray()) {
      throw new ConfigException(
          source, List.of(new ConfigProblem("pages", null, "hier hoort een lijst met pagina's.")));
    }
    for (int i = 0; i < list.size(); i++) {
      SitePage page = readPage(list.get(i), "pages[" + i + "]", definitions, campaign, problems);
      if (page != null) {
        pages.put(page.path(), page);
      }
    }
    if (!problems.isEmpty()) {
      throw new ConfigException(source, problems);
    }
    return new SitePages(pages);
  }

  private static SitePage readPage(
      JsonNode node,
      String field,
      TemplateDefinitions definitions,
      Campaign campaign,
      List<ConfigProblem> problems) {
    String path = node.path("path").asText("");
    String template = node.path("template").asText("");
    if (!path.startsWith("/")) {
      problems.add(new ConfigProblem(field + ".path", path, "een paginapad begint met '/'."));
    }
    Optional<TemplateDefinition> definition = definitions.find(template);
    if (definition.isEmpty()) {
      problems.add(
          new ConfigProblem(
              field + ".template",
              template,
              "deze paginasjabloon bestaat niet in de light module."));
      return null;
    }
    Map<String, List<SitePage.Component>> areas = new LinkedHashMap<>();
    node.path("areas")
        .fields()
        .forEachRemaining(
            area -> {
              String areaField = field + ".areas." + area.getKey();
              if (!definition.get().areaNames().contains(area.getKey())) {
                problems.add(
                    new ConfigProblem(
                        areaField, area.getKey(), "deze sjabloon heeft geen gebied met die naam."));
                return;
              }
              List<String> allowed = definition.get().availableComponents(area.getKey());
              List<SitePage.Component> components = new ArrayList<>();
              for (int i = 0; i < area.getValue().size(); i++) {
                JsonNode component = area.getValue().get(i);
                String componentField = areaField + "[" + i + "]";
                String componentTemplate = component.path("template").asText("");
                if (!allowed.contains(componentTemplate)) {
                  problems.add(
                      new ConfigProblem(
                          componentField + ".template",
                          componentTemplate,
                          "dit onderdeel mag niet in dit gebied. Toegestaan: " + allowed + "."));
                  continue;
                }
                Map<String, Object> properties = properties(component.path("properties"));
                checkWijk(properties, componentField, campaign, problems);
                components.add(new SitePage.Component(componentTemplate, properties));
              }
              areas.put(area.getKey(), components);
            });
    Map<String, Object> properties = properties(node.path("properties"));
    checkWijk(properties, field, campaign, problems);
    return new SitePage(path, template, properties, areas);
  }

  private static void checkWijk(
      Map<String, Object> properties,
      String field,
      Campaign campaign,
      List<ConfigProblem> problems) {
    Object wijk = properties.get("wijk");
    if (wijk != null && !wijk.equals(SitePage.WIJK) && campaign.wijk(wijk.toString()).isEmpty()) {
      problems.add(
          new ConfigProblem(
              field + ".properties.wijk",
              wijk.toString(),
              "deze wijk kennen we niet. Bekende wijken: "
                  + String.join(", ", campaign.wijken().stream().map(w -> w.id()).toList())
                  + "."));
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> properties(JsonNode node) {
    if (node == null || !node.isObject()) {
      return Map.of();
    }
    return YAML.convertValue(node, LinkedHashMap.class);
  }
}
