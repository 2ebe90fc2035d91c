package nl.alkmaar.wijkaanzet.result;

import static nl.alkmaar.wijkaanzet.jcr.JcrValues.calendar;
import static nl.alkmaar.wijkaanzet.jcr.JcrValues.child;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.Optional;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import nl.alkmaar.wijkaanzet.jcr.JcrSessions;
import nl.alkmaar.wijkaanzet.jcr.NodeTypes;
import nl.alkmaar.wijkaanzet.jcr.Workspaces;

/**
 * The published results at {@code /<campaign>/private/results} in the content workspace: the
 * snapshot as one JSON property (it is read and replaced whole, never queried), the moment, and the
 * editor who published it (staff, so below 'private'; the snapshot itself holds only public facts).
 */
public final class JcrResultStore implements ResultStore {

  static final String NODE = "results";
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private final JcrSessions sessions;

  public JcrResultStore(JcrSessions sessions) {
    this.sessions = sessions;
  }

  @Override
  public void save(PublishedResults results, String editor) {
    String snapshot;
    try {
      snapshot = JSON.writeValueAsString(results);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("results cannot be written as JSON", e);
    }
    sessions.write(
        Workspaces.CONTENT,
        session -> {
          if (!session.getRootNode().hasNode(results.campaignId())) {
            throw new RepositoryException("no campaign " + results.campaignId());
          }
          Node campaign = session.getRootNode().getNode(results.campaignId());
          Node privateData = child(campaign, Workspaces.PRIVATE_FOLDER, NodeTypes.FOLDER);
          Node node = child(privateData, NODE, NodeTypes.RESULTS);
          node.setProperty("wz:snapshot", snapshot);
          node.setProperty("wz:publishedAt", calendar(results.publishedAt()));
          node.setProperty("wz:publishedBy", editor);
          return null;
        });
  }

  @Override
  public Optional<PublishedResults> find(String campaignId) {
    String snapshot =
        sessions.read(
            Workspaces.CONTENT,
            session -> {
              String path = "/" + campaignId + "/" + Workspaces.PRIVATE_FOLDER + "/" + NODE;
              return session.nodeExists(path)
                  ? session.getNode(path).getProperty("wz:snapshot").getString()
                  : null;
            });
    if (snapshot == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(JSON.readValue(snapshot, PublishedResults.class));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the stored results of " + campaignId + " are unreadable", e);
    }
  }
}
