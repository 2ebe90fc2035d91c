package nl.alkmaar.wijkaanzet.standalone.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import nl.alkmaar.wijkaanzet.campaign.Campaign;
import nl.alkmaar.wijkaanzet.campaign.CampaignFiles;
import nl.alkmaar.wijkaanzet.campaign.ConfigException;
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

    assertEquals("wijkaanzet:pages/campaign", pages.page("/").orElseThrow().template());
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
