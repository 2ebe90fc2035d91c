package nl.alkmaar.wijkaanzet.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The editors' campaign settings screen on the real host: who may use it, bad input that changes
 * nothing, a change that residents see at once, and a restart that keeps it.
 */
class CampaignSettingsIT {

  private static final String EDITOR = "redacteur1";
  private static final Pattern INPUT = Pattern.compile("<input [^>]*>");
  private static final Pattern NAME = Pattern.compile(" name=\"([^\"]+)\"");
  private static final Pattern VALUE = Pattern.compile(" value=\"([^\"]*)\"");
  private static final Pattern TEXTAREA =
      Pattern.compile("<textarea [^>]*name=\"([^\"]+)\"[^>]*>([^<]*)</textarea>");

  @TempDir Path data;

  @Test
  void anEditorChangesTheSettingsAndTheyHoldAfterARestart() throws Exception {
    ModeratorClient.addUser(data, EDITOR, "wijkaanzet-editor");
    ModeratorClient.addTo(data);
    try (StandaloneHost host = TestHosts.start(data, "2024-04-10T12:00:00Z")) {
      HttpResponse<String> anonymous =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(host.baseUri().resolve("/campagne/")).build(),
                  HttpResponse.BodyHandlers.ofString());
      assertTrue(
          anonymous.statusCode() == 302 || anonymous.statusCode() == 303,
          "to the login: " + anonymous.statusCode());
      assertEquals(403, ModeratorClient.logIn(host).screen("/campagne/").statusCode());

      ModeratorClient editor = ModeratorClient.logIn(host, EDITOR);
      String origin = host.baseUri().toString().replaceAll("/$", "");
      Map<String, String> form = fields(editor.screen("/campagne/").body());
      assertEquals("Wij(k) aan zet!", form.get("title"));
      assertEquals("30-4-2024", form.get("phases-1-end"));

      Map<String, String> wrong = new LinkedHashMap<>(form);
      wrong.put("title", "");
      wrong.put("phases-1-end", "31-2-2024");
      wrong.put("rules-choicesPerBallot", "99");
      HttpResponse<String> refused = post(editor, wrong, origin);
      assertEquals(400, refused.statusCode());
      assertTrue(refused.body().contains("href=\"#wz-veld-title\""), "linked from the summary");
      assertTrue(refused.body().contains("Deze datum bestaat niet."));
      assertTrue(refused.body().contains("Keuzes per stem: het getal moet tussen 1 en 20 liggen."));
      assertTrue(refused.body().contains("value=\"31-2-2024\""), "what was typed stays");
      assertEquals("Wij(k) aan zet!", campaign(host).get("title").asText(), "nothing changed");

      Map<String, String> change = new LinkedHashMap<>(form);
      change.put("title", "Wij(k) aan zet! 2024");
      change.put("phases-1-end", "20-4-2024");
      change.put("wijken-0-id", "gekaapt"); // an existing wijk's id is not the form's to change
      change.put("wijken-9-name", "Sint Pancras");
      change.put("wijken-9-residents", "4.210");
      assertEquals(
          403, post(editor, change, "http://evil.example").statusCode(), "from another site");
      HttpResponse<String> saved = post(editor, change, origin);
      assertEquals(303, saved.statusCode(), saved.body());

      JsonNode now = campaign(host);
      assertEquals("Wij(k) aan zet! 2024", now.get("title").asText());
      assertEquals("2024-04-20", phase(now, "meedenken").get("end").asText());
      JsonNode wijken = ModeratorClient.json(ModeratorClient.publicGet(host, "/api/wijken"));
      List<String> ids = new ArrayList<>();
      wijken.forEach(wijk -> ids.add(wijk.get("id").asText()));
      assertTrue(ids.contains("centrum") && ids.contains("sint-pancras"), ids.toString());
      assertFalse(ids.contains("gekaapt"));
      assertEquals(200, ModeratorClient.publicGet(host, "/wijk/sint-pancras").statusCode());

      // The form of before is out of date now: its save is pointed out, not taken.
      HttpResponse<String> stale = post(editor, wrong, origin);
      assertEquals(409, stale.statusCode());
      assertTrue(stale.body().contains("Iemand anders heeft de instellingen veranderd"));
    }
    try (StandaloneHost host = TestHosts.start(data, "2024-04-10T12:00:00Z")) {
      JsonNode kept = campaign(host);
      assertEquals("Wij(k) aan zet! 2024", kept.get("title").asText(), "same file: kept");
      assertEquals("2024-04-20", phase(kept, "meedenken").get("end").asText());
    }
  }

  private static JsonNode campaign(StandaloneHost host) throws Exception {
    return ModeratorClient.json(ModeratorClient.publicGet(host, "/api/campaign"));
  }

  private static JsonNode phase(JsonNode campaign, String id) {
    for (JsonNode phase : campaign.get("phases")) {
      if (phase.get("id").asText().equals(id)) {
        return phase;
      }
    }
    throw new AssertionError("no phase " + id);
  }

  /** The form's fields as a browser would post them (ticked boxes only). */
  private static Map<String, String> fields(String html) {
    Map<String, String> fields = new LinkedHashMap<>();
    Matcher input = INPUT.matcher(html);
    while (input.find()) {
      String tag = input.group();
      Matcher name = NAME.matcher(tag);
      if (!name.find() || (tag.contains("type=\"checkbox\"") && !tag.contains(" checked"))) {
        continue;
      }
      Matcher value = VALUE.matcher(tag);
      fields.put(name.group(1), value.find() ? unescape(value.group(1)) : "");
    }
    Matcher area = TEXTAREA.matcher(html);
    while (area.find()) {
      fields.put(area.group(1), unescape(area.group(2)));
    }
    return fields;
  }

  private static String unescape(String html) {
    return html.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
  }

  private static HttpResponse<String> post(
      ModeratorClient client, Map<String, String> fields, String origin) throws Exception {
    List<Map.Entry<String, String>> body = new ArrayList<>();
    fields.forEach((name, value) -> body.add(ScreensSession.field(name, value)));
    return client.submitForm("/campagne/", body, "Origin", origin);
  }
}
