package nl.alkmaar.wijkaanzet.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.alkmaar.wijkaanzet.idea.photo.TestImages;

/**
 * One host for the moderation-screen ITs, with a moderator and a staff user logged in as needed,
 * and what those tests do over and over: submit, publish, build the bulk form, read the mail.
 */
final class ScreensSession implements AutoCloseable {

  static final String STAFF = "bus1";
  private static final Pattern ROW =
      Pattern.compile(
          "<th scope=\"row\"><a class=\"utrecht-link\" href=\"/moderatie/punt/[^\"]+\">([^<]+)</a>");

  final StandaloneHost host;
  final Path data;
  final ModeratorClient moderator;

  ScreensSession(Path data) throws Exception {
    this.data = data;
    ModeratorClient.addTo(data);
    ModeratorClient.addUser(data, STAFF, "wijkaanzet-staff");
    host = TestHosts.start(data, "2024-04-10T12:00:00Z");
    moderator = ModeratorClient.logIn(host);
  }

  @Override
  public void close() {
    host.close();
  }

  /** A resident's point as the API answered. */
  record Submitted(String id, String reference) {}

  Submitted submit(String wijk, String title, String description, String email) throws Exception {
    Map<String, Object> fields = SubmissionClient.complete();
    fields.put("wijk", wijk);
    fields.put("title", title);
    fields.put("description", description);
    fields.put("location", "Ergens in " + wijk);
    fields.put("email", email);
    HttpResponse<String> response = new SubmissionClient(host).postJson(fields);
    assertEquals(201, response.statusCode(), response.body());
    JsonNode json = ModeratorClient.json(response);
    return new Submitted(json.get("id").asText(), json.get("reference").asText());
  }

  Submitted submit(String wijk, String title) throws Exception {
    return submit(
        wijk,
        title,
        "Een verbeterpunt voor de buurt, met genoeg tekst om te lezen.",
        "inwoner@example.nl");
  }

  void publishOverApi(Submitted point) throws Exception {
    HttpResponse<String> published =
        moderator.act(point.id(), "publiceren", Map.of("version", moderator.version(point.id())));
    assertEquals(200, published.statusCode(), published.body());
  }

  /** The point as the moderation API shows it now. */
  void assertState(Submitted point, String status, long version) throws Exception {
    JsonNode now = moderator.point(point.id());
    assertEquals(status, now.get("status").asText(), point.reference() + " status");
    assertEquals(version, now.get("version").asLong(), point.reference() + " version");
  }

  static Map.Entry<String, String> field(String name, String value) {
    return Map.entry(name, value);
  }

  /** The bulk form of {@code wijk}'s queue with {@code points} ticked, as the screen sends it. */
  List<Map.Entry<String, String>> bulk(
      String wijk, String action, Map<Submitted, Long> points, String... extra) throws Exception {
    List<Map.Entry<String, String>> form = new ArrayList<>();
    form.add(field("token", moderator.formToken("/moderatie/wijk/" + wijk)));
    form.add(field("wijk", wijk));
    form.add(field("status", "ingediend"));
    form.add(field("q", ""));
    form.add(field("sort", "oud"));
    form.add(field("bulkactie", action));
    points.forEach(
        (point, version) -> {
          form.add(field("punt", point.id()));
          form.add(field("versie-" + point.id(), String.valueOf(version)));
        });
    for (int i = 0; i < extra.length; i += 2) {
      form.add(field(extra[i], extra[i + 1]));
    }
    return form;
  }

  /** Mail files in {@code <data>/mail} to {@code address} whose subject starts so, polled 10 s. */
  List<MimeMessage> awaitMail(String address, String subjectStart, int count) throws Exception {
    return new MailFolder(data).await(address, subjectStart, count);
  }

  /** A point with a photo, sent as the form does (multipart). */
  Submitted submitWithPhoto(String wijk, String title, String description, String email)
      throws Exception {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("wijk", wijk);
    fields.put("title", title);
    fields.put("description", description);
    fields.put("category", "leefbaarheid");
    fields.put("name", "Inwoner met foto");
    fields.put("email", email);
    fields.put("consent", "ja");
    HttpResponse<String> created =
        new SubmissionClient(host).postMultipart(fields, TestImages.phoneJpeg(640, 480, 1));
    assertEquals(201, created.statusCode(), created.body());
    JsonNode point = ModeratorClient.json(created);
    return new Submitted(point.get("id").asText(), point.get("reference").asText());
  }

  /** The references in the queue's table, top to bottom. */
  static List<String> rows(String page) {
    List<String> references = new ArrayList<>();
    Matcher row = ROW.matcher(page);
    while (row.find()) {
      references.add(row.group(1));
    }
    return references;
  }
}
