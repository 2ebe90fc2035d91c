package nl.alkmaar.wijkaanzet.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The module's servlet table as the module descriptor ({@value #DESCRIPTOR}) declares it for
 * Magnolia. The standalone host mounts the same table, so the two hosts cannot drift apart.
 */
public final class ServletRoutes {

  public static final String DESCRIPTOR = "/META-INF/magnolia/wijkaanzet.xml";

  /** Where Magnolia serves the module: every mapping starts with this. */
  public static final String MAGNOLIA_PREFIX = "/.wijkaanzet";

  /** One {@code <servlet>} of the descriptor, in its order (Magnolia tries them in that order). */
  public record Route(
      String name, String className, List<String> mappings, Map<String, String> params) {

    /** The mappings without {@link #MAGNOLIA_PREFIX}, as a host serving at its root mounts them. */
    public List<String> mappingsAtRoot() {
      return mappings.stream().map(mapping -> mapping.substring(MAGNOLIA_PREFIX.length())).toList();
    }
  }

  private ServletRoutes() {}

  /** The servlets of the descriptor in the jar, in order. */
  public static List<Route> fromDescriptor() {
    try (InputStream in = ServletRoutes.class.getResourceAsStream(DESCRIPTOR)) {
      if (in == null) {
        throw new IllegalStateException("module descriptor " + DESCRIPTOR + " is missing");
      }
      return read(in);
    } catch (IOException e) {
      throw new IllegalStateException("module descriptor " + DESCRIPTOR + " unreadable", e);
    }
  }

  static List<Route> read(InputStream descriptor) throws IOException {
    Document document = parse(descriptor);
    List<Route> routes = new ArrayList<>();
    for (Element servlet : children(first(document.getDocumentElement(), "servlets"), "servlet")) {
      List<String> mappings = new ArrayList<>();
      Element mappingList = first(servlet, "mappings");
      if (mappingList == null || children(mappingList, "mapping").isEmpty()) {
        throw new IllegalStateException("servlet " + text(servlet, "name") + " has no mapping");
      }
      for (Element mapping : children(mappingList, "mapping")) {
        String path = mapping.getTextContent().strip();
        if (!path.startsWith(MAGNOLIA_PREFIX + "/") && !path.equals(MAGNOLIA_PREFIX)) {
          throw new IllegalStateException(
              "servlet mapping outside " + MAGNOLIA_PREFIX + ": " + path);
        }
        mappings.add(path);
      }
      Map<String, String> params = new LinkedHashMap<>();
      Element paramList = first(servlet, "params");
      for (Element param : children(paramList, "param")) {
        params.put(text(param, "name"), text(param, "value"));
      }
      routes.add(
          new Route(text(servlet, "name"), text(servlet, "class"), List.copyOf(mappings), params));
    }
    return List.copyOf(routes);
  }

  private static Document parse(InputStream in) throws IOException {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setExpandEntityReferences(false);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      var builder = factory.newDocumentBuilder();
      // module.dtd is Magnolia's; reading the table needs no DTD.
      builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
      return builder.parse(in);
    } catch (ParserConfigurationException | SAXException e) {
      throw new IOException("module descriptor is not valid XML: " + e.getMessage(), e);
    }
  }

  private static String text(Element parent, String name) {
    Element element = first(parent, name);
    if (element == null) {
      throw new IllegalStateException("<" + parent.getTagName() + "> without <" + name + ">");
    }
    return element.getTextContent().strip();
  }

  private static Element first(Element parent, String name) {
    List<Element> found = children(parent, name);
    return found.isEmpty() ? null : found.get(0);
  }

  /** Direct children only: {@code <name>} occurs at several levels of the descriptor. */
  private static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    if (parent == null) {
      return found;
    }
    for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element element && element.getTagName().equals(name)) {
        found.add(element);
      }
    }
    return found;
  }
}
