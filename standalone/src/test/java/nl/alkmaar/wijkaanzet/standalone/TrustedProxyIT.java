package nl.alkmaar.wijkaanzet.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Behind a proxy that ends TLS: its forwarded headers are believed from the configured proxy
 * address only. Then the host knows it is served over https (Secure cookie, HSTS, the browser's
 * https origin), and the rate limit counts residents, not the proxy.
 */
class TrustedProxyIT {

  private static final String PUBLIC_ORIGIN = "https://wijkaanzet.example";

  @TempDir Path data;

  private static StandaloneHost start(Path data, Set<String> proxies) {
    ModeratorClient.addTo(data);
    return StandaloneHost.start(
        new StandaloneOptions(
                0,
                data,
                Optional.of(Instant.parse("2024-04-10T12:00:00Z")),
                Optional.empty(),
                Optional.empty(),
                Set.of(),
                2,
                Optional.empty())
            .withTrustedProxies(proxies));
  }

  private static HttpRequest.Builder viaProxy(StandaloneHost host, String path, String client) {
    return HttpRequest.newBuilder(host.baseUri().resolve(path))
        .header("X-Forwarded-Proto", "https")
        .header("X-Forwarded-Host", "wijkaanzet.example")
        .header("X-Forwarded-For", client);
  }

  private static HttpResponse<String> submit(StandaloneHost host, String client) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            viaProxy(host, "/api/ideas", client)
                .header("Content-Type", "application/json")
                .header("Origin", PUBLIC_ORIGIN)
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        SubmissionClient.JSON.writeValueAsString(SubmissionClient.complete())))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void behindATrustedProxyTheHostKnowsItIsServedOverHttps() throws Exception {
    try (StandaloneHost host = start(data, Set.of("127.0.0.1", "::1"))) {
      HttpClient http = HttpClient.newHttpClient();
      HttpResponse<String> page =
          http.send(
              viaProxy(host, "/", "203.0.113.5").build(), HttpResponse.BodyHandlers.ofString());
      HttpResponse<String> login =
          http.send(
              viaProxy(host, "/j_security_check", "203.0.113.5")
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .header("Origin", PUBLIC_ORIGIN)
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "j_username=moderator1&j_password=moderatie-alkmaar-2024"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());

      assertEquals(
          "max-age=31536000",
          page.headers().firstValue("strict-transport-security").orElse(""),
          "HSTS over https");
      assertTrue(
          login.headers().allValues("set-cookie").stream()
              .anyMatch(cookie -> cookie.startsWith("JSESSIONID") && cookie.contains("Secure")),
          "the session cookie is Secure: " + login.headers().allValues("set-cookie"));
      assertEquals(201, submit(host, "203.0.113.5").statusCode(), "the https origin is ours");
    }
  }

  @Test
  void theRateLimitCountsResidentsNotTheProxy() throws Exception {
    try (StandaloneHost host = start(data, Set.of("127.0.0.0/8", "::1"))) {
      assertEquals(201, submit(host, "203.0.113.5").statusCode());
      assertEquals(201, submit(host, "203.0.113.5").statusCode());
      assertEquals(429, submit(host, "203.0.113.5").statusCode(), "burst of 2 used up");
      assertEquals(201, submit(host, "198.51.100.9").statusCode(), "another resident");
    }
  }

  @Test
  void aVisitorCannotChooseTheirAddressByWritingTheHeaderThemselves() throws Exception {
    try (StandaloneHost host = start(data, Set.of("127.0.0.0/8", "::1"))) {
      // The proxy appends the address it saw to whatever the visitor sent.
      assertEquals(201, submit(host, "10.9.9.1, 203.0.113.5").statusCode());
      assertEquals(201, submit(host, "10.9.9.2, 203.0.113.5").statusCode());
      assertEquals(
          429,
          submit(host, "10.9.9.3, 203.0.113.5, 127.0.0.1").statusCode(),
          "the same visitor, whatever they wrote in front (and behind a second proxy of ours)");
    }
  }

  @Test
  void withoutATrustedProxyForwardedHeadersAreIgnored() throws Exception {
    try (StandaloneHost host = start(data, Set.of())) {
      HttpResponse<String> page =
          HttpClient.newHttpClient()
              .send(
                  viaProxy(host, "/", "203.0.113.5").build(), HttpResponse.BodyHandlers.ofString());

      assertFalse(page.headers().firstValue("strict-transport-security").isPresent());
      assertEquals(403, submit(host, "203.0.113.5").statusCode(), "not our origin after all");
    }
  }
}
