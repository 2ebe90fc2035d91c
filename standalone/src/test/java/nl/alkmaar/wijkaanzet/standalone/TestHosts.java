package nl.alkmaar.wijkaanzet.standalone;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import nl.alkmaar.wijkaanzet.notify.MailSettings;

/** Starts the real host for a test: port 0, a data folder, the clock fixed at a moment. */
final class TestHosts {

  /** Posts a test class may send before the rate limit answers 429. */
  static final int GENEROUS_BURST = 1000;

  private TestHosts() {}

  static StandaloneHost start(Path data, String clock) {
    return start(data, clock, GENEROUS_BURST, Optional.empty(), Set.of());
  }

  static StandaloneHost start(
      Path data, String clock, int burst, Optional<MailSettings> mail, Set<String> trustedOrigins) {
    return StandaloneHost.start(
        new StandaloneOptions(
            0,
            data,
            Optional.of(Instant.parse(clock)),
            Optional.empty(),
            Optional.empty(),
            trustedOrigins,
            burst,
            mail));
  }

  /** The options {@link #start(Path, String)} uses, to change one before starting. */
  static StandaloneOptions options(Path data, String clock) {
    return new StandaloneOptions(
        0,
        data,
        Optional.of(Instant.parse(clock)),
        Optional.empty(),
        Optional.empty(),
        Set.of(),
        GENEROUS_BURST,
        Optional.empty());
  }
}
