package nl.alkmaar.wijkaanzet.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A moderator's browser against a running host: logged in through the host's form login, with its
 * own cookies, calling {@code /api/moderation/ideas}. Redirects are not followed, so tests see
 * them.
 */
final class ModeratorClient {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String NAME = "moderator1";
  static final String PASSWORD = "moderatie-alkmaar-2024";

  private final URI base;
  private final HttpClient http;

  private ModeratorClient(URI base, HttpClient http) {
    this.base = base;
    this.http = http;
  }

  /** Adds the moderator to the users file in {@code data}; call before the host starts. */
  static void addTo(Path data) {
    addUser(data, NAME, "wijkaanzet-moderator");
  }

  /** Adds {@code name} with {@code roles} (and the moderator's password); call before the start. */
  static void addUser(Path data, String name, String roles) {
    AddUserCommand.run(
        new String[] {"--data", data.toString(), "--naam", name, "--rollen", roles},
        Map.of(AddUserCommand.PASSWORD_ENV, PASSWORD),
        null,
        new BufferedReader(new StringReader("")));
  }

  static ModeratorClient logIn(StandaloneHost host) throws Exception {
    return logIn(host, NAME);
  }

  /** Logs in as {@code name}, a user added with {@link #addUser}, whatever their roles. */
  static ModeratorClient logIn(StandaloneHost host, String name) throws Exception {
    return logIn(host.baseUri(), name);
  }

  /** Logs in as {@code name} on the host at {@code base} (one in another process). */
  static ModeratorClient logIn(URI base, String name) throws Exception {
    HttpClient http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    http.send(
        HttpRequest.newBuilder(base.resolve("/moderatie/")).build(),
        HttpResponse.BodyHandlers.discarding());
    String form =
        "j_username=" + name + "&j_password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8);
    HttpResponse<String> login =
        http.send(
            HttpRequest.newBuilder(base.resolve("/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertTrue(login.statusCode() == 302 || login.statusCode() == 303, name + " logged in");
    return new ModeratorClient(base, http);
  }

  /** {@code POST /api/moderation/ideas/{id}/{action}} with {@code body} as JSON. */
  HttpResponse<String> act(String id, String action, Map<String, ?> body) throws Exception {
    return http.send(
        HttpRequest.newBuilder(base.resolve("/api/moderation/ideas/" + id + "/" + action))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** The point as moderators see it, with its status, version and merge links. */
  JsonNode point(String id) throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(base.resolve("/api/moderation/ideas/" + id)).build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), response.body());
    return JSON.readTree(response.body());
  }

  /** The logged-in browser itself, for requests the helpers here do not make. */
  HttpClient http() {
    return http;
  }

  /** A download (an export) as the logged-in user gets it, byte for byte. */
  HttpResponse<byte[]> bytes(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(base.resolve(path)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  /** A moderation screen (HTML) as the logged-in moderator sees it. */
  HttpResponse<String> screen(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  /**
   * Posts a moderation screen's form as a browser does (URL-encoded, names may repeat), with extra
   * {@code headers} as name-value pairs.
   */
  HttpResponse<String> submitForm(
      String path, List<Map.Entry<String, String>> fields, String... headers) throws Exception {
    String body =
        fields.stream()
            .map(
                field ->
                    URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The form token a moderation screen at {@code path} hands out. */
  String formToken(String path) throws Exception {
    HttpResponse<String> page = screen(path);
    assertEquals(200, page.statusCode(), path);
    Matcher token = Pattern.compile("name=\"token\" value=\"([^\"]+)\"").matcher(page.body());
    assertTrue(token.find(), path + " carries a form token");
    return token.group(1);
  }

  long version(String id) throws Exception {
    return point(id).get("version").asLong();
  }

  /** The anonymous public API, as a resident's browser calls it. */
  static HttpResponse<String> publicGet(StandaloneHost host, String path) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(host.baseUri().resolve(path)).build(),
            HttpResponse.BodyHandlers.ofString());
  }

  /** {@code body} as JSON to the anonymous public API, as a resident's script posts it. */
  static HttpResponse<String> publicPostJson(StandaloneHost host, String path, Object body)
      throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(host.baseUri().resolve(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  static JsonNode json(HttpResponse<String> response) throws Exception {
    return JSON.readTree(response.body());
  }
}
