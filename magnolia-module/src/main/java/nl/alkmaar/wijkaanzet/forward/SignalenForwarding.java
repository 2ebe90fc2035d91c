package nl.alkmaar.wijkaanzet.forward;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.alkmaar.wijkaanzet.notify.OutboxMessage;
import nl.alkmaar.wijkaanzet.notify.OutboxMessages;
import nl.alkmaar.wijkaanzet.notify.RenderedMail;

/**
 * The adapter for municipalities that run Signalen: the report becomes the JSON body of {@code POST
 * /signals/v1/private/signals}. The outbox keeps that body; {@link SignalenSender} sends it to the
 * configured address with the bearer token, so neither is stored with the report.
 *
 * <p>Signalen needs coordinates and our points have a described place, so the described place goes
 * into the text and the pin goes to the configured spot. The reporter stays anonymous (see {@link
 * ForwardedReport}).
 */
public final class SignalenForwarding implements ForwardingChannel {

  public static final String KIND = "signalen";
  public static final String RECIPIENT = "signalen";
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
    // The recipient is the role, not the address: the sender always uses the configured Signalen,
    // so queued reports follow a changed address and the token goes nowhere else.
    return messages.create(KIND, RECIPIENT, new RenderedMail(report.reference(), body(report)));
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
    // No contact details (see ForwardedReport); Signalen may not pass on what it does not have.
    signal.putObject("reporter").put("sharing_allowed", false);
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
}
