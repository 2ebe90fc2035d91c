package info.magnolia.init;

/** Test double of the one method of Magnolia's configuration properties our adapter reads. */
public interface MagnoliaConfigurationProperties {
  String getProperty(String key);
}
