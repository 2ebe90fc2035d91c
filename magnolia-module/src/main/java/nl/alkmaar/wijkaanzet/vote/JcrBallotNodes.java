package nl.alkmaar.wijkaanzet.vote;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Value;
import nl.alkmaar.wijkaanzet.jcr.JcrValues;

/**
 * A ballot as a {@code wz:ballot} node: written by the box's writer, read by counts and recounts.
 */
final class JcrBallotNodes {

  private JcrBallotNodes() {}

  static void write(Node node, Ballot ballot) throws RepositoryException {
    node.setProperty("wz:wijk", ballot.wijk());
    node.setProperty("wz:ideas", ballot.ideas().toArray(String[]::new));
    node.setProperty("wz:method", ballot.method().id());
    JcrValues.setText(node, "wz:channel", ballot.channel());
    node.setProperty("wz:castOn", day(ballot.castOn()));
  }

  static Ballot read(Node node) throws RepositoryException {
    List<String> ideas = new ArrayList<>();
    for (Value value : node.getProperty("wz:ideas").getValues()) {
      ideas.add(value.getString());
    }
    Calendar castOn = node.getProperty("wz:castOn").getDate();
    return new Ballot(
        node.getName(),
        node.getProperty("wz:wijk").getString(),
        ideas,
        VoteMethod.byId(node.getProperty("wz:method").getString()),
        JcrValues.text(node, "wz:channel"),
        castOn.toInstant().atZone(ZoneOffset.UTC).toLocalDate());
  }

  /** A date as midnight UTC, so it reads back as the same day in every time zone setting. */
  private static Calendar day(LocalDate date) {
    Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
    calendar.clear();
    calendar.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth());
    return calendar;
  }
}
