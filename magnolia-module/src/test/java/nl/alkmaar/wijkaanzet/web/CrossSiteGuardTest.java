package nl.alkmaar.wijkaanzet.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Where a post may come from, header by header, as browsers send them. */
class CrossSiteGuardTest {

  private static final String OWN = "https://wijkaanzet.alkmaar.nl";
  private static final Set<String> TRUSTED = Set.of("https://www.alkmaar.nl");

  private static boolean allows(String... headerPairs) {
    Map<String, String> headers = new HashMap<>();
    for (int i = 0; i < headerPairs.length; i += 2) {
      headers.put(headerPairs[i], headerPairs[i + 1]);
    }
    return CrossSiteGuard.allows(headers::get, OWN, TRUSTED);
  }

  @Test
  void ourOwnPagesPass() {
    assertTrue(allows("Sec-Fetch-Site", "same-origin", "Origin", OWN));
    assertTrue(allows("Origin", OWN), "a browser without Sec-Fetch-*");
    assertTrue(allows("Origin", "HTTPS://WIJKAANZET.alkmaar.nl"), "case does not matter");
    assertTrue(allows("Referer", OWN + "/wijk/centrum"), "only a Referer");
  }

  @Test
  void aTrustedSiteEmbeddingTheWidgetPasses() {
    assertTrue(allows("Sec-Fetch-Site", "cross-site", "Origin", "https://www.alkmaar.nl"));
    assertTrue(allows("Referer", "https://www.alkmaar.nl/wijkaanzet"));
  }

  @Test
  void otherSitesAreRefused() {
    assertFalse(allows("Sec-Fetch-Site", "cross-site", "Origin", "https://evil.example"));
    assertFalse(allows("Origin", "https://evil.example"));
    assertFalse(allows("Referer", "https://evil.example/page"));
    assertFalse(allows("Sec-Fetch-Site", "cross-site"));
  }

  @Test
  void aSiblingSubdomainHidingItsAddressIsRefused() {
    // <meta name=referrer content=no-referrer> on https://blog.alkmaar.nl: Origin null.
    assertFalse(allows("Sec-Fetch-Site", "same-site", "Origin", "null"));
    assertFalse(allows("Origin", "null"), "plain HTTP: no Sec-Fetch-Site at all");
    assertFalse(allows("Sec-Fetch-Site", "same-site"));
    assertFalse(allows("Sec-Fetch-Site", "same-site", "Origin", "https://blog.alkmaar.nl"));
  }

  @Test
  void clientsThatAreNotBrowsersMeetTheOtherChecks() {
    assertTrue(allows(), "no cookies of a resident, so the token and limits decide");
  }

  @Test
  void staffScreensTrustNoOtherSite() {
    Map<String, String> headers = Map.of("Origin", "https://www.alkmaar.nl");
    assertFalse(CrossSiteGuard.allows(headers::get, OWN, Set.of()));
  }

  @Test
  void ourOriginLeavesOutDefaultPorts() {
    assertEquals("https://wijk.example", CrossSiteGuard.origin("https", "Wijk.Example", 443));
    assertEquals("http://localhost:8080", CrossSiteGuard.origin("http", "localhost", 8080));
    assertEquals("http://[::1]:8080", CrossSiteGuard.origin("http", "::1", 8080));
  }
}
