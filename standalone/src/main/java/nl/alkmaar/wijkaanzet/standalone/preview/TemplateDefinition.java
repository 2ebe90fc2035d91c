package nl.alkmaar.wijkaanzet.standalone.preview;

import java.util.List;
import java.util.Map;

/**
 * A page or component template definition from the light module's YAML, e.g. id {@code
 * wijkaanzet:components/timeline} from {@code /wijkaanzet/templates/components/timeline.yaml}.
 */
public record TemplateDefinition(String id, Map<String, Object> yaml) {

  public String templateScript() {
    Object script = yaml.get("templateScript");
    return script == null ? null : script.toString();
  }

  /** The names of the areas this page template declares. */
  public List<String> areaNames() {
    return areas().keySet().stream().toList();
  }

  /** The component template ids an area accepts ({@code availableComponents.*.id}). */
  public List<String> availableComponents(String area) {
    Object definition = areas().get(area);
    if (!(definition instanceof Map<?, ?> map)
        || !(map.get("availableComponents") instanceof Map<?, ?> components)) {
      return List.of();
    }
    return components.values().stream()
        .filter(Map.class::isInstance)
        .map(component -> String.valueOf(((Map<?, ?>) component).get("id")))
        .toList();
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> areas() {
    Object areas = yaml.get("areas");
    return areas instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
  }

  /** {@code module:path} to the resource path of its YAML file. */
  public static String yamlPath(String id) {
    int colon = id.indexOf(':');
    if (colon <= 0) {
      throw new IllegalArgumentException("template id without module: " + id);
    }
    return "/" + id.substring(0, colon) + "/templates/" + id.substring(colon + 1) + ".yaml";
  }

  /** {@code module:path} of a dialog to the resource path of its YAML file. */
  public static String dialogPath(String id) {
    int colon = id.indexOf(':');
    if (colon <= 0) {
      throw new IllegalArgumentException("dialog id without module: " + id);
    }
    return "/" + id.substring(0, colon) + "/dialogs/" + id.substring(colon + 1) + ".yaml";
  }
}
