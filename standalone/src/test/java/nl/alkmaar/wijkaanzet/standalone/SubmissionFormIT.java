package nl.alkmaar.wijkaanzet.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The submission form without JavaScript against the real host: post, redirect back, and the page
 * shows the errors with all input kept, or the confirmation with the reference and look-alikes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SubmissionFormIT {

  private static final ObjectMapper JSON = SubmissionClient.JSON;
  private StandaloneHost host;
  private SubmissionClient client;

  @BeforeAll
  void start(@TempDir Path data) {
    host = TestHosts.start(data, "2024-04-10T12:00:00Z");
    client = new SubmissionClient(host);
  }

  @AfterAll
  void stop() {
    host.close();
  }

  @Test
  void theFormWithoutJavaScriptShowsErrorsAndKeepsInput() throws Exception {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("token", client.formToken("/wijk/zuid"));
    fields.put("returnTo", "/wijk/zuid");
    fields.put("wijk", "zuid");
    fields.put("title", "Speeltuin <b>opknappen</b>");
    fields.put("description", "te kort");
    fields.put("name", SubmissionClient.NAME);

    HttpResponse<String> response = client.postForm(fields);

    assertEquals(303, response.statusCode());
    String location = response.headers().firstValue("location").orElseThrow();
    assertTrue(location.startsWith("/wijk/zuid?formulier="), location);
    assertTrue(location.endsWith("#wz-foutmeldingen"), location);
    String page =
        client
            .get(URI.create(location).getRawPath() + "?" + URI.create(location).getRawQuery())
            .body();
    assertTrue(page.contains("id=\"wz-foutmeldingen\""));
    assertTrue(page.contains("href=\"#wz-veld-description\""));
    assertTrue(page.contains("Schrijf iets meer: minstens 20 tekens."));
    assertTrue(page.contains("aria-invalid=\"true\""));
    assertTrue(
        page.contains("value=\"Speeltuin &lt;b&gt;opknappen&lt;/b&gt;\""), "input kept, escaped");
    assertFalse(page.contains("<b>opknappen</b>"));
  }

  @Test
  void theFormWithoutJavaScriptConfirmsWithTheReference() throws Exception {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("token", client.formToken("/meedoen"));
    fields.put("returnTo", "/meedoen");
    SubmissionClient.complete().forEach((key, value) -> fields.put(key, String.valueOf(value)));
    fields.put("consent", "ja");

    HttpResponse<String> response = client.postForm(fields);
    String location = response.headers().firstValue("location").orElseThrow();
    String page = client.pageAfter(response);

    assertEquals(303, response.statusCode());
    assertTrue(location.endsWith("#wz-bevestiging"), location);
    assertTrue(
        Pattern.compile("<strong class=\"wz-reference\">WAZ-[0-9A-Z]{4}-[0-9A-Z]{4}</strong>")
            .matcher(page)
            .find(),
        page);
  }

  @Test
  void theConfirmationShowsPublishedLookAlikes() throws Exception {
    Map<String, Object> first = SubmissionClient.complete();
    first.put("wijk", "oudorp");
    first.put("title", "Meer afvalbakken bij de speeltuin");
    first.put(
        "description",
        "Bij de speeltuin aan de Oudorperdijk liggen veel blikjes omdat er te weinig afvalbakken zijn.");
    SubmissionClient.publish(JSON.readTree(client.postJson(first).body()).get("id").asText());

    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("token", client.formToken("/wijk/oudorp"));
    fields.put("returnTo", "/wijk/oudorp");
    SubmissionClient.complete().forEach((key, value) -> fields.put(key, String.valueOf(value)));
    fields.put("wijk", "oudorp");
    fields.put("title", "Afvalbak speeltuin Oudorperdijk");
    fields.put(
        "description",
        "Er moet een extra afvalbak komen bij de speeltuin, het ligt vol met blikjes.");
    fields.put("consent", "ja");
    String page = client.pageAfter(client.postForm(fields));

    assertTrue(page.contains("Lijkt uw idee op een van deze?"), page);
    assertTrue(page.contains("Meer afvalbakken bij de speeltuin"));
  }

  @Test
  void aFormWithoutValidTokenIsNotStoredButKeepsTheInput() throws Exception {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("token", "1.vervalst");
    fields.put("returnTo", "/meedoen");
    SubmissionClient.complete().forEach((key, value) -> fields.put(key, String.valueOf(value)));
    fields.put("title", "Zonder geldig formulier");

    HttpResponse<String> response = client.postForm(fields);
    String location = response.headers().firstValue("location").orElseThrow();
    String page = client.pageAfter(response);

    assertTrue(page.contains("is verlopen"), page);
    assertTrue(page.contains("value=\"Zonder geldig formulier\""));
  }
}
