package info.magnolia.objectfactory;

import java.util.HashMap;
import java.util.Map;

/** Test double of Magnolia's static component lookup: hands out what a test registered. */
public final class Components {

  private static final Map<Class<?>, Object> COMPONENTS = new HashMap<>();

  private Components() {}

  public static <T> void register(Class<T> type, T component) {
    COMPONENTS.put(type, component);
  }

  public static void reset() {
    COMPONENTS.clear();
  }

  /** Magnolia throws NoSuchComponentException for an unregistered type; a runtime error here. */
  public static <T> T getComponent(Class<T> type) {
    Object component = COMPONENTS.get(type);
    if (component == null) {
      throw new IllegalStateException("No component configuration for type " + type.getName());
    }
    return type.cast(component);
  }
}
