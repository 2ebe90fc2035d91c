package nl.alkmaar.wijkaanzet.campaign;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Campaign files for tests of several editions: the bundled campaign under another id. */
public final class NextEdition {

  private NextEdition() {}

  /** The bundled campaign's YAML text. */
  public static String bundledYaml() {
    try (InputStream in = CampaignFiles.class.getResourceAsStream(CampaignFiles.BUNDLED)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The bundled campaign one year later as {@code alkmaar-2025}, written into {@code folder}. */
  public static Path file(Path folder) {
    Path file = folder.resolve("alkmaar-2025.yaml");
    try {
      Files.writeString(
          file,
          bundledYaml().replace("id: alkmaar-2024", "id: alkmaar-2025").replace("2024-", "2025-"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  public static Campaign campaign(Path folder) {
    return CampaignFiles.read(file(folder));
  }
}
