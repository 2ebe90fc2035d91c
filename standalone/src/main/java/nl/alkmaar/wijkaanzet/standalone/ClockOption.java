package nl.alkmaar.wijkaanzet.standalone;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import nl.alkmaar.wijkaanzet.campaign.CampaignYamlReader;

/**
 * "Doe alsof het nu … is" for demos and tests. Accepts an instant with zone ({@code
 * 2024-04-10T12:00:00Z}), a local date-time or a date in Alkmaar's time zone ({@code
 * 2024-04-10T12:00}, {@code 2024-04-10}, the latter at noon).
 */
final class ClockOption {

  private ClockOption() {}

  static Instant parse(String value) {
    String text = value.strip();
    try {
      if (text.length() == 10) {
        return LocalDate.parse(text)
            .atTime(12, 0)
            .atZone(CampaignYamlReader.DEFAULT_ZONE)
            .toInstant();
      }
      if (text.endsWith("Z") || text.matches(".*[+-]\\d\\d:\\d\\d$")) {
        return OffsetDateTime.parse(text).toInstant();
      }
      return LocalDateTime.parse(text).atZone(CampaignYamlReader.DEFAULT_ZONE).toInstant();
    } catch (DateTimeException e) {
      throw new StandaloneOptions.OptionsException(
          "--clock '"
              + value
              + "' is geen tijdstip. Schrijf bijvoorbeeld 2024-04-10T12:00 of 2024-04-10T12:00:00Z.");
    }
  }

  /** A clock that starts at {@code start} now and then runs on, so time still passes in a demo. */
  static Clock startingAt(Instant start) {
    return Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), start));
  }
}
