package nl.alkmaar.wijkaanzet.standalone.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.ArrayList;
import java.util.List;
import nl.alkmaar.wijkaanzet.campaign.Campaign;
import nl.alkmaar.wijkaanzet.campaign.CampaignFiles;
import nl.alkmaar.wijkaanzet.campaign.ConfigException;
import nl.alkmaar.wijkaanzet.campaign.Wijk;
import org.junit.jupiter.api.Test;

/** The demo site's page data is checked at start as Magnolia would refuse it. */
class SitePagesTest {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private final TemplateDefinitions definitions =
      new TemplateDefinitions(LightModuleFiles.folder(LightModuleConformanceTest.ROOT));
  private final Campaign campaign = CampaignFiles.bundled();

  private ConfigException refused(String yaml) {
    return assertThrows(
        ConfigException.class,
        () -> SitePages.load("site.yaml", YAML.readTree(yaml), definitions, campaign));
  }

  @Test
  void theBundledSiteLoads() {
    SitePages pages = SitePages.loadBundled(definitions, campaign);

    assertEquals("wijkaanzet:pages/campaign", pages.page("/", campaign).orElseThrow().template());
  }

  @Test
  void everyWijkOfTheCampaignAsItIsNowHasAPageAndNoOtherWijkDoes() {
    SitePages pages = SitePages.loadBundled(definitions, campaign);
    List<Wijk> wijken = new ArrayList<>(campaign.wijken());
    wijken.remove(0); // centrum, taken out by an editor
    wijken.add(new Wijk("sint-pancras", "Sint Pancras", null, 4210));
    Campaign now =
        new Campaign(
            campaign.id(),
            campaign.title(),
            campaign.intro(),
            campaign.website(),
            campaign.timeZone(),
            campaign.phases(),
            wijken,
            campaign.categories(),
            campaign.rejectionReasons(),
            campaign.rules());

    SitePage added = pages.page("/wijk/sint-pancras", now).orElseThrow();

    assertEquals("sint-pancras", added.properties().get("wijk"));
    assertEquals("Sint Pancras - Wij(k) aan zet!", added.properties().get("windowTitle"));
    assertEquals(
        "Wij(k) aan zet! in Sint Pancras", added.area("main").get(0).properties().get("title"));
    assertTrue(pages.page("/wijk/oudorp", now).isPresent());
    assertTrue(pages.page("/wijk/centrum", now).isEmpty());
    assertTrue(pages.page("/wijk/", now).isEmpty());
    assertTrue(pages.page("/wijk/bestaat-niet", now).isEmpty());
  }

  @Test
  void anUnknownWijkIsNamed() {
    ConfigException error =
        refused(
            """
        pages:
          - path: /wijk/noord
            template: wijkaanzet:pages/campaign
            properties: {wijk: noord}
        """);

    assertTrue(
        error
            .getMessage()
            .contains(
                "site.yaml: veld 'pages[0].properties.wijk' met waarde 'noord': deze wijk kennen we niet."),
        error.getMessage());
  }

  @Test
  void aComponentThatIsNotAllowedInTheAreaIsNamed() {
    ConfigException error =
        refused(
            """
        pages:
          - path: /
            template: wijkaanzet:pages/campaign
            areas:
              main:
                - template: wijkaanzet:components/bestaat-niet
        """);

    assertTrue(
        error
            .getMessage()
            .contains(
                "veld 'pages[0].areas.main[0].template' met waarde 'wijkaanzet:components/bestaat-niet'"),
        error.getMessage());
  }

  @Test
  void anUnknownPageTemplateOrAreaIsNamed() {
    ConfigException error =
        refused(
            """
        pages:
          - path: /
            template: wijkaanzet:pages/bestaat-niet
          - path: /b
            template: wijkaanzet:pages/campaign
            areas:
              zijkant: []
        """);

    assertTrue(
        error
            .getMessage()
            .contains("veld 'pages[0].template' met waarde 'wijkaanzet:pages/bestaat-niet'"),
        error.getMessage());
    assertTrue(
        error.getMessage().contains("veld 'pages[1].areas.zijkant' met waarde 'zijkant'"),
        error.getMessage());
  }
}
