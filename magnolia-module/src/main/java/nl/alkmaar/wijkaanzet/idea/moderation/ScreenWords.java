package nl.alkmaar.wijkaanzet.idea.moderation;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import nl.alkmaar.wijkaanzet.idea.Channel;
import nl.alkmaar.wijkaanzet.idea.IdeaStatus;

/** Dutch words and formats the moderation screens show; statuses appear lower case in URLs. */
final class ScreenWords {

  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.forLanguageTag("nl-NL"))
          .withZone(ZoneId.of("Europe/Amsterdam"));

  private ScreenWords() {}

  static String status(IdeaStatus status) {
    return status.label();
  }

  static String slug(IdeaStatus status) {
    return status.name().toLowerCase(Locale.ROOT);
  }

  static Optional<IdeaStatus> statusFromSlug(String slug) {
    for (IdeaStatus status : IdeaStatus.values()) {
      if (slug(status).equals(slug)) {
        return Optional.of(status);
      }
    }
    return Optional.empty();
  }

  static String channel(Channel channel) {
    return channel.label();
  }

  static String dateTime(Instant instant) {
    return instant == null ? "" : DATE_TIME.format(instant);
  }

  /** The message after a successful action, by its word in the address. */
  static String done(String action) {
    return switch (action) {
      case "publiceren" -> "Het punt is gepubliceerd. Inwoners zien het nu op de website.";
      case "terugtrekken" -> "Het punt is teruggetrokken. Het staat niet meer op de website.";
      case "afwijzen" -> "Het punt is afgewezen. De indiener krijgt een e-mail met de reden.";
      case "doorsturen" -> "Het punt is doorgestuurd. De indiener krijgt daarover een e-mail.";
      case "samenvoegen" ->
          "Het punt is samengevoegd. De indiener krijgt een e-mail met een link naar het punt.";
      case "samenvoegen-ongedaan-maken" -> "Het samenvoegen is ongedaan gemaakt.";
      case "verbeteren" -> "De tekst is verbeterd. De oude tekst staat in de geschiedenis.";
      default -> "";
    };
  }
}
