package nl.alkmaar.wijkaanzet.campaign;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Where campaign configuration files come from: a file of the operator's, or the bundled edition.
 */
public final class CampaignFiles {

  /** The Alkmaar 2024 edition, shipped in the module jar as the demo and default campaign. */
  public static final String BUNDLED = "/nl/alkmaar/wijkaanzet/campaign/alkmaar-2024.yaml";

  private CampaignFiles() {}

  public static Campaign bundled() {
    try (InputStream in = CampaignFiles.class.getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new IllegalStateException("bundled campaign missing: " + BUNDLED);
      }
      return new CampaignYamlReader().read(BUNDLED, in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Campaign read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return new CampaignYamlReader().read(file.toString(), in);
    } catch (NoSuchFileException e) {
      throw new ConfigException(file.toString(), "dit bestand bestaat niet.");
    } catch (IOException e) {
      throw new ConfigException(
          file.toString(),
          "het bestand kan niet worden gelezen (" + e.getClass().getSimpleName() + ").");
    }
  }
}
