package nl.alkmaar.wijkaanzet.standalone;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.alkmaar.wijkaanzet.WijkAanZet;
import nl.alkmaar.wijkaanzet.WijkAanZetRuntime;
import nl.alkmaar.wijkaanzet.forward.Forwarding;
import nl.alkmaar.wijkaanzet.forward.ForwardingSettings;
import nl.alkmaar.wijkaanzet.forward.SignalenForwarding;
import nl.alkmaar.wijkaanzet.notify.FileMailSender;
import nl.alkmaar.wijkaanzet.notify.OutboxDispatcher;
import nl.alkmaar.wijkaanzet.notify.OutboxMessage;
import nl.alkmaar.wijkaanzet.notify.OutboxStatus;
import nl.alkmaar.wijkaanzet.notify.RetryPolicy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Forwarding to Signalen's API (WireMock): retried after a failure, given up after a refusal. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignalenForwardingIT {

  private final WireMockServer signalen =
      new WireMockServer(WireMockConfiguration.options().dynamicPort());
  private ForwardingSettings settings;
  private Path data;
  private StandaloneHost host;

  @BeforeAll
  void start(@TempDir Path data) {
    this.data = data;
    signalen.start();
    Map<String, String> env =
        Map.of(
            ForwardingSettings.CHANNEL,
            "signalen",
            ForwardingSettings.SIGNALEN_URL,
            signalen.baseUrl() + ForwardingFixtures.SIGNALS_PATH,
            ForwardingSettings.SIGNALEN_TOKEN,
            ForwardingFixtures.TOKEN,
            ForwardingSettings.SIGNALEN_CATEGORY,
            "https://signalen.example/signals/v1/public/terms/categories/wegen-verkeer"
                + "-straatmeubilair/sub_categories/bestrating",
            ForwardingSettings.SIGNALEN_LOCATION,
            "52.6401,4.7302");
    settings = ForwardingSettings.fromEnvironment(env).orElseThrow();
    host = ForwardingFixtures.start(data, Optional.empty(), env);
  }

  @AfterAll
  void stop() {
    if (host != null) {
      host.close();
    }
    signalen.stop();
  }

  /**
   * The outbox as the host's own dispatcher would work it {@code later}: same outbox, same senders
   * (Signalen with the token, mail to files), a clock that far ahead.
   */
  private OutboxDispatcher dispatcherAfter(Duration later) {
    WijkAanZetRuntime runtime = WijkAanZet.runtime();
    return new OutboxDispatcher(
        runtime.outbox(),
        Forwarding.sender(Optional.of(settings), new FileMailSender(data.resolve("mail"))),
        RetryPolicy.DEFAULT,
        Clock.offset(runtime.clock(), later),
        OutboxDispatcher.DEFAULT_POLL_INTERVAL,
        OutboxDispatcher.DEFAULT_BATCH_SIZE);
  }

  private List<ServeEvent> requestsAbout(String reference) {
    return signalen.getAllServeEvents().stream()
        .filter(event -> event.getRequest().getBodyAsString().contains(reference))
        .toList();
  }

  /** Nothing is due at the host's own "now": its dispatcher has done its round. */
  private void awaitHostRound() throws InterruptedException {
    WijkAanZetRuntime runtime = WijkAanZet.runtime();
    ForwardingFixtures.await(
        () -> runtime.outbox().due(runtime.clock().instant(), 100),
        List::isEmpty,
        "the host's dispatcher worked the outbox");
  }

  @Test
  void aReportSignalenCannotTakeYetIsSentAgainLaterAndOnlyOnceAccepted() throws Exception {
    ForwardingFixtures.Submitted point =
        ForwardingFixtures.submit(
            host,
            "Kapotte lantaarnpaal aan de Kennemerstraatweg",
            "De lantaarnpaal bij de bushalte brandt al weken niet. Het is er 's avonds donker.",
            "s.visser@example.nl");
    signalen.stubFor(
        post(urlEqualTo(ForwardingFixtures.SIGNALS_PATH))
            .withRequestBody(containing(point.reference()))
            .inScenario("retry")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withStatus(503).withBody("onderhoud"))
            .willSetStateTo("up"));
    signalen.stubFor(
        post(urlEqualTo(ForwardingFixtures.SIGNALS_PATH))
            .withRequestBody(containing(point.reference()))
            .inScenario("retry")
            .whenScenarioStateIs("up")
            .willReturn(
                aResponse()
                    .withStatus(201)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"id\": 4711, \"signal_id\": \"SIA-4711\"}")));
    ModeratorClient moderator = ModeratorClient.logIn(host);

    HttpResponse<String> forwarded =
        moderator.act(point.id(), "doorsturen", Map.of("version", moderator.version(point.id())));

    assertEquals(200, forwarded.statusCode(), forwarded.body());
    assertEquals("DOORGESTUURD", ModeratorClient.json(forwarded).get("status").asText());
    OutboxMessage failed =
        ForwardingFixtures.await(
                () -> ForwardingFixtures.inOutbox(SignalenForwarding.KIND, point.reference()),
                found -> found.isPresent() && found.get().attempts() == 1,
                "the first attempt is recorded")
            .orElseThrow();
    assertEquals(OutboxStatus.PENDING, failed.status(), "503 is worth another attempt");
    assertTrue(failed.lastError().contains("503"), failed.lastError());
    assertTrue(
        failed.nextAttemptAt().isAfter(WijkAanZet.runtime().clock().instant()),
        "the next attempt waits");
    assertEquals(SignalenForwarding.RECIPIENT, failed.recipient());
    assertFalse(failed.textBody().contains(ForwardingFixtures.TOKEN), "the token is not stored");
    assertEquals(1, requestsAbout(point.reference()).size());
    awaitHostRound();

    assertEquals(1, dispatcherAfter(Duration.ofMinutes(2)).runOnce(), "the retry is due");

    OutboxMessage sent = WijkAanZet.runtime().outbox().find(failed.id()).orElseThrow();
    assertEquals(OutboxStatus.SENT, sent.status());
    assertEquals(2, sent.attempts());
    List<ServeEvent> requests = requestsAbout(point.reference());
    assertEquals(
        List.of(503, 201),
        requests.stream()
            .map(event -> event.getResponse().getStatus())
            .sorted((a, b) -> Integer.compare(b, a))
            .toList(),
        "one refusal, then exactly one accepted report");
    for (ServeEvent event : requests) {
      assertEquals(
          "Bearer " + ForwardingFixtures.TOKEN, event.getRequest().getHeader("Authorization"));
      assertTrue(
          event.getRequest().getHeader("Content-Type").startsWith("application/json"),
          event.getRequest().getHeader("Content-Type"));
      JsonNode body = ModeratorClient.JSON.readTree(event.getRequest().getBodyAsString());
      assertTrue(body.get("text").asText().contains(point.reference()), body.toString());
      assertTrue(body.get("text").asText().contains("Kapotte lantaarnpaal"), body.toString());
      assertEquals(
          4.7302, body.get("location").get("geometrie").get("coordinates").get(0).asDouble());
      assertFalse(body.get("reporter").has("email"), "the resident's address is not passed on");
      assertFalse(body.toString().contains("s.visser@example.nl"), body.toString());
    }

    assertEquals(0, dispatcherAfter(Duration.ofHours(6)).runOnce(), "nothing left to send for it");
    assertEquals(2, requestsAbout(point.reference()).size());
  }

  @Test
  void aReportSignalenRefusesIsGivenUpAfterOneAttempt() throws Exception {
    ForwardingFixtures.Submitted point =
        ForwardingFixtures.submit(
            host,
            "Scheve paal bij het fietspad",
            "Bij het fietspad naast de school staat een paal scheef. Fietsers moeten uitwijken.",
            "m.dekker@example.nl");
    signalen.stubFor(
        post(urlEqualTo(ForwardingFixtures.SIGNALS_PATH))
            .withRequestBody(containing(point.reference()))
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"category\": [\"Onbekende categorie.\"]}")));
    ModeratorClient moderator = ModeratorClient.logIn(host);

    HttpResponse<String> forwarded =
        moderator.act(point.id(), "doorsturen", Map.of("version", moderator.version(point.id())));

    assertEquals(200, forwarded.statusCode(), forwarded.body());
    OutboxMessage failed =
        ForwardingFixtures.await(
                () -> ForwardingFixtures.inOutbox(SignalenForwarding.KIND, point.reference()),
                found -> found.isPresent() && found.get().status() == OutboxStatus.FAILED,
                "the refused report is given up")
            .orElseThrow();
    assertEquals(1, failed.attempts());
    assertTrue(failed.lastError().contains("400"), failed.lastError());
    assertEquals(null, failed.nextAttemptAt(), "no further attempt is planned");
    awaitHostRound();

    dispatcherAfter(Duration.ofHours(6)).runOnce();

    assertEquals(1, requestsAbout(point.reference()).size(), "Signalen was asked only once");
    HttpResponse<String> overview = moderator.screen("/moderatie");
    assertEquals(200, overview.statusCode());
    assertTrue(
        overview.body().contains("Niet afgeleverd") && overview.body().contains(point.reference()),
        "moderators see the report that never arrived");
    assertFalse(overview.body().contains("m.dekker@example.nl"), "without addresses");
    assertEquals(
        OutboxStatus.FAILED,
        WijkAanZet.runtime().outbox().find(failed.id()).orElseThrow().status());
  }
}
