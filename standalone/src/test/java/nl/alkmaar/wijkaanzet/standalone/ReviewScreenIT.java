package nl.alkmaar.wijkaanzet.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.alkmaar.wijkaanzet.WijkAanZet;
import nl.alkmaar.wijkaanzet.review.BudgetSource;
import nl.alkmaar.wijkaanzet.review.Review;
import nl.alkmaar.wijkaanzet.review.Verdict;
import nl.alkmaar.wijkaanzet.vote.VoteFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The feasibility review screens (HTML forms): progress, a wijk's points, the verdict form. */
class ReviewScreenIT {

  private static final String REVIEWER = "beoordelaar1";
  private static final String WHY =
      "Het plein is groot genoeg en Stadswerk072 kan de bankjes in het najaar plaatsen.";

  @TempDir Path data;

  @Test
  void aReviewerMakesMistakesThenSavesAVerdictThatTheOverviewCounts() throws Exception {
    ModeratorClient.addUser(data, REVIEWER, "wijkaanzet-reviewer");
    try (StandaloneHost host = TestHosts.start(data, "2024-05-14T10:00:00Z")) {
      List<String> points = VoteFixtures.publish(WijkAanZet.runtime(), "oudorp", 2);
      ModeratorClient reviewer = ModeratorClient.logIn(host, REVIEWER);

      HttpResponse<String> overview = reviewer.screen("/haalbaarheid/");
      assertEquals(200, overview.statusCode(), overview.body());
      assertTrue(overview.body().contains("0 van de 2 punten hebben een oordeel, nog 2 te doen."));
      HttpResponse<String> wijk = reviewer.screen("/haalbaarheid/wijk/oudorp");
      assertEquals(200, wijk.statusCode());
      assertTrue(wijk.body().contains("Nog niet beoordeeld"), wijk.body());
      String form = "/haalbaarheid/punt/" + points.get(0);
      String token = reviewer.formToken(form);

      HttpResponse<String> wrong =
          post(reviewer, form, token, "haalbaar", WHY, "-1500", "", "", "", origin(host));
      assertEquals(400, wrong.statusCode());
      assertTrue(wrong.body().contains("<title>Fout: Haalbaarheid van"), "the title says so");
      assertTrue(wrong.body().contains("Kosten kunnen niet negatief zijn."), wrong.body());
      assertTrue(wrong.body().contains("href=\"#wz-veld-budget\""), "the summary links the group");
      assertTrue(wrong.body().contains("href=\"#wz-veld-afdeling\""));
      assertTrue(wrong.body().contains("value=\"-1500\""), "what was typed stays");
      assertTrue(wrong.body().contains("value=\"haalbaar\" checked"), "and the choice");
      assertTrue(wrong.body().contains(WHY), "and the explanation");
      assertEquals(Optional.empty(), stored(points.get(0)), "nothing was stored");

      HttpResponse<String> saved =
          post(
              reviewer,
              form,
              token,
              "haalbaar",
              WHY,
              "€ 12.500",
              "bestaand",
              "Stadswerk072",
              "Openbare Ruimte",
              origin(host));
      assertEquals(303, saved.statusCode(), saved.body());
      String location = saved.headers().firstValue("Location").orElse("");
      assertTrue(location.startsWith("/haalbaarheid/wijk/oudorp?opgeslagen="), location);
      Review review = stored(points.get(0)).orElseThrow();
      assertEquals(Verdict.FEASIBLE, review.verdict());
      assertEquals(Optional.of(12_500L), review.costEuros());
      assertEquals(Optional.of(BudgetSource.EXISTING), review.budget());
      assertEquals(REVIEWER, review.reviewer());

      HttpResponse<String> after = reviewer.screen(location);
      assertTrue(after.body().contains("Het oordeel over WAZ-OUDO-0000 is opgeslagen."));
      assertTrue(
          Pattern.compile("Haalbaar</td>\\s*<td class=\"wz-table__number\">€ 12.500</td>")
              .matcher(after.body())
              .find(),
          after.body());
      assertTrue(
          reviewer.screen("/haalbaarheid/").body().contains("1 van de 2 punten heeft een oordeel"));
      HttpResponse<String> again = reviewer.screen(form);
      assertTrue(again.body().contains("Oordeel wijzigen"), "the form shows what is stored");
      assertTrue(again.body().contains("value=\"12500\""));
    }
  }

  @Test
  void onlyReviewersAndEditorsWithTheScreensOwnTokenSaveAVerdict() throws Exception {
    ModeratorClient.addUser(data, REVIEWER, "wijkaanzet-reviewer");
    ModeratorClient.addUser(data, "redacteur1", "wijkaanzet-editor");
    ModeratorClient.addTo(data);
    try (StandaloneHost host = TestHosts.start(data, "2024-05-14T10:00:00Z")) {
      List<String> points = VoteFixtures.publish(WijkAanZet.runtime(), "oudorp", 1);
      String form = "/haalbaarheid/punt/" + points.get(0);
      ModeratorClient reviewer = ModeratorClient.logIn(host, REVIEWER);
      String token = reviewer.formToken(form);

      assertEquals(
          403,
          post(reviewer, form, "", "niet-haalbaar", WHY, "", "", "", "", origin(host))
              .statusCode());
      assertEquals(
          403,
          post(reviewer, form, token, "niet-haalbaar", WHY, "", "", "", "", "http://evil.example")
              .statusCode());
      ModeratorClient moderator = ModeratorClient.logIn(host);
      assertEquals(403, moderator.screen("/haalbaarheid/").statusCode());
      assertEquals(Optional.empty(), stored(points.get(0)));
      ModeratorClient editor = ModeratorClient.logIn(host, "redacteur1");
      assertEquals(200, editor.screen("/haalbaarheid/").statusCode(), "editors follow the review");

      HttpResponse<String> huge =
          post(
              reviewer,
              form,
              token,
              "niet-haalbaar",
              "a".repeat(300_000),
              "",
              "",
              "",
              "",
              origin(host));
      assertEquals(413, huge.statusCode(), "a page that says so, not a 500");
      assertTrue(huge.body().contains("Het formulier was groter dan 256 kB."));
      assertEquals(Optional.empty(), stored(points.get(0)));

      assertEquals(404, reviewer.screen("/haalbaarheid/punt/bestaat-niet").statusCode());
      // Jetty refuses an encoded slash before the servlet (400); the store refuses it too.
      int climbing = reviewer.screen("/haalbaarheid/punt/..%2F..%2Fprivate").statusCode();
      assertTrue(climbing == 400 || climbing == 404, "refused: " + climbing);
      assertEquals(404, reviewer.screen("/haalbaarheid/wijk/atlantis").statusCode());
      assertEquals(400, reviewer.screen("/haalbaarheid/?x=%ff").statusCode());
      HttpResponse<String> stranger =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(host.baseUri().resolve("/haalbaarheid/")).build(),
                  HttpResponse.BodyHandlers.ofString());
      assertTrue(stranger.statusCode() == 302 || stranger.statusCode() == 303, "to the login");
      assertFalse(stranger.body().contains("Oudorp"));
    }
  }

  private static Optional<Review> stored(String id) {
    return WijkAanZet.runtime().feasibility().point(id).review();
  }

  private static HttpResponse<String> post(
      ModeratorClient client,
      String path,
      String token,
      String verdict,
      String motivation,
      String cost,
      String budget,
      String budgetUnit,
      String unit,
      String origin)
      throws Exception {
    return client.submitForm(
        path,
        List.of(
            ScreensSession.field("token", token),
            ScreensSession.field("oordeel", verdict),
            ScreensSession.field("motivatie", motivation),
            ScreensSession.field("kosten", cost),
            ScreensSession.field("budget", budget),
            ScreensSession.field("budgetAfdeling", budgetUnit),
            ScreensSession.field("afdeling", unit)),
        "Origin",
        origin);
  }

  private static String origin(StandaloneHost host) {
    return host.baseUri().toString().replaceAll("/$", "");
  }
}
