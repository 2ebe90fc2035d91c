package nl.alkmaar.wijkaanzet.review;

import static nl.alkmaar.wijkaanzet.jcr.JcrValues.calendar;
import static nl.alkmaar.wijkaanzet.jcr.JcrValues.child;
import static nl.alkmaar.wijkaanzet.jcr.JcrValues.instant;
import static nl.alkmaar.wijkaanzet.jcr.JcrValues.setText;
import static nl.alkmaar.wijkaanzet.jcr.JcrValues.text;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import nl.alkmaar.wijkaanzet.jcr.JcrSessions;
import nl.alkmaar.wijkaanzet.jcr.NodeTypes;
import nl.alkmaar.wijkaanzet.jcr.Workspaces;

/**
 * Reviews at {@code /<campaign>/private/reviews/<point id>} in the content workspace: below
 * 'private' because they name the reviewer, who is staff, not public. A campaign has a few hundred
 * points, so reading them all for an overview is one small walk.
 */
public final class JcrReviewStore implements ReviewStore {

  static final String FOLDER = "reviews";

  private final JcrSessions sessions;

  public JcrReviewStore(JcrSessions sessions) {
    this.sessions = sessions;
  }

  @Override
  public void save(String campaignId, Review review) {
    sessions.write(
        Workspaces.CONTENT,
        session -> {
          if (!session.getRootNode().hasNode(campaignId)) {
            throw new RepositoryException("no campaign " + campaignId + " to keep reviews for");
          }
          Node campaign = session.getRootNode().getNode(campaignId);
          Node folder =
              child(
                  child(campaign, Workspaces.PRIVATE_FOLDER, NodeTypes.FOLDER),
                  FOLDER,
                  NodeTypes.FOLDER);
          Node node = child(folder, review.ideaId(), NodeTypes.REVIEW);
          write(node, review);
          return null;
        });
  }

  @Override
  public Optional<Review> find(String campaignId, String ideaId) {
    return sessions.read(
        Workspaces.CONTENT,
        session -> {
          String path = folderPath(campaignId) + "/" + ideaId;
          return ideaId.contains("/") || !session.nodeExists(path)
              ? Optional.empty()
              : Optional.of(read(session.getNode(path)));
        });
  }

  @Override
  public Map<String, Review> all(String campaignId) {
    return sessions.read(
        Workspaces.CONTENT,
        session -> {
          Map<String, Review> reviews = new HashMap<>();
          if (session.nodeExists(folderPath(campaignId))) {
            for (NodeIterator it = folder(session, campaignId).getNodes(); it.hasNext(); ) {
              Review review = read(it.nextNode());
              reviews.put(review.ideaId(), review);
            }
          }
          return reviews;
        });
  }

  private static Node folder(Session session, String campaignId) throws RepositoryException {
    return session.getNode(folderPath(campaignId));
  }

  private static String folderPath(String campaignId) {
    return "/" + campaignId + "/" + Workspaces.PRIVATE_FOLDER + "/" + FOLDER;
  }

  private static void write(Node node, Review review) throws RepositoryException {
    node.setProperty("wz:verdict", review.verdict().id());
    node.setProperty("wz:motivation", review.motivation());
    if (review.costEuros().isPresent()) {
      node.setProperty("wz:costEuros", review.costEuros().get());
    } else if (node.hasProperty("wz:costEuros")) {
      node.getProperty("wz:costEuros").remove();
    }
    setText(node, "wz:budget", review.budget().map(BudgetSource::id).orElse(null));
    setText(node, "wz:budgetUnit", review.budgetUnit());
    setText(node, "wz:responsibleUnit", review.responsibleUnit());
    node.setProperty("wz:reviewer", review.reviewer());
    node.setProperty("wz:reviewedAt", calendar(review.reviewedAt()));
  }

  private static Review read(Node node) throws RepositoryException {
    return new Review(
        node.getName(),
        Verdict.byId(node.getProperty("wz:verdict").getString()).orElseThrow(),
        node.getProperty("wz:motivation").getString(),
        node.hasProperty("wz:costEuros")
            ? Optional.of(node.getProperty("wz:costEuros").getLong())
            : Optional.empty(),
        Optional.ofNullable(text(node, "wz:budget")).flatMap(BudgetSource::byId),
        text(node, "wz:budgetUnit"),
        text(node, "wz:responsibleUnit"),
        node.getProperty("wz:reviewer").getString(),
        instant(node, "wz:reviewedAt"));
  }
}
