package nl.alkmaar.wijkaanzet.standalone;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Requests as an attacker (or a browser) sends them, with exactly the headers given: for the tests
 * of what the host refuses.
 */
final class RawRequests {

  private final StandaloneHost host;

  RawRequests(StandaloneHost host) {
    this.host = host;
  }

  /** A browser: its own cookies, and redirects are not followed, so tests see them. */
  static HttpClient browser() {
    return HttpClient.newBuilder()
        .cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  /** {@code POST path} with this body type and body, and extra headers as name-value pairs. */
  HttpResponse<String> post(
      HttpClient http, String path, String type, String body, String... headers) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(host.baseUri().resolve(path))
            .header("Content-Type", type)
            .POST(HttpRequest.BodyPublishers.ofString(body));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> get(HttpClient http, String path, String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(host.baseUri().resolve(path));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Where a redirect leads on this site: path and query, without scheme and host. */
  static String location(HttpResponse<?> response) {
    URI location = URI.create(response.headers().firstValue("location").orElse(""));
    return location.getRawPath()
        + (location.getRawQuery() == null ? "" : "?" + location.getRawQuery());
  }
}
