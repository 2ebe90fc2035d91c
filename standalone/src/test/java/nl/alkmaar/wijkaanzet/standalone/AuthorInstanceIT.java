package nl.alkmaar.wijkaanzet.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.alkmaar.wijkaanzet.HostRole;
import nl.alkmaar.wijkaanzet.WijkAanZet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A host with the duties of Magnolia's author instance: moderators work, staff enter points for
 * residents, and a resident's post (an editor trying the form in the page preview) is not stored.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorInstanceIT {

  private StandaloneHost host;

  @BeforeAll
  void start(@TempDir Path data) {
    ModeratorClient.addTo(data);
    ModeratorClient.addUser(data, "bus1", "wijkaanzet-staff");
    host =
        StandaloneHost.start(
            TestHosts.options(data, "2024-04-10T12:00:00Z").withRole(HostRole.AUTHOR));
  }

  @AfterAll
  void stop() {
    host.close();
  }

  private static int pointsIn(String wijk) {
    return WijkAanZet.runtime().ideas().inWijk("alkmaar-2024", wijk).size();
  }

  @Test
  void aResidentsPostIsRefusedInDutchAndNothingIsStored() throws Exception {
    SubmissionClient preview = new SubmissionClient(host);
    Map<String, Object> point = SubmissionClient.complete();
    point.put("wijk", "overdie");
    int before = pointsIn("overdie");

    HttpResponse<String> refused = preview.postJson(point);

    assertEquals(403, refused.statusCode(), refused.body());
    assertTrue(refused.body().contains("beheeromgeving"), refused.body());
    assertEquals(before, pointsIn("overdie"));
  }

  @Test
  void theFormSaysItIsAPreviewBeforeAnyoneTypes() throws Exception {
    String page = new SubmissionClient(host).get("/wijk/zuid").body();

    assertTrue(page.contains("id=\"wz-formulier-voorbeeld\""), "notice shown");
    assertTrue(page.contains("Wat u hier verstuurt, wordt niet opgeslagen."));
  }

  @Test
  void theFormWithoutJavaScriptComesBackWithTheReasonAndTheInput() throws Exception {
    SubmissionClient preview = new SubmissionClient(host);
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("token", preview.formToken("/wijk/zuid"));
    fields.put("returnTo", "/wijk/zuid");
    fields.put("wijk", "zuid");
    fields.put("title", "Speeltuin opknappen bij de school");
    fields.put("description", "De speeltuin bij de school is oud en de schommel is kapot.");

    HttpResponse<String> back = preview.postForm(fields);

    assertEquals(303, back.statusCode());
    String page = preview.pageAfter(back);
    assertTrue(page.contains("Verbeterpunten van bewoners worden hier niet"), page);
    assertTrue(page.contains("Speeltuin opknappen bij de school"), "the input is kept");
  }

  @Test
  void staffEnterPointsForResidents() throws Exception {
    ModeratorClient staff = ModeratorClient.logIn(host, "bus1");
    Map<String, Object> point = SubmissionClient.complete();
    point.put("wijk", "oudorp");
    point.put("channel", "publiekshal");

    HttpResponse<String> created =
        staff
            .http()
            .send(
                HttpRequest.newBuilder(host.baseUri().resolve("/api/ideas"))
                    .header("Content-Type", "application/json")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            SubmissionClient.JSON.writeValueAsString(point)))
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertEquals(201, created.statusCode(), created.body());
  }

  @Test
  void moderatorsModerate() throws Exception {
    HttpResponse<String> queue =
        ModeratorClient.logIn(host).screen("/api/moderation/ideas?wijk=oudorp");

    assertEquals(200, queue.statusCode(), queue.body());
  }
}
