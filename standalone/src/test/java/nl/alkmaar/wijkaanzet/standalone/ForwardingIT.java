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
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import nl.alkmaar.wijkaanzet.WijkAanZet;
import nl.alkmaar.wijkaanzet.WijkAanZetRuntime;
import nl.alkmaar.wijkaanzet.forward.Forwarding;
import nl.alkmaar.wijkaanzet.forward.ForwardingSettings;
import nl.alkmaar.wijkaanzet.forward.SignalenForwarding;
import nl.alkmaar.wijkaanzet.notify.FileMailSender;
import nl.alkmaar.wijkaanzet.notify.MailSettings;
import nl.alkmaar.wijkaanzet.notify.OutboxDispatcher;
import nl.alkmaar.wijkaanzet.notify.OutboxMessage;
import nl.alkmaar.wijkaanzet.notify.OutboxStatus;
import nl.alkmaar.wijkaanzet.notify.RetryPolicy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Moderators forward a report about the public space over the API; it travels through the outbox to
 * Stadswerk072 by e-mail (GreenMail) or to Signalen's API (WireMock), with retries. One host per
 * way of forwarding, and one without any.
 */
class ForwardingIT {

  private static final String CLOCK = "2024-04-10T12:00:00Z";
  private static final String SIGNALS_PATH = "/signals/v1/private/signals";
  private static final String TOKEN = "signalen-token-8c41d2";

  private static StandaloneHost start(
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
  private record Submitted(String id, String reference, Map<String, Object> fields) {}

  private static Submitted submit(
      StandaloneHost host, String title, String description, String email) throws Exception {
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

  private static Optional<OutboxMessage> inOutbox(String kind, String containing) {
    return HostOutbox.all().stream()
        .filter(message -> message.kind().equals(kind))
        .filter(
            message ->
                message.subject().contains(containing) || message.textBody().contains(containing))
        .findFirst();
  }

  /** Polls until {@code condition} holds for what {@code value} gives, for at most ten seconds. */
  private static <T> T await(Supplier<T> value, Predicate<T> condition, String what)
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

  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class ByEmail {

    private static final String STADSWERK = "meldingen@stadswerk072.example";
    private final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    private StandaloneHost host;

    @BeforeAll
    void start(@TempDir Path data) {
      smtp.start();
      host =
          ForwardingIT.start(
              data,
              MailSettings.fromEnvironment(
                  Map.of(
                      MailSettings.HOST, "127.0.0.1",
                      MailSettings.PORT, String.valueOf(smtp.getSmtp().getPort()),
                      MailSettings.FROM, "wijkaanzet@alkmaar.nl",
                      MailSettings.STARTTLS, "false")),
              Map.of(ForwardingSettings.EMAIL, STADSWERK));
    }

    @AfterAll
    void stop() {
      if (host != null) {
        host.close();
      }
      smtp.stop();
    }

    private List<MimeMessage> mailTo(String address) throws Exception {
      List<MimeMessage> found = new ArrayList<>();
      for (MimeMessage message : smtp.getReceivedMessages()) {
        if (Arrays.stream(message.getRecipients(Message.RecipientType.TO))
            .anyMatch(recipient -> recipient.toString().equals(address))) {
          found.add(message);
        }
      }
      return found;
    }

    @Test
    void theReportReachesStadswerkAndTheSubmitterIsTold() throws Exception {
      String submitter = "r.bakker@example.nl";
      Submitted point =
          submit(
              host,
              "Losse stoeptegels bij de bushalte",
              "Bij de bushalte liggen drie stoeptegels los. Er is al iemand over gestruikeld.",
              submitter);
      assertTrue(smtp.waitForIncomingEmail(10_000, 1), "the confirmation arrived first");
      ModeratorClient moderator = ModeratorClient.logIn(host);
      long version = moderator.version(point.id());

      HttpResponse<String> forwarded =
          moderator.act(point.id(), "doorsturen", Map.of("version", version));

      assertEquals(200, forwarded.statusCode(), forwarded.body());
      assertEquals("DOORGESTUURD", ModeratorClient.json(forwarded).get("status").asText());
      assertTrue(smtp.waitForIncomingEmail(10_000, 3), "report and submitter's mail arrived");

      List<MimeMessage> reports = mailTo(STADSWERK);
      assertEquals(1, reports.size(), "one report for Stadswerk072");
      MimeMessage report = reports.get(0);
      assertTrue(report.getSubject().contains(point.reference()), report.getSubject());
      String reportText = MailText.of(report);
      assertTrue(reportText.contains("Losse stoeptegels bij de bushalte"), reportText);
      assertTrue(
          reportText.contains("Bij de bushalte liggen drie stoeptegels los."), "description");
      assertFalse(reportText.contains(submitter), "the resident's address is not passed on");
      assertTrue(reportText.contains("noem de referentie"), "Stadswerk072 asks us instead");

      List<MimeMessage> told =
          mailTo(submitter).stream()
              .filter(mail -> MailText.subject(mail).startsWith("Uw melding is doorgestuurd"))
              .toList();
      assertEquals(1, told.size(), "the submitter is told once");
      assertEquals(
          "Uw melding is doorgestuurd naar Stadswerk072 (" + point.reference() + ")",
          told.get(0).getSubject());
      assertTrue(MailText.of(told.get(0)).contains("Stadswerk072"), MailText.of(told.get(0)));

      assertEquals(
          404,
          ModeratorClient.publicGet(host, "/api/ideas/" + point.id()).statusCode(),
          "a forwarded point is not public");

      int outboxBefore = HostOutbox.all().size();
      HttpResponse<String> again =
          moderator.act(point.id(), "doorsturen", Map.of("version", version + 1));
      HttpResponse<String> stale =
          moderator.act(point.id(), "doorsturen", Map.of("version", version));
      assertEquals(409, again.statusCode(), again.body());
      assertEquals(
          "U kunt een punt met de status 'doorgestuurd' niet doorsturen.",
          ModeratorClient.json(again).get("detail").asText());
      assertEquals(409, stale.statusCode(), stale.body());
      assertEquals(outboxBefore, HostOutbox.all().size(), "nothing more was queued");
      assertEquals(version + 1, moderator.version(point.id()));
    }
  }

  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class ToSignalen {

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
              signalen.baseUrl() + SIGNALS_PATH,
              ForwardingSettings.SIGNALEN_TOKEN,
              TOKEN,
              ForwardingSettings.SIGNALEN_CATEGORY,
              "https://signalen.example/signals/v1/public/terms/categories/wegen-verkeer"
                  + "-straatmeubilair/sub_categories/bestrating",
              ForwardingSettings.SIGNALEN_LOCATION,
              "52.6401,4.7302");
      settings = ForwardingSettings.fromEnvironment(env).orElseThrow();
      host = ForwardingIT.start(data, Optional.empty(), env);
    }

    @AfterAll
    void stop() {
      if (host != null) {
        host.close();
      }
      signalen.stop();
    }

    /**
     * The outbox as the host's own dispatcher would work it {@code later}: same outbox, same
     * senders (Signalen with the token, mail to files), a clock that far ahead.
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
      await(
          () -> runtime.outbox().due(runtime.clock().instant(), 100),
          List::isEmpty,
          "the host's dispatcher worked the outbox");
    }

    @Test
    void aReportSignalenCannotTakeYetIsSentAgainLaterAndOnlyOnceAccepted() throws Exception {
      Submitted point =
          submit(
              host,
              "Kapotte lantaarnpaal aan de Kennemerstraatweg",
              "De lantaarnpaal bij de bushalte brandt al weken niet. Het is er 's avonds donker.",
              "s.visser@example.nl");
      signalen.stubFor(
          post(urlEqualTo(SIGNALS_PATH))
              .withRequestBody(containing(point.reference()))
              .inScenario("retry")
              .whenScenarioStateIs(Scenario.STARTED)
              .willReturn(aResponse().withStatus(503).withBody("onderhoud"))
              .willSetStateTo("up"));
      signalen.stubFor(
          post(urlEqualTo(SIGNALS_PATH))
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
          await(
                  () -> inOutbox(SignalenForwarding.KIND, point.reference()),
                  found -> found.isPresent() && found.get().attempts() == 1,
                  "the first attempt is recorded")
              .orElseThrow();
      assertEquals(OutboxStatus.PENDING, failed.status(), "503 is worth another attempt");
      assertTrue(failed.lastError().contains("503"), failed.lastError());
      assertTrue(
          failed.nextAttemptAt().isAfter(WijkAanZet.runtime().clock().instant()),
          "the next attempt waits");
      assertEquals(SignalenForwarding.RECIPIENT, failed.recipient());
      assertFalse(failed.textBody().contains(TOKEN), "the token is not stored");
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
        assertEquals("Bearer " + TOKEN, event.getRequest().getHeader("Authorization"));
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

      assertEquals(
          0, dispatcherAfter(Duration.ofHours(6)).runOnce(), "nothing left to send for it");
      assertEquals(2, requestsAbout(point.reference()).size());
    }

    @Test
    void aReportSignalenRefusesIsGivenUpAfterOneAttempt() throws Exception {
      Submitted point =
          submit(
              host,
              "Scheve paal bij het fietspad",
              "Bij het fietspad naast de school staat een paal scheef. Fietsers moeten uitwijken.",
              "m.dekker@example.nl");
      signalen.stubFor(
          post(urlEqualTo(SIGNALS_PATH))
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
          await(
                  () -> inOutbox(SignalenForwarding.KIND, point.reference()),
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
          overview.body().contains("Niet afgeleverd")
              && overview.body().contains(point.reference()),
          "moderators see the report that never arrived");
      assertFalse(overview.body().contains("m.dekker@example.nl"), "without addresses");
      assertEquals(
          OutboxStatus.FAILED,
          WijkAanZet.runtime().outbox().find(failed.id()).orElseThrow().status());
    }
  }

  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class NotSetUp {

    private StandaloneHost host;

    @BeforeAll
    void start(@TempDir Path data) {
      ModeratorClient.addTo(data);
      host = TestHosts.start(data, CLOCK);
    }

    @AfterAll
    void stop() {
      if (host != null) {
        host.close();
      }
    }

    @Test
    void forwardingIsRefusedInDutchAndNothingChanges() throws Exception {
      Submitted point =
          submit(
              host,
              "Gat in de weg bij de rotonde",
              "Op de rotonde bij de Vondelstraat zit een diep gat in het asfalt. Gevaarlijk!",
              "j.smit@example.nl");
      ModeratorClient moderator = ModeratorClient.logIn(host);
      JsonNode before = moderator.point(point.id());
      await(() -> HostOutbox.all().size(), size -> size >= 1, "the confirmation is queued");
      int outboxBefore = HostOutbox.all().size();

      HttpResponse<String> refused =
          moderator.act(
              point.id(), "doorsturen", Map.of("version", before.get("version").asLong()));

      assertEquals(409, refused.statusCode(), refused.body());
      String detail = ModeratorClient.json(refused).get("detail").asText();
      assertTrue(detail.contains("niet ingesteld"), detail);
      assertTrue(detail.contains("Vraag de beheerder"), "tells whom to ask: " + detail);
      JsonNode after = moderator.point(point.id());
      assertEquals("INGEDIEND", after.get("status").asText());
      assertEquals(before.get("version").asLong(), after.get("version").asLong());
      assertEquals(outboxBefore, HostOutbox.all().size(), "nothing new in the outbox");
    }
  }
}
