package nl.alkmaar.wijkaanzet.standalone.preview;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Reads template definitions from the light module, once each. */
public final class TemplateDefinitions {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private final LightModuleFiles files;
  private final Map<String, TemplateDefinition> cache = new ConcurrentHashMap<>();

  public TemplateDefinitions(LightModuleFiles files) {
    this.files = files;
  }

  public Optional<TemplateDefinition> find(String id) {
    TemplateDefinition cached = cache.get(id);
    if (cached != null) {
      return Optional.of(cached);
    }
    Optional<TemplateDefinition> loaded =
        files.read(TemplateDefinition.yamlPath(id)).map(bytes -> parse(id, bytes));
    loaded.ifPresent(definition -> cache.put(id, definition));
    return loaded;
  }

  public TemplateDefinition get(String id) {
    return find(id)
        .orElseThrow(() -> new IllegalArgumentException("template definition not found: " + id));
  }

  @SuppressWarnings("unchecked")
  private static TemplateDefinition parse(String id, byte[] bytes) {
    try {
      Map<String, Object> yaml = YAML.readValue(bytes, Map.class);
      return new TemplateDefinition(id, yaml == null ? Map.of() : yaml);
    } catch (IOException e) {
      throw new IllegalStateException(
          "template definition " + id + " is not valid YAML: " + e.getMessage(), e);
    }
  }
}
