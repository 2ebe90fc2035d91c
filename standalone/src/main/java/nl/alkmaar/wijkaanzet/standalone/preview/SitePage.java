package nl.alkmaar.wijkaanzet.standalone.preview;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.alkmaar.wijkaanzet.campaign.Wijk;

/**
 * One page of the demo site, as editors would build it in Magnolia's pages app: a page template,
 * its properties, and per area the components with their properties.
 */
public record SitePage(
    String path,
    String template,
    Map<String, Object> properties,
    Map<String, List<Component>> areas) {

  public record Component(String template, Map<String, Object> properties) {}

  public SitePage {
    properties = Map.copyOf(properties);
    areas = Map.copyOf(areas);
  }

  public List<Component> area(String name) {
    return areas.getOrDefault(name, List.of());
  }

  /** The placeholder of a page pattern for the wijk's id ({@code /wijk/{wijk}}). */
  public static final String WIJK = "{wijk}";

  /** The placeholder for the wijk's name in a pattern's texts. */
  public static final String NAME = "{naam}";

  public boolean isPattern() {
    return path.contains(WIJK);
  }

  /** A pattern made into the page of one wijk: every placeholder in path and texts filled in. */
  /**
   * The page for a campaign that runs beside the main one, under {@code /<campaign id>/…}: the page
   * names its campaign (its components then work on it) and links between the site's pages stay
   * under the same prefix.
   */
  public SitePage forCampaign(String campaignId) {
    String prefix = "/" + campaignId;
    Map<String, Object> named = new LinkedHashMap<>(properties);
    named.put("campaign", campaignId);
    Map<String, List<Component>> linked = new LinkedHashMap<>();
    areas.forEach(
        (name, components) ->
            linked.put(
                name,
                components.stream()
                    .map(c -> new Component(c.template(), prefixLinks(c.properties(), prefix)))
                    .toList()));
    return new SitePage(prefix + path, template, named, linked);
  }

  private static Map<String, Object> prefixLinks(Map<String, Object> properties, String prefix) {
    Map<String, Object> prefixed = new LinkedHashMap<>(properties);
    Object pattern = properties.get("linkPattern");
    if (pattern instanceof String link && link.startsWith("/")) {
      prefixed.put("linkPattern", prefix + link);
    }
    return prefixed;
  }

  public SitePage forWijk(Wijk wijk) {
    Map<String, List<Component>> filled = new LinkedHashMap<>();
    areas.forEach(
        (name, components) ->
            filled.put(
                name,
                components.stream()
                    .map(c -> new Component(c.template(), fill(c.properties(), wijk)))
                    .toList()));
    return new SitePage(path.replace(WIJK, wijk.id()), template, fill(properties, wijk), filled);
  }

  private static Map<String, Object> fill(Map<String, Object> properties, Wijk wijk) {
    Map<String, Object> filled = new LinkedHashMap<>();
    properties.forEach(
        (key, value) ->
            filled.put(
                key,
                value instanceof String text
                    ? text.replace(WIJK, wijk.id()).replace(NAME, wijk.name())
                    : value));
    return filled;
  }
}
