package nl.alkmaar.wijkaanzet.magnolia;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.alkmaar.wijkaanzet.user.UserIdentity;
import nl.alkmaar.wijkaanzet.web.ServletRoutes;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The bootstrapped roles' ACLs evaluated as Magnolia evaluates them ({@link MagnoliaAcl}), against
 * the paths that hold personal data and the addresses each role needs.
 */
class RoleAclTest {

  private static final String SV = "http://www.jcp.org/jcr/sv/1.0";
  private static final List<String> ROLES =
      List.of(
          UserIdentity.EDITOR, UserIdentity.MODERATOR, UserIdentity.STAFF, UserIdentity.REVIEWER);

  /** Where personal data lives in the workspace (JcrIdeaStore, JcrOutbox: /<campaign>/private). */
  private static final List<String> PERSONAL_DATA =
      List.of(
          "/alkmaar-2024/private",
          "/alkmaar-2024/private/submitters/waz-abcd-efgh",
          "/alkmaar-2024/private/outbox/3f1c",
          "/een-andere-campagne/private/history/x/y");

  private static final List<String> PUBLIC_STRUCTURE =
      List.of("/alkmaar-2024", "/alkmaar-2024/wijken/oudorp/waz-abcd-efgh");

  static MagnoliaAcl acl(String role, String aclName) throws Exception {
    Document document;
    try (InputStream in =
        RoleAclTest.class.getResourceAsStream(
            BootstrapFile.FOLDER + "/userroles." + role + ".xml")) {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      document = factory.newDocumentBuilder().parse(in);
    }
    List<MagnoliaAcl.Entry> entries = new ArrayList<>();
    for (Element acl : svNodes(document.getDocumentElement())) {
      if (!acl.getAttributeNS(SV, "name").equals(aclName)) {
        continue;
      }
      for (Element entry : svNodes(acl)) {
        entries.add(
            new MagnoliaAcl.Entry(
                property(entry, "path"), Long.parseLong(property(entry, "permissions"))));
      }
    }
    return new MagnoliaAcl(entries);
  }

  private static List<Element> svNodes(Element parent) {
    List<Element> nodes = new ArrayList<>();
    for (org.w3c.dom.Node child = parent.getFirstChild();
        child != null;
        child = child.getNextSibling()) {
      if (child instanceof Element element && "node".equals(element.getLocalName())) {
        nodes.add(element);
      }
    }
    return nodes;
  }

  private static String property(Element node, String name) {
    for (org.w3c.dom.Node child = node.getFirstChild();
        child != null;
        child = child.getNextSibling()) {
      if (child instanceof Element element
          && "property".equals(element.getLocalName())
          && name.equals(element.getAttributeNS(SV, "name"))) {
        return element.getTextContent().strip();
      }
    }
    throw new AssertionError("no property " + name);
  }

  static List<Node> children(Node parent) throws RepositoryException {
    List<Node> children = new ArrayList<>();
    for (NodeIterator nodes = parent.getNodes(); nodes.hasNext(); ) {
      children.add(nodes.nextNode());
    }
    return children;
  }

  @Test
  void noRoleReadsPersonalData() throws Exception {
    for (String role : ROLES) {
      MagnoliaAcl workspace = acl(role, "acl_wijkaanzet");
      for (String path : PERSONAL_DATA) {
        assertEquals(0, workspace.permissionFor(path), role + " reaches " + path);
      }
    }
  }

  @Test
  void everyRoleReadsThePublicStructureAndOnlyTheModeratorWrites() throws Exception {
    for (String role : ROLES) {
      MagnoliaAcl workspace = acl(role, "acl_wijkaanzet");
      for (String path : PUBLIC_STRUCTURE) {
        assertTrue(workspace.grants(path, MagnoliaAcl.READ), role + " cannot read " + path);
        assertEquals(
            role.equals(UserIdentity.MODERATOR),
            workspace.grants(path, MagnoliaAcl.WRITE),
            role + " writing " + path);
      }
    }
  }

  @Test
  void theModeratorGetsAndPostsTheModerationAddressesAndNobodyElseDoes() throws Exception {
    List<String> moderation =
        List.of(
            "/.wijkaanzet/moderatie",
            "/.wijkaanzet/moderatie/oudorp",
            "/.wijkaanzet/api/moderation/ideas",
            "/.wijkaanzet/api/moderation/ideas/waz-abcd-efgh/publiceren");
    for (String uri : moderation) {
      assertTrue(acl(UserIdentity.MODERATOR, "acl_uri").grants(uri, MagnoliaAcl.WRITE), uri);
      assertFalse(acl(UserIdentity.STAFF, "acl_uri").grants(uri, MagnoliaAcl.READ), uri);
      assertFalse(acl(UserIdentity.EDITOR, "acl_uri").grants(uri, MagnoliaAcl.READ), uri);
    }
  }

  @Test
  void theEditorGetsAndPostsTheVotingToolsAndNobodyElseDoes() throws Exception {
    for (String uri :
        List.of(
            "/.wijkaanzet/api/stemmen/hertelling",
            "/.wijkaanzet/api/stemmen/codes",
            "/.wijkaanzet/stembeheer",
            "/.wijkaanzet/stembeheer/codes",
            "/.wijkaanzet/uitslag",
            "/.wijkaanzet/uitslag/publiceren",
            "/.wijkaanzet/uitvoering",
            "/.wijkaanzet/uitvoering/punt/x")) {
      assertTrue(acl(UserIdentity.EDITOR, "acl_uri").grants(uri, MagnoliaAcl.WRITE), uri);
      assertFalse(acl(UserIdentity.STAFF, "acl_uri").grants(uri, MagnoliaAcl.READ), uri);
      assertFalse(acl(UserIdentity.MODERATOR, "acl_uri").grants(uri, MagnoliaAcl.READ), uri);
    }
  }

  @Test
  void reviewersAndEditorsGetAndPostTheFeasibilityScreenAndNobodyElseDoes() throws Exception {
    for (String uri : List.of("/.wijkaanzet/haalbaarheid", "/.wijkaanzet/haalbaarheid/punt/x")) {
      assertTrue(acl(UserIdentity.REVIEWER, "acl_uri").grants(uri, MagnoliaAcl.WRITE), uri);
      assertTrue(acl(UserIdentity.EDITOR, "acl_uri").grants(uri, MagnoliaAcl.WRITE), uri);
      assertFalse(acl(UserIdentity.STAFF, "acl_uri").grants(uri, MagnoliaAcl.READ), uri);
      assertFalse(acl(UserIdentity.MODERATOR, "acl_uri").grants(uri, MagnoliaAcl.READ), uri);
    }
    MagnoliaAcl content = acl(UserIdentity.REVIEWER, "acl_wijkaanzet");
    assertTrue(content.grants("/alkmaar-2024/oudorp/waz-abcd-efgh", MagnoliaAcl.READ));
    assertFalse(content.grants("/alkmaar-2024/private/reviews/waz-abcd-efgh", MagnoliaAcl.READ));
    assertFalse(
        acl(UserIdentity.REVIEWER, "acl_uri").grants("/.wijkaanzet/moderatie", MagnoliaAcl.READ));
  }

  @Test
  void onlyTheEditorDownloadsTheCouncilExportsAndNobodyPostsThere() throws Exception {
    for (String uri :
        List.of("/.wijkaanzet/api/export/punten.csv", "/.wijkaanzet/api/export/wijken")) {
      assertTrue(acl(UserIdentity.EDITOR, "acl_uri").grants(uri, MagnoliaAcl.READ), uri);
      assertFalse(acl(UserIdentity.EDITOR, "acl_uri").grants(uri, MagnoliaAcl.WRITE), uri);
      for (String other :
          List.of(UserIdentity.STAFF, UserIdentity.MODERATOR, UserIdentity.REVIEWER)) {
        assertFalse(acl(other, "acl_uri").grants(uri, MagnoliaAcl.READ), other + " " + uri);
      }
    }
  }

  @Test
  void staffPostPointsAndReadTheirFormPage() throws Exception {
    MagnoliaAcl uris = acl(UserIdentity.STAFF, "acl_uri");

    MagnoliaAcl pages = acl(UserIdentity.STAFF, "acl_website");

    assertTrue(uris.grants("/.wijkaanzet/api/ideas", MagnoliaAcl.WRITE));
    assertTrue(uris.grants("/medewerker/idee-invoeren", MagnoliaAcl.READ));
    assertFalse(uris.grants("/medewerker/idee-invoeren", MagnoliaAcl.WRITE));
    // On author the page is rendered from the website workspace with the user's own rights.
    for (String page : List.of("/medewerker", "/medewerker/idee-invoeren")) {
      assertTrue(pages.grants(page, MagnoliaAcl.READ), page);
      assertFalse(pages.grants(page, MagnoliaAcl.WRITE), page);
    }
    assertFalse(pages.grants("/wijkaanzet", MagnoliaAcl.READ), "nothing else of the site");
  }

  /** A URI grant below /.wijkaanzet that no servlet serves is a leftover or a typo. */
  @Test
  void everyModuleUriGrantReachesAServlet() throws Exception {
    List<String> mapped =
        ServletRoutes.fromDescriptor().stream()
            .flatMap(route -> route.mappings().stream())
            .map(
                mapping ->
                    mapping.endsWith("/*") ? mapping.substring(0, mapping.length() - 2) : mapping)
            .toList();
    for (String role : ROLES) {
      for (MagnoliaAcl.Entry entry : acl(role, "acl_uri").entries()) {
        if (!entry.pattern().startsWith(ServletRoutes.MAGNOLIA_PREFIX)) {
          continue;
        }
        String granted = entry.pattern().replaceFirst("\\*$", "");
        assertTrue(
            mapped.stream().anyMatch(path -> path.startsWith(granted)),
            role + " is granted " + entry.pattern() + ", which no servlet serves");
      }
    }
  }

  /** Guards the evaluator itself with the cases of Magnolia's AccessManagerImplTest. */
  @Test
  void theEvaluatorDecidesAsMagnoliaDoes() {
    MagnoliaAcl acl =
        new MagnoliaAcl(
            List.of(
                new MagnoliaAcl.Entry("/*", 8),
                new MagnoliaAcl.Entry("/a/*", 63),
                new MagnoliaAcl.Entry("/b*", 0)));

    assertEquals(8, acl.permissionFor("/a"), "children's rights do not cover the parent");
    assertEquals(63, acl.permissionFor("/a/x/y"));
    assertEquals(0, acl.permissionFor("/b"));
    assertEquals(0, acl.permissionFor("/bee/x"));
    assertEquals(8, acl.permissionFor("/c"));
    assertEquals(0, new MagnoliaAcl(List.of()).permissionFor("/c"));
  }
}
