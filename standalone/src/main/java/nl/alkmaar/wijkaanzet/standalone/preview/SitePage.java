package nl.alkmaar.wijkaanzet.standalone.preview;

import java.util.List;
import java.util.Map;

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
}
