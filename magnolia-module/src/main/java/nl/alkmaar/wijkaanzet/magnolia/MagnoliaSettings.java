package nl.alkmaar.wijkaanzet.magnolia;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the module reads from Magnolia's configuration, by reflection: properties through {@code
 * MagnoliaConfigurationProperties.getProperty} (Java system properties first, then {@code
 * magnolia.properties}, then in 6.x environment variables) and whether this is the author instance
 * through {@code ServerConfiguration.isAdmin()} (the {@code admin} property of {@code
 * config:/server}, set at install from {@code magnolia.bootstrap.authorInstance}). Both are found
 * with {@code Components.getComponent}.
 */
final class MagnoliaSettings {

  static final String COMPONENTS = "info.magnolia.objectfactory.Components";
  static final String PROPERTIES = "info.magnolia.init.MagnoliaConfigurationProperties";
  static final String SERVER = "info.magnolia.cms.beans.config.ServerConfiguration";

  private static final Logger LOG = LoggerFactory.getLogger(MagnoliaSettings.class);

  private MagnoliaSettings() {}

  /**
   * A property from Magnolia's configuration; the Java system property of the same name if
   * Magnolia's configuration cannot be reached (it always can inside a started Magnolia).
   */
  static Optional<String> property(String name) {
    try {
      Object properties = component(PROPERTIES);
      String value =
          (String)
              MagnoliaReflection.call(
                  properties, "getProperty", new Class<?>[] {String.class}, name);
      if (value != null && !value.isBlank()) {
        return Optional.of(value.strip());
      }
    } catch (IllegalStateException e) {
      LOG.warn("Magnolia's configuration properties unreachable ({}), using -D{}", e, name);
    }
    return Optional.ofNullable(System.getProperty(name)).filter(value -> !value.isBlank());
  }

  /** Whether this instance is the author instance. */
  static boolean isAuthor() {
    Object server = component(SERVER);
    return Boolean.TRUE.equals(MagnoliaReflection.call(server, "isAdmin", new Class<?>[0]));
  }

  private static Object component(String typeName) {
    Class<?> type = MagnoliaReflection.type(typeName);
    return MagnoliaReflection.callStatic(
        COMPONENTS, "getComponent", new Class<?>[] {Class.class}, type);
  }
}
