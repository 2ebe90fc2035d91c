package nl.alkmaar.wijkaanzet.jcr;

import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import javax.jcr.Node;
import javax.jcr.RepositoryException;

/** Small conversions every JCR store needs: optional properties, instants as JCR dates. */
public final class JcrValues {

  private JcrValues() {}

  public static String text(Node node, String property) throws RepositoryException {
    return node.hasProperty(property) ? node.getProperty(property).getString() : null;
  }

  /** Sets the property, or removes it when {@code value} is null. */
  public static void setText(Node node, String property, String value) throws RepositoryException {
    if (value != null) {
      node.setProperty(property, value);
    } else if (node.hasProperty(property)) {
      node.getProperty(property).remove();
    }
  }

  public static Calendar calendar(Instant instant) {
    GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
    calendar.setTimeInMillis(instant.toEpochMilli());
    return calendar;
  }

  public static Instant instant(Node node, String property) throws RepositoryException {
    return node.hasProperty(property) ? node.getProperty(property).getDate().toInstant() : null;
  }

  /** The child, created with {@code type} when it is not there yet. */
  public static Node child(Node parent, String name, String type) throws RepositoryException {
    return parent.hasNode(name) ? parent.getNode(name) : parent.addNode(name, type);
  }
}
