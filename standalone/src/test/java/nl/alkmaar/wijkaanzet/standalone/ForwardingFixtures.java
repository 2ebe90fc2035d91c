package nl.alkmaar.wijkaanzet.standalone;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import nl.alkmaar.wijkaanzet.forward.ForwardingSettings;
import nl.alkmaar.wijkaanzet.notify.MailSettings;
import nl.alkmaar.wijkaanzet.notify.OutboxMessage;

/** What the forwarding ITs share: a host with forwarding set up, a resident's point, polling. */
final class ForwardingFixtures {

  private ForwardingFixtures() {}

  static final String CLOCK = "2024-04-10T12:00:00Z";
  static final String SIGNALS_PATH = "/signals/v1/private/signals";
  static final String TOKEN = "signalen-token-8c41d2";

  static StandaloneHost start(
      Path data, Optional<MailSettings> mail, Map<String, String> forwardingEnv) {
    ModeratorClient.addTo(data);
    return StandaloneHost.start(
        new StandaloneOptions(
                0,
                data,
                Optional.of(Instant.parse(CLOCK)),
                Optional.empty(),
                Optional.empty(),
                Set.of(),
                TestHosts.GENEROUS_BURST,
                mail)
            .withForwarding(ForwardingSettings.fromEnvironment(forwardingEnv)));
  }

  /** A resident's point; {@code id} and {@code reference} as the API answered. */
  record Submitted(String id, String reference, Map<String, Object> fields) {}

  static Submitted submit(StandaloneHost host, String title, String description, String email)
      throws Exception {
    Map<String, Object> fields = SubmissionClient.complete();
    fields.put("wijk", "de-mare");
    fields.put("category", "verkeer");
    fields.put("title", title);
    fields.put("description", description);
    fields.put("location", "Bushalte Kennemerstraatweg");
    fields.put("email", email);
    HttpResponse<String> response = new SubmissionClient(host).postJson(fields);
    assertEquals(201, response.statusCode(), response.body());
    JsonNode json = ModeratorClient.json(response);
    return new Submitted(json.get("id").asText(), json.get("reference").asText(), fields);
  }

  static Optional<OutboxMessage> inOutbox(String kind, String containing) {
    return HostOutbox.all().stream()
        .filter(message -> message.kind().equals(kind))
        .filter(
            message ->
                message.subject().contains(containing) || message.textBody().contains(containing))
        .findFirst();
  }

  /** Polls until {@code condition} holds for what {@code value} gives, for at most ten seconds. */
  static <T> T await(Supplier<T> value, Predicate<T> condition, String what)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    T current = value.get();
    while (!condition.test(current) && System.nanoTime() < deadline) {
      Thread.sleep(25);
      current = value.get();
    }
    assertTrue(condition.test(current), what + "; last seen: " + current);
    return current;
  }
}
