package nl.alkmaar.wijkaanzet.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import nl.alkmaar.wijkaanzet.WijkAanZet;
import nl.alkmaar.wijkaanzet.WijkAanZetRuntime;
import nl.alkmaar.wijkaanzet.review.ReviewForm;
import nl.alkmaar.wijkaanzet.vote.VoteFixtures;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The council's exports on the real host, read back with a CSV parser as Excel would: byte order
 * mark, semicolons, quoted fields with a semicolon, a quote or a line break, formulas made inert;
 * editors only; no personal data.
 */
class ExportIT {

  private static final String EDITOR = "redacteur1";

  @TempDir Path data;

  @Test
  void anEditorDownloadsThePointsAndTheWijkenAsExcelInDutchOpensThem() throws Exception {
    ModeratorClient.addUser(data, EDITOR, "wijkaanzet-editor");
    ModeratorClient.addTo(data);
    try (StandaloneHost host = TestHosts.start(data, "2024-05-14T10:00:00Z")) {
      WijkAanZetRuntime runtime = WijkAanZet.runtime();
      List<String> points =
          VoteFixtures.publish(
              runtime,
              "oudorp",
              List.of("Bankjes; en een \"zitplek\"", "=HYPERLINK(\"x\")", "Café"));
      runtime
          .voting()
          .castWithCode(
              "oudorp",
              points.subList(0, 2),
              runtime.voting().issueCodes("oudorp", 1).get(0),
              "10.0.0.1");
      runtime
          .feasibility()
          .review(
              points.get(0),
              new ReviewForm(
                  "haalbaar",
                  "Er is plek op het plein en het past in het plan.",
                  "12.500",
                  "bestaand",
                  "Stadswerk072",
                  "Openbare Ruimte;\nwijkteam \"Noord\""),
              "ambtenaar1");
      ModeratorClient editor = ModeratorClient.logIn(host, EDITOR);

      HttpResponse<byte[]> csv = editor.bytes("/api/export/punten.csv");
      assertEquals(200, csv.statusCode());
      assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
      assertEquals("no-store", csv.headers().firstValue("Cache-Control").orElse(""));
      byte[] body = csv.body();
      assertEquals((byte) 0xEF, body[0], "UTF-8 byte order mark");
      assertEquals((byte) 0xBB, body[1]);
      assertEquals((byte) 0xBF, body[2]);
      String text = new String(body, 3, body.length - 3, java.nio.charset.StandardCharsets.UTF_8);
      assertTrue(text.startsWith("referentie;wijk;titel;"), text);
      assertTrue(text.contains("\r\n"), "Windows line ends");
      List<CSVRecord> rows =
          CSVFormat.DEFAULT
              .builder()
              .setDelimiter(';')
              .setHeader()
              .get()
              .parse(new StringReader(text))
              .getRecords();
      assertEquals(3, rows.size());
      CSVRecord first = rows.get(0);
      assertEquals("Bankjes; en een \"zitplek\"", first.get("titel"), "quoted and read back whole");
      assertEquals("Oudorp", first.get("wijk"));
      assertEquals("Gepubliceerd", first.get("status"));
      assertEquals("Online", first.get("kanaal"));
      assertEquals("1", first.get("stemmen"));
      assertEquals("Haalbaar", first.get("oordeel"));
      assertEquals("12500", first.get("kosten (euro)"));
      assertEquals("Bestaand budget", first.get("budget"));
      assertEquals("Stadswerk072", first.get("budget van"));
      assertEquals("Openbare Ruimte;\nwijkteam \"Noord\"", first.get("uitvoerende afdeling"));
      assertEquals("'=HYPERLINK(\"x\")", rows.get(1).get("titel"), "a formula is made inert");
      assertEquals("Café", rows.get(2).get("titel"));
      assertEquals("0", rows.get(2).get("stemmen"));
      assertFalse(text.contains("Inwoner"), "no submitter");
      assertFalse(text.contains("ambtenaar1"), "no reviewer");

      String wijken =
          new String(
                  editor.bytes("/api/export/wijken.csv").body(),
                  java.nio.charset.StandardCharsets.UTF_8)
              .substring(1);
      List<CSVRecord> perWijk =
          CSVFormat.DEFAULT
              .builder()
              .setDelimiter(';')
              .setHeader()
              .get()
              .parse(new StringReader(wijken))
              .getRecords();
      CSVRecord oudorp =
          perWijk.stream()
              .filter(row -> row.get("wijk").equals("Oudorp"))
              .findFirst()
              .orElseThrow();
      assertEquals("3", oudorp.get("punten ingediend"));
      assertEquals("1", oudorp.get("stemmers"));
      assertEquals("1", oudorp.get("haalbaar"));
      assertTrue(oudorp.get("opkomst (%)").matches("\\d+,\\d"), oudorp.get("opkomst (%)"));

      JsonNode json = ModeratorClient.json(editor.screen("/api/export/punten"));
      assertEquals("titel", json.get("columns").get(2).asText());
      assertEquals("Bankjes; en een \"zitplek\"", json.get("rows").get(0).get("titel").asText());
      assertEquals(404, editor.screen("/api/export/geheim.csv").statusCode());

      HttpResponse<String> statistics = editor.screen("/statistieken/");
      assertEquals(200, statistics.statusCode(), statistics.body());
      assertTrue(statistics.body().contains("Verbeterpunten: 3 ingestuurd"), statistics.body());
      assertTrue(
          java.util.regex.Pattern.compile(
                  "Oudorp</span>\\s*<span class=\"wz-results__count\">1 stemmer \\(opkomst [0-9,]+%\\)")
              .matcher(statistics.body())
              .find(),
          "ballots per wijk as text, with the turnout");
      assertTrue(statistics.body().contains("Stemcode uit de brief"));
      assertTrue(statistics.body().contains("/api/export/punten.csv"), "the downloads");
      assertEquals(403, ModeratorClient.logIn(host).screen("/statistieken/").statusCode());

      assertEquals(401, ModeratorClient.publicGet(host, "/api/export/punten.csv").statusCode());
      assertEquals(403, ModeratorClient.logIn(host).screen("/api/export/punten.csv").statusCode());
    }
  }
}
