package nl.alkmaar.wijkaanzet.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CampaignYamlReaderTest {

  private static Campaign read(String fixture) {
    try (InputStream in =
        CampaignYamlReaderTest.class.getResourceAsStream("/campaigns/" + fixture)) {
      return new CampaignYamlReader().read(fixture, in);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void readsTheBundledAlkmaarEdition() {
    Campaign campaign = CampaignFiles.bundled();

    assertEquals("alkmaar-2024", campaign.id());
    assertEquals(7, campaign.phases().size());
    assertEquals(LocalDate.of(2024, 3, 26), campaign.phases().get(0).start());
    assertEquals(PhaseKind.MEEDENKEN, campaign.phases().get(1).kind());
    assertNull(campaign.phases().get(6).end(), "execution runs on without an end date");
    assertEquals(
        List.of(
            "centrum",
            "daalmeer-koedijk",
            "huiswaard",
            "de-mare",
            "oudorp",
            "overdie",
            "vroonermeer",
            "west",
            "zuid"),
        campaign.wijken().stream().map(Wijk::id).toList());
    assertEquals(9555, campaign.wijk("centrum").orElseThrow().residents());
    assertEquals("WK036108", campaign.wijk("centrum").orElseThrow().cbsCode());
    assertNull(campaign.wijk("vroonermeer").orElseThrow().residents());
    assertEquals(6, campaign.categories().size());
    assertEquals(new CampaignRules(3, 3), campaign.rules());
  }

  @Test
  void readsAnotherTrackWithOptionalFieldsLeftOut() {
    Campaign campaign = read("valid-small.yaml");

    assertEquals("proef-2025", campaign.id());
    assertNull(campaign.intro());
    assertNull(campaign.wijk("graft-de-rijp").orElseThrow().cbsCode());
    assertEquals(new CampaignRules(2, 1), campaign.rules());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
      phase-dates-reversed.yaml | phases[1].end           | '2025-03-10'    | vóór de begindatum
      phase-overlap.yaml        | phases[2].start         | '2025-03-20'    | begint niet na het einde van 'meedenken'
      phase-unknown.yaml        | phases[3].id            | 'stemmen'       | deze fase kennen we niet
      phase-order.yaml          | phases[1].id            | 'moderatie'     | niet in de goede volgorde
      phase-bad-date.yaml       | phases[3].start         | '2025-04-31'    | geen geldige datum
      phase-missing-end.yaml    | phases[5].end           | (leeg)          | alleen de laatste fase mag zonder einddatum
      phase-missing.yaml        | phases                  | '6'             | precies 7 fases
      wijk-duplicate.yaml       | wijken[1].id            | 'schermer'      | komt al eerder in de lijst voor
      wijk-bad-id.yaml          | wijken[1].id            | 'Graft De Rijp' | kleine letters
      wijk-reserved-id.yaml     | wijken[1].id            | 'private'       | gereserveerd
      wijk-bad-cbs.yaml         | wijken[0].cbsCode       | '36110'         | CBS-wijkcode
      wijk-bad-residents.yaml   | wijken[0].residents     | 'veel'          | heel getal
      unknown-field.yaml        | startdatum              | '2025-03-01'    | dit veld kennen we niet
      bad-zone.yaml             | timeZone                | 'Europe/Alkmaar'| geen bekende tijdzone
      rules-out-of-range.yaml   | rules.choicesPerBallot  | '0'             | tussen 1 en 20
      rules-bad-flag.yaml       | rules.ballotsChangeable | 'ja'            | true of false
      missing-title.yaml        | title                   | (leeg)          | verplicht
      """)
  void namesTheFileFieldAndValueOfEveryBadValue(
      String fixture, String field, String value, String explanation) {
    ConfigException error = assertThrows(ConfigException.class, () -> read(fixture));

    String expected = fixture + ": veld '" + field + "' met waarde " + value + ": ";
    assertTrue(
        error.getMessage().contains(expected),
        () -> "expected «" + expected + "» in:\n" + error.getMessage());
    assertTrue(
        error.getMessage().contains(explanation),
        () -> "expected «" + explanation + "» in:\n" + error.getMessage());
    assertFalse(error.getMessage().contains("Exception"), error.getMessage());
  }

  @Test
  void reportsEveryProblemOfAFileAtOnce() {
    String yaml =
        """
        id: Fout Id
        title: x
        phases: []
        wijken: [{id: a, name: A, cbsCode: X}]
        categories: [{id: a}]
        rules: {choicesPerBallot: 3}
        """;
    ConfigException error =
        assertThrows(
            ConfigException.class,
            () ->
                new CampaignYamlReader()
                    .read("c.yaml", new java.io.ByteArrayInputStream(yaml.getBytes())));

    assertEquals(
        List.of("id", "phases", "wijken[0].cbsCode", "categories[0].name", "rules.winnersPerWijk"),
        error.problems().stream().map(ConfigProblem::field).toList());
    assertTrue(
        error.getMessage().startsWith("De configuratie in c.yaml heeft 5 fouten."),
        error.getMessage());
  }

  @Test
  void malformedYamlNamesTheLine() {
    ConfigException error = assertThrows(ConfigException.class, () -> read("malformed.yaml"));

    assertTrue(
        error.getMessage().startsWith("malformed.yaml: dit is geen geldige YAML (regel "),
        error.getMessage());
    assertFalse(error.getMessage().contains("\n"), "one line, no parser dump");
  }

  @Test
  void emptyFileIsRefused() {
    ConfigException error = assertThrows(ConfigException.class, () -> read("empty.yaml"));

    assertEquals("empty.yaml: het bestand is leeg of bevat geen velden.", error.getMessage());
  }

  @Test
  void missingFileIsNamed() {
    ConfigException error =
        assertThrows(
            ConfigException.class,
            () -> CampaignFiles.read(java.nio.file.Path.of("bestaat/niet.yaml")));

    assertEquals("bestaat/niet.yaml: dit bestand bestaat niet.", error.getMessage());
  }

  @Test
  void rejectionReasonsDefaultWhenTheFileListsNone() {
    assertEquals(RejectionReason.DEFAULTS, read("valid-small.yaml").rejectionReasons());
    assertTrue(CampaignFiles.bundled().rejectionReason("anders").isPresent());
  }

  @Test
  void ownRejectionReasonsReplaceTheDefaultsAndMustBeUnique() {
    String yaml =
        new String(readBytes("valid-small.yaml"))
            + "rejectionReasons:\n  - {id: te-duur, text: Dit is te duur.}\n  - {id: te-duur, text: Nog eens.}\n";
    ConfigException error =
        assertThrows(
            ConfigException.class,
            () ->
                new CampaignYamlReader()
                    .read("r.yaml", new java.io.ByteArrayInputStream(yaml.getBytes())));

    assertTrue(
        error.getMessage().contains("veld 'rejectionReasons[1].id' met waarde 'te-duur'"),
        error.getMessage());
  }

  private static byte[] readBytes(String fixture) {
    try (InputStream in =
        CampaignYamlReaderTest.class.getResourceAsStream("/campaigns/" + fixture)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
