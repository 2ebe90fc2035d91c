package nl.alkmaar.wijkaanzet.forward;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import nl.alkmaar.wijkaanzet.notify.OutboxMessage;
import nl.alkmaar.wijkaanzet.notify.OutboxMessages;
import nl.alkmaar.wijkaanzet.notify.RenderedMail;

/**
 * The adapter for municipalities that run Signalen: the report becomes the JSON body of {@code POST
 * /signals/v1/private/signals}. The outbox keeps that body; {@link SignalenSender} adds the bearer
 * token at delivery, so the token is never stored.
 *
 * <p>Signalen needs coordinates and our points have a described place, so the described place goes
 * into the text and the pin goes to the configured spot. The reporter's e-mail goes along with
 * {@code sharing_allowed: false}: the handler may contact them, nobody else gets it.
 */
public final class SignalenForwarding implements ForwardingChannel {

  public static final String KIND = "signalen";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int TEXT_MAX = 3000;

  private final ForwardingSettings settings;
  private final OutboxMessages messages;

  public SignalenForwarding(ForwardingSettings settings, OutboxMessages messages) {
    this.settings = settings;
    this.messages = messages;
  }

  @Override
  public String organisation() {
    return settings.organisation();
  }

  @Override
  public String route() {
    return "via Signalen";
  }

  @Override
  public OutboxMessage message(ForwardedReport report) {
    return messages.create(
        KIND,
        settings.signalenUrl().toString(),
        new RenderedMail(report.reference(), body(report)));
  }

  String body(ForwardedReport report) {
    ObjectNode signal = JSON.createObjectNode();
    signal.put("text", text(report));
    signal.put("source", "Wij(k) aan zet!");
    signal.put("incident_date_start", report.submittedAt().toString());
    ObjectNode location = signal.putObject("location");
    ObjectNode point = location.putObject("geometrie");
    point.put("type", "Point");
    // GeoJSON order: longitude first.
    point.putArray("coordinates").add(settings.longitude()).add(settings.latitude());
    signal.putObject("category").put("sub_category", settings.signalenCategory());
    ObjectNode reporter = signal.putObject("reporter");
    if (report.reporterEmail() != null) {
      reporter.put("email", report.reporterEmail());
    }
    reporter.put("sharing_allowed", false);
    try {
      return JSON.writeValueAsString(signal);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("signal not serialisable", e);
    }
  }

  private static String text(ForwardedReport report) {
    StringBuilder text = new StringBuilder();
    text.append(report.title()).append("\n\n").append(report.description());
    if (report.location() != null) {
      text.append("\n\nPlek: ").append(report.location());
    }
    text.append("\nWijk: ").append(report.wijk());
    text.append("\nReferentie Wij(k) aan zet!: ").append(report.reference());
    return text.length() <= TEXT_MAX ? text.toString() : text.substring(0, TEXT_MAX - 1) + "…";
  }

  /** Where the outbox sends the body; used by the sender to refuse unexpected hosts. */
  public URI endpoint() {
    return settings.signalenUrl();
  }
}
