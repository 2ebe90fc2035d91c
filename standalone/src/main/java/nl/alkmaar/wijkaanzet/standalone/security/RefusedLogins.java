package nl.alkmaar.wijkaanzet.standalone.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Log lines for logins refused before any password check. One line a refusal would let a flood of
 * bogus logins write tens of megabytes of log a minute; so the first refusal of a period is logged
 * as it is, the rest are counted and summed up in one line when the next period starts.
 */
final class RefusedLogins {

  static final Duration PERIOD = Duration.ofSeconds(10);
  private static final Logger LOG = LoggerFactory.getLogger(StaffLoginService.class);

  private final Clock clock;
  private final Map<String, Integer> suppressed = new TreeMap<>();
  private long periodStart = Long.MIN_VALUE;

  RefusedLogins(Clock clock) {
    this.clock = clock;
  }

  /**
   * @param name what to call the user in the line (an account name, or "an unknown name")
   * @param reason why the login was refused
   */
  synchronized void refused(String name, String reason) {
    long now = clock.millis();
    if (now - periodStart < PERIOD.toMillis()) {
      suppressed.merge(reason, 1, Integer::sum);
      return;
    }
    suppressed.forEach(
        (why, count) ->
            LOG.info(
                "{} more logins refused in the last {} s: {}", count, PERIOD.toSeconds(), why));
    suppressed.clear();
    periodStart = now;
    LOG.info("login refused for {}: {}", name, reason);
  }
}
