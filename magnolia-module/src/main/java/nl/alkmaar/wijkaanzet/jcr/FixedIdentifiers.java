package nl.alkmaar.wijkaanzet.jcr;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import javax.jcr.ImportUUIDBehavior;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

/**
 * Adds a node whose identifier follows from its meaning instead of chance. In a Jackrabbit cluster
 * this is what makes the repository refuse a second node for the same thing: two nodes adding the
 * same name to one folder at the same moment are merged into one entry without complaint, but a
 * save that adds an identifier another cluster node saved first fails (Jackrabbit finds it taken
 * once it has read the other save from the journal, or the bundle table's primary key refuses it).
 * JCR 2.0 has no call to add a node with a given identifier, so it goes through a system-view
 * import of that one node.
 */
public final class FixedIdentifiers {

  private static final String SV = "http://www.jcp.org/jcr/sv/1.0";

  private FixedIdentifiers() {}

  /** The same identifier for the same words, everywhere and always (a name-based UUID). */
  public static UUID of(String... words) {
    return UUID.nameUUIDFromBytes(String.join("\u0000", words).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Adds {@code parent/name} of {@code type} with identifier {@code id} and string properties, in
   * the session's unsaved changes; an existing node with that identifier is refused at once ({@link
   * javax.jcr.ItemExistsException}), one that another cluster node saved meanwhile at save.
   */
  public static Node addNode(
      Node parent, String name, String type, UUID id, Map<String, String> properties)
      throws RepositoryException {
    ContentHandler handler =
        parent
            .getSession()
            .getImportContentHandler(
                parent.getPath(), ImportUUIDBehavior.IMPORT_UUID_COLLISION_THROW);
    try {
      handler.startDocument();
      handler.startPrefixMapping("sv", SV);
      handler.startElement(SV, "node", "sv:node", named(name));
      property(handler, "jcr:primaryType", "Name", type);
      property(handler, "jcr:uuid", "String", id.toString());
      for (Map.Entry<String, String> property : properties.entrySet()) {
        property(handler, property.getKey(), "String", property.getValue());
      }
      handler.endElement(SV, "node", "sv:node");
      handler.endPrefixMapping("sv");
      handler.endDocument();
    } catch (SAXException e) {
      if (e.getException() instanceof RepositoryException repository) {
        throw repository;
      }
      throw new RepositoryException("could not add " + name + " with identifier " + id, e);
    }
    return parent.getNode(name);
  }

  private static void property(ContentHandler handler, String name, String type, String value)
      throws SAXException {
    AttributesImpl attributes = named(name);
    attributes.addAttribute(SV, "type", "sv:type", "CDATA", type);
    handler.startElement(SV, "property", "sv:property", attributes);
    handler.startElement(SV, "value", "sv:value", new AttributesImpl());
    char[] chars = value.toCharArray();
    handler.characters(chars, 0, chars.length);
    handler.endElement(SV, "value", "sv:value");
    handler.endElement(SV, "property", "sv:property");
  }

  private static AttributesImpl named(String name) {
    AttributesImpl attributes = new AttributesImpl();
    attributes.addAttribute(SV, "name", "sv:name", "CDATA", name);
    return attributes;
  }
}
