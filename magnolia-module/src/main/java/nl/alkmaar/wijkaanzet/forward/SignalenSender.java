package nl.alkmaar.wijkaanzet.forward;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import nl.alkmaar.wijkaanzet.notify.MailFailure;
import nl.alkmaar.wijkaanzet.notify.MailSender;
import nl.alkmaar.wijkaanzet.notify.OutboxMessage;

/**
 * Delivers a {@link SignalenForwarding} message: {@code POST} of its JSON body with the bearer
 * token. 2xx is delivered. Network trouble, 408, 429, 5xx and also 401/403 (a token an operator can
 * renew) are worth another attempt; any other answer means Signalen refuses this report for good.
 */
public final class SignalenSender implements MailSender {

  static final Duration TIMEOUT = Duration.ofSeconds(20);

  private final URI endpoint;
  private final String token;
  private final HttpClient http;

  public SignalenSender(URI endpoint, String token) {
    this.endpoint = endpoint;
    this.token = token;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  @Override
  public void send(OutboxMessage message) throws MailFailure {
    HttpRequest request =
        HttpRequest.newBuilder(endpoint)
            .timeout(TIMEOUT)
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(message.textBody()))
            .build();
    int status;
    try {
      status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      throw MailFailure.temporary("Signalen unreachable: " + e.getClass().getSimpleName(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw MailFailure.temporary("interrupted while sending to Signalen", e);
    }
    if (status >= 200 && status < 300) {
      return;
    }
    String reason = "Signalen answered HTTP " + status;
    if (status == 401 || status == 403 || status == 408 || status == 429 || status >= 500) {
      throw MailFailure.temporary(reason, null);
    }
    throw MailFailure.permanent(reason, null);
  }
}
