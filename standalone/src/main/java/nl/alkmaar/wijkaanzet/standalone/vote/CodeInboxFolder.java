package nl.alkmaar.wijkaanzet.standalone.vote;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.alkmaar.wijkaanzet.vote.BallotBox;
import nl.alkmaar.wijkaanzet.vote.CodeInbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code <data>/stemcodes-inbox}: the {@code stemcodes} command leaves the keys of new codes here
 * (one {@code wijk;key} per line, never a code), since a running host holds the repository. The
 * host moves them into its ballot box at start and when a code is not found, then deletes the file.
 */
public final class CodeInboxFolder implements CodeInbox {

  private static final Logger LOG = LoggerFactory.getLogger(CodeInboxFolder.class);

  private final Path folder;
  private final String campaignId;
  private final boolean main;

  /**
   * The inbox of one campaign: its files are named {@code <campaign id>.<random>.keys}, so two
   * campaigns side by side never take each other's codes; the main campaign also takes files of the
   * older form {@code <random>.keys}.
   */
  public CodeInboxFolder(Path dataDir, String campaignId, boolean main) {
    this.folder = dataDir.resolve("stemcodes-inbox");
    this.campaignId = campaignId;
    this.main = main;
  }

  /** Leaves the keys of a wijk's new codes for the host; the file appears whole or not at all. */
  public void leave(String wijk, List<String> keys) {
    try {
      Files.createDirectories(folder);
      Path part = folder.resolve(campaignId + "." + UUID.randomUUID() + ".part");
      StringBuilder lines = new StringBuilder();
      keys.forEach(key -> lines.append(wijk).append(';').append(key).append('\n'));
      Files.writeString(part, lines, StandardCharsets.UTF_8);
      Files.move(
          part,
          folder.resolve(part.getFileName().toString().replace(".part", ".keys")),
          StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("could not write to " + folder, e);
    }
  }

  @Override
  public synchronized int importWaiting(BallotBox box) {
    if (!Files.isDirectory(folder)) {
      return 0;
    }
    int imported = 0;
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.keys")) {
      for (Path file : files) {
        String name = file.getFileName().toString();
        boolean ours =
            name.startsWith(campaignId + ".")
                || (main && name.indexOf('.') == name.lastIndexOf('.'));
        if (!ours) {
          continue;
        }
        Map<String, List<String>> byWijk = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          String[] parts = line.split(";");
          if (parts.length == 2) {
            byWijk.computeIfAbsent(parts[0], wijk -> new ArrayList<>()).add(parts[1]);
          }
        }
        byWijk.forEach(box::addCodes);
        imported += byWijk.values().stream().mapToInt(List::size).sum();
        Files.delete(file);
      }
    } catch (IOException e) {
      LOG.error("letter codes in {} could not be imported", folder, e);
    }
    if (imported > 0) {
      LOG.info("{} letter codes imported from {}", imported, folder);
    }
    return imported;
  }
}
