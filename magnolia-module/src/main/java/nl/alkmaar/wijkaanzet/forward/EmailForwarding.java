package nl.alkmaar.wijkaanzet.forward;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import nl.alkmaar.wijkaanzet.notify.MailTemplates;
import nl.alkmaar.wijkaanzet.notify.OutboxMessage;
import nl.alkmaar.wijkaanzet.notify.OutboxMessages;

/** The default adapter: a plain-text mail per report to the organisation's address. */
public final class EmailForwarding implements ForwardingChannel {

  public static final String KIND = "doorsturen";
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.forLanguageTag("nl-NL"))
          .withZone(ZoneId.of("Europe/Amsterdam"));

  private final String organisation;
  private final String address;
  private final MailTemplates templates;
  private final OutboxMessages messages;

  public EmailForwarding(
      String organisation, String address, MailTemplates templates, OutboxMessages messages) {
    this.organisation = organisation;
    this.address = address;
    this.templates = templates;
    this.messages = messages;
  }

  @Override
  public String organisation() {
    return organisation;
  }

  @Override
  public String route() {
    return "per e-mail";
  }

  @Override
  public OutboxMessage message(ForwardedReport report) {
    Map<String, Object> model =
        Map.of(
            "organisation", organisation,
            "reference", report.reference(),
            "title", report.title(),
            "description", report.description(),
            "location", Objects.toString(report.location(), ""),
            "category", report.category(),
            "wijk", report.wijk(),
            "submittedAt", DATE.format(report.submittedAt()));
    return messages.create(KIND, address, templates.render(KIND, "nl", model));
  }
}
