package nl.alkmaar.wijkaanzet.standalone.vote;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import nl.alkmaar.wijkaanzet.standalone.StartupException;
import nl.alkmaar.wijkaanzet.vote.VoterKeys;

/**
 * The voter secret of a standalone host: {@value #ENV} (Base64, for hosts that share one store), or
 * else {@code <data>/geheim/stemsleutel}, made on first use and readable by its owner only. The
 * host and the {@code stemcodes} command read the same file, so codes made beside a running host
 * match.
 */
public final class VoterSecretFile {

  public static final String ENV = "WIJKAANZET_VOTER_SECRET";

  private VoterSecretFile() {}

  public static byte[] load(Path dataDir, Map<String, String> environment) {
    Optional<String> configured =
        Optional.ofNullable(environment.get(ENV)).filter(value -> !value.isBlank());
    if (configured.isPresent()) {
      return decode(configured.get().strip(), ENV);
    }
    Path file = dataDir.resolve("geheim").resolve("stemsleutel");
    try {
      if (!Files.exists(file)) {
        create(file);
      }
      return decode(Files.readString(file).strip(), file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("voter secret " + file + " unreadable", e);
    }
  }

  private static void create(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    byte[] secret = new byte[VoterKeys.MIN_SECRET_BYTES];
    new SecureRandom().nextBytes(secret);
    Path part = Files.createTempFile(file.getParent(), "stemsleutel", ".part");
    try {
      try {
        Files.setPosixFilePermissions(part, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException notPosix) {
        // Windows: the folder's own access rules apply
      }
      Files.writeString(part, Base64.getEncoder().encodeToString(secret));
      try {
        // No replace: when the host and the command make it at once, the first one wins.
        Files.move(part, file, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
        if (!Files.exists(file)) {
          Files.move(part, file);
        }
      }
    } finally {
      Files.deleteIfExists(part);
    }
  }

  private static byte[] decode(String base64, String where) {
    byte[] secret;
    try {
      secret = Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      secret = new byte[0];
    }
    if (secret.length < VoterKeys.MIN_SECRET_BYTES) {
      throw new StartupException(
          "De stemsleutel in "
              + where
              + " is geen Base64 van minstens "
              + VoterKeys.MIN_SECRET_BYTES
              + " bytes. Maak er een met: openssl rand -base64 32",
          null);
    }
    return secret;
  }
}
