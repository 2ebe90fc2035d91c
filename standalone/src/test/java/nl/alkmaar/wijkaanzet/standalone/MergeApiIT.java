package nl.alkmaar.wijkaanzet.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Moderators merge look-alike points, undo a merge and correct a point's text over the API, on the
 * real host; the merged points' submitters get a mail (written to {@code <data>/mail}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MergeApiIT {

  private StandaloneHost host;
  private Path data;
  private ModeratorClient moderator;

  @BeforeAll
  void start(@TempDir Path data) throws Exception {
    this.data = data;
    ModeratorClient.addTo(data);
    host = TestHosts.start(data, "2024-04-10T12:00:00Z");
    moderator = ModeratorClient.logIn(host);
  }

  @AfterAll
  void stop() {
    if (host != null) {
      host.close();
    }
  }

  private record Submitted(String id, String reference) {}

  private Submitted submit(String wijk, String title, String email) throws Exception {
    Map<String, Object> fields = SubmissionClient.complete();
    fields.put("wijk", wijk);
    fields.put("category", "spelen");
    fields.put("title", title);
    fields.put(
        "description",
        "Voor de kinderen in de buurt is er geen plek om te spelen. Een speeltuin zou helpen.");
    fields.put("location", "Grasveld achter de Lindenlaan");
    fields.put("email", email);
    HttpResponse<String> response = new SubmissionClient(host).postJson(fields);
    assertEquals(201, response.statusCode(), response.body());
    JsonNode json = ModeratorClient.json(response);
    return new Submitted(json.get("id").asText(), json.get("reference").asText());
  }

  private void publish(Submitted point) throws Exception {
    HttpResponse<String> published =
        moderator.act(point.id(), "publiceren", Map.of("version", moderator.version(point.id())));
    assertEquals(200, published.statusCode(), published.body());
  }

  private HttpResponse<String> merge(Submitted source, Submitted target) throws Exception {
    return moderator.act(
        source.id(),
        "samenvoegen",
        Map.of(
            "version", moderator.version(source.id()),
            "into", target.id(),
            "intoVersion", moderator.version(target.id())));
  }

  private static List<String> ids(JsonNode array) {
    List<String> ids = new ArrayList<>();
    array.forEach(item -> ids.add(item.asText()));
    return ids;
  }

  /** The "samengevoegd" mail to {@code address}, polled for up to ten seconds. */
  private MimeMessage mergeMailTo(String address) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (true) {
      for (MimeMessage mail : new MailFolder(data).to(address)) {
        if (mail.getSubject().startsWith("Uw verbeterpunt is samengevoegd")) {
          return mail;
        }
      }
      assertTrue(System.nanoTime() < deadline, "no merge mail to " + address);
      Thread.sleep(25);
    }
  }

  @Test
  void twoLookAlikesAreMergedIntoAPublicPointAndOneMergeIsUndone() throws Exception {
    Submitted target = submit("oudorp", "Speeltuin op het grasveld", "a.jansen@example.nl");
    Submitted second = submit("oudorp", "Speeltuin bij het grasveld", "b.mulder@example.nl");
    Submitted third = submit("oudorp", "Een speeltuin voor Oudorp", "c.bos@example.nl");
    publish(target);

    HttpResponse<String> first = merge(second, target);
    HttpResponse<String> next = merge(third, target);

    assertEquals(200, first.statusCode(), first.body());
    assertEquals(200, next.statusCode(), next.body());
    JsonNode merged = ModeratorClient.json(next);
    assertEquals(target.id(), merged.get("id").asText(), "the answer is the target");
    assertEquals("GEPUBLICEERD", merged.get("status").asText());

    Map<Submitted, String> submitters =
        Map.of(second, "b.mulder@example.nl", third, "c.bos@example.nl");
    for (Map.Entry<Submitted, String> submitter : submitters.entrySet()) {
      MimeMessage mail = mergeMailTo(submitter.getValue());
      assertEquals(
          "Uw verbeterpunt is samengevoegd (" + submitter.getKey().reference() + ")",
          mail.getSubject());
      String text = MailText.of(mail);
      assertTrue(text.contains(target.reference()), text);
      assertTrue(text.contains("Speeltuin op het grasveld"), "the published target's title");
      assertTrue(
          text.contains("https://www.alkmaar.nl/wijkaanzet/wijk/oudorp#wz-idea-" + target.id()),
          text);
      assertEquals(1, HostOutbox.to(submitter.getValue(), "samengevoegd").size(), "one mail each");
    }
    assertEquals(
        List.of(),
        HostOutbox.to("a.jansen@example.nl", "samengevoegd"),
        "the target's submitter gets no merge mail");

    HttpResponse<String> oldAddress = ModeratorClient.publicGet(host, "/api/ideas/" + second.id());
    assertEquals(302, oldAddress.statusCode(), oldAddress.body());
    assertTrue(
        oldAddress
            .headers()
            .firstValue("Location")
            .orElseThrow()
            .endsWith("/api/ideas/" + target.id()),
        oldAddress.headers().firstValue("Location").orElseThrow());

    JsonNode targetNow = moderator.point(target.id());
    assertEquals(List.of(second.id(), third.id()), ids(targetNow.get("mergedFrom")));
    JsonNode secondNow = moderator.point(second.id());
    assertEquals("SAMENGEVOEGD", secondNow.get("status").asText());
    assertEquals(target.id(), secondNow.get("mergedInto").asText());

    HttpResponse<String> undone =
        moderator.act(
            third.id(),
            "samenvoegen-ongedaan-maken",
            Map.of("version", moderator.version(third.id())));

    assertEquals(200, undone.statusCode(), undone.body());
    JsonNode thirdNow = ModeratorClient.json(undone);
    assertEquals("INGEDIEND", thirdNow.get("status").asText(), "back to what it was");
    assertTrue(thirdNow.get("mergedInto").isNull(), thirdNow.toString());
    assertEquals(
        404,
        ModeratorClient.publicGet(host, "/api/ideas/" + third.id()).statusCode(),
        "an unpublished point is not public again");
    assertEquals(List.of(second.id()), ids(moderator.point(target.id()).get("mergedFrom")));
    assertEquals(302, ModeratorClient.publicGet(host, "/api/ideas/" + second.id()).statusCode());
  }

  @Test
  void aPointCannotBeMergedWithItselfOrWithAnotherWijk() throws Exception {
    Submitted point = submit("huiswaard", "Speeltuin in Huiswaard", "d.vos@example.nl");
    Submitted elsewhere = submit("west", "Speeltuin in West", "e.peters@example.nl");
    long version = moderator.version(point.id());

    HttpResponse<String> itself =
        moderator.act(
            point.id(),
            "samenvoegen",
            Map.of("version", version, "into", point.id(), "intoVersion", version));
    HttpResponse<String> otherWijk = merge(elsewhere, point);

    assertEquals(400, itself.statusCode(), itself.body());
    String itselfError = ModeratorClient.json(itself).get("errors").get(0).get("message").asText();
    assertTrue(itselfError.contains("niet met zichzelf"), itselfError);
    assertEquals(400, otherWijk.statusCode(), otherWijk.body());
    String wijkError = ModeratorClient.json(otherWijk).get("errors").get(0).get("message").asText();
    assertTrue(wijkError.contains("andere wijk"), wijkError);
    for (Submitted unchanged : List.of(point, elsewhere)) {
      JsonNode now = moderator.point(unchanged.id());
      assertEquals("INGEDIEND", now.get("status").asText());
      assertEquals(0, now.get("version").asLong(), "nothing changed");
      assertEquals(0, now.get("mergedFrom").size());
    }
    assertEquals(List.of(), HostOutbox.to("e.peters@example.nl", "samengevoegd"), "no mail");
  }

  @Test
  void aMergeOnAStaleVersionIsRefusedAndChangesNothing() throws Exception {
    Submitted target = submit("daalmeer-koedijk", "Speeltuin in Daalmeer", "f.smit@example.nl");
    Submitted source = submit("daalmeer-koedijk", "Speeltuin voor Koedijk", "g.meijer@example.nl");
    publish(target);
    long targetVersion = moderator.version(target.id());

    HttpResponse<String> staleSource =
        moderator.act(
            source.id(),
            "samenvoegen",
            Map.of("version", 7, "into", target.id(), "intoVersion", targetVersion));
    HttpResponse<String> staleTarget =
        moderator.act(
            source.id(),
            "samenvoegen",
            Map.of("version", 0, "into", target.id(), "intoVersion", targetVersion - 1));

    for (HttpResponse<String> stale : List.of(staleSource, staleTarget)) {
      assertEquals(409, stale.statusCode(), stale.body());
      assertTrue(
          ModeratorClient.json(stale)
              .get("detail")
              .asText()
              .startsWith("Iemand anders heeft dit punt net veranderd."),
          stale.body());
    }
    JsonNode sourceNow = moderator.point(source.id());
    JsonNode targetNow = moderator.point(target.id());
    assertEquals("INGEDIEND", sourceNow.get("status").asText());
    assertEquals(0, sourceNow.get("version").asLong());
    assertEquals(targetVersion, targetNow.get("version").asLong());
    assertEquals(0, targetNow.get("mergedFrom").size());
    assertEquals(List.of(), HostOutbox.to("g.meijer@example.nl", "samengevoegd"), "no mail");
  }

  @Test
  void aMergedPointLeadsToItsTargetOnlyOnceTheTargetIsPublic() throws Exception {
    Submitted target = submit("centrum", "Speeltuin op het Kanaalkade-veld", "i.bakker@example.nl");
    Submitted source = submit("centrum", "Speeltuin bij de Kanaalkade", "j.vries@example.nl");

    HttpResponse<String> merged = merge(source, target);

    assertEquals(200, merged.statusCode(), merged.body());
    assertEquals("INGEDIEND", ModeratorClient.json(merged).get("status").asText());
    assertEquals(
        404,
        ModeratorClient.publicGet(host, "/api/ideas/" + source.id()).statusCode(),
        "the target is not public yet, so neither is the way to it");

    publish(target);

    HttpResponse<String> moved = ModeratorClient.publicGet(host, "/api/ideas/" + source.id());
    assertEquals(302, moved.statusCode(), moved.body());
    assertTrue(
        moved.headers().firstValue("Location").orElseThrow().endsWith("/api/ideas/" + target.id()));
  }

  @Test
  void aCorrectionFollowsTheSubmissionRulesAndChangesThePublicTitle() throws Exception {
    Submitted point =
        submit("vroonermeer", "Speeltuin Vroonermeer met typfuot", "h.kok@example.nl");
    publish(point);
    long version = moderator.version(point.id());
    Map<String, Object> text = new HashMap<>();
    text.put("version", version);
    text.put("title", "Spe");
    text.put(
        "description",
        "Voor de kinderen in de buurt is er geen plek om te spelen. Een speeltuin zou helpen.");
    text.put("location", "Grasveld achter de Lindenlaan");
    text.put("category", "spelen");

    HttpResponse<String> tooShort = moderator.act(point.id(), "verbeteren", text);

    assertEquals(400, tooShort.statusCode(), tooShort.body());
    JsonNode error = ModeratorClient.json(tooShort).get("errors").get(0);
    assertEquals("title", error.get("field").asText());
    assertEquals("Schrijf iets meer: minstens 5 tekens.", error.get("message").asText());
    JsonNode unchanged = moderator.point(point.id());
    assertEquals(version, unchanged.get("version").asLong());
    assertEquals("Speeltuin Vroonermeer met typfuot", unchanged.get("title").asText());

    text.put("title", "  Speeltuin in Vroonermeer  ");
    HttpResponse<String> corrected = moderator.act(point.id(), "verbeteren", text);

    assertEquals(200, corrected.statusCode(), corrected.body());
    assertEquals("GEPUBLICEERD", ModeratorClient.json(corrected).get("status").asText());
    assertEquals(version + 1, ModeratorClient.json(corrected).get("version").asLong());
    HttpResponse<String> published = ModeratorClient.publicGet(host, "/api/ideas/" + point.id());
    assertEquals(200, published.statusCode());
    assertEquals("Speeltuin in Vroonermeer", ModeratorClient.json(published).get("title").asText());
    assertFalse(published.body().contains("typfuot"), published.body());
  }

  @Test
  void aTargetNotYetPublishedIsNamedByItsReferenceOnly() throws Exception {
    Submitted target =
        submit("zuid", "Speeltuin - DigiD verloopt, bevestig op evil.example", "d.vos@example.nl");
    Submitted source = submit("zuid", "Speeltuin in Zuid graag", "f.smit@example.nl");

    assertEquals(200, merge(source, target).statusCode());

    String text = MailText.of(mergeMailTo("f.smit@example.nl"));
    assertTrue(text.contains(target.reference()), text);
    assertFalse(text.contains("DigiD"), "an unchecked title never goes out:\n" + text);
  }
}
