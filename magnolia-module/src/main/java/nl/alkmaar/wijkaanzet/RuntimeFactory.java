package nl.alkmaar.wijkaanzet;

/**
 * Builds the runtime when no host installed one: inside Magnolia. Found with {@link
 * java.util.ServiceLoader} ({@code META-INF/services}), so this package needs no compile-time
 * reference to the Magnolia adapters, which themselves depend on it.
 */
public interface RuntimeFactory {

  /** Every campaign the host runs, the main one first. */
  CampaignRuntimes create();
}
