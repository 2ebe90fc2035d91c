package nl.alkmaar.wijkaanzet.standalone;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.alkmaar.wijkaanzet.WijkAanZet;
import nl.alkmaar.wijkaanzet.idea.IdeaStatus;
import nl.alkmaar.wijkaanzet.idea.ModerationAction;

/**
 * What the submission tests do against a running host: post a point as JSON or as the plain HTML
 * form does, read pages, and publish through the moderation workflow.
 */
final class SubmissionClient {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String NAME = "Wilhelmina Zonnebloem";
  static final String EMAIL = "w.zonnebloem@example.nl";

  /** One browser: it keeps its cookies, so the form's state comes back to it. */
  private final HttpClient http =
      HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();

  private final StandaloneHost host;

  SubmissionClient(StandaloneHost host) {
    this.host = host;
  }

  /** A submission with every field filled in well. */
  static Map<String, Object> complete() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("wijk", "centrum");
    body.put("title", "Meer bankjes bij de Grote Kerk");
    body.put(
        "description", "Op het Kerkplein kun je nergens zitten. Twee bankjes zouden fijn zijn.");
    body.put("category", "leefbaarheid");
    body.put("location", "Kerkplein");
    body.put("name", NAME);
    body.put("email", EMAIL);
    body.put("ageGroup", "65-plus");
    body.put("consent", true);
    return body;
  }

  HttpResponse<String> postJson(Object body, String... headers) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(host.baseUri().resolve("/api/ideas"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Posts as a browser without JavaScript posts the form (URL-encoded). */
  HttpResponse<String> postForm(Map<String, String> fields) throws Exception {
    String body =
        fields.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return http.send(
        HttpRequest.newBuilder(host.baseUri().resolve("/api/ideas"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /**
   * Posts as the widget posts a point with a photo: multipart, asking for JSON, with the form's
   * token (a form body always needs one).
   */
  HttpResponse<String> postMultipart(Map<String, String> given, byte[] jpeg) throws Exception {
    Map<String, String> fields = new LinkedHashMap<>(given);
    if (!fields.containsKey("token")) {
      fields.put("token", formToken("/meedoen"));
    }
    String boundary = "----wijkaanzet-test";
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    fields.forEach(
        (name, value) ->
            body.writeBytes(
                ("--"
                        + boundary
                        + "\r\nContent-Disposition: form-data; name=\""
                        + name
                        + "\"\r\n\r\n")
                    .concat(value + "\r\n")
                    .getBytes(StandardCharsets.UTF_8)));
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"foto.jpg\""
                + "\r\nContent-Type: image/jpeg\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(jpeg);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return http.send(
        HttpRequest.newBuilder(host.baseUri().resolve("/api/ideas"))
            .header("Accept", "application/json")
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(host.baseUri().resolve(path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** The page a form post redirected to, without its anchor. */
  String pageAfter(HttpResponse<String> redirect) throws Exception {
    String location = redirect.headers().firstValue("location").orElseThrow();
    return get(location.substring(0, location.indexOf('#'))).body();
  }

  String formToken(String page) throws Exception {
    Matcher token = Pattern.compile("name=\"token\" value=\"([^\"]+)\"").matcher(get(page).body());
    assertTrue(token.find(), "the form carries a token");
    return token.group(1);
  }

  /** Sends in a complete point as JSON; answers its id. */
  String submitComplete() throws Exception {
    HttpResponse<String> created = postJson(complete());
    assertTrue(created.statusCode() == 201, created.body());
    return JSON.readTree(created.body()).get("id").asText();
  }

  /** The status a point has now. */
  static IdeaStatus status(String id) {
    return WijkAanZet.runtime().ideas().find("alkmaar-2024", id).orElseThrow().status();
  }

  /** Publishes a new point the way a moderator does (version 0: nobody touched it yet). */
  static void publish(String id) {
    WijkAanZet.runtime().moderation().act(id, 0, ModerationAction.PUBLISH, "test");
  }
}
