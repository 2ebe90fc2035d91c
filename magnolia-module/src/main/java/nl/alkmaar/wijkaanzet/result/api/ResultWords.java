package nl.alkmaar.wijkaanzet.result.api;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.alkmaar.wijkaanzet.campaign.Campaign;

/** Dates and times of the results screens as Dutch readers write them. */
final class ResultWords {

  private static final DateTimeFormatter MOMENT =
      DateTimeFormatter.ofPattern("d MMMM yyyy 'om' HH:mm", Locale.forLanguageTag("nl"));

  private ResultWords() {}

  /** "3 juli 2024 om 10:15", in the campaign's time zone. */
  static String moment(Instant at, Campaign campaign) {
    return MOMENT.format(at.atZone(campaign.timeZone()));
  }
}
