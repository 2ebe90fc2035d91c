package nl.alkmaar.wijkaanzet.vote;

import static nl.alkmaar.wijkaanzet.jcr.JcrValues.calendar;
import static nl.alkmaar.wijkaanzet.jcr.JcrValues.instant;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Value;
import nl.alkmaar.wijkaanzet.jcr.JcrSessions;
import nl.alkmaar.wijkaanzet.jcr.NodeTypes;
import nl.alkmaar.wijkaanzet.jcr.Workspaces;

/** Pending e-mail ballots at {@code /<campaign>/pending/<2 hex>/<token hash>}. */
public final class JcrPendingBallots implements PendingBallots {

  private final JcrSessions sessions;
  private final String campaignId;

  public JcrPendingBallots(JcrSessions sessions, String campaignId) {
    this.sessions = sessions;
    this.campaignId = campaignId;
  }

  @Override
  public void save(PendingBallot pending) {
    sessions.write(
        Workspaces.VOTES,
        session -> {
          Node root = session.getRootNode();
          Node campaign = folder(root, campaignId);
          Node bucket = folder(folder(campaign, "pending"), pending.tokenHash().substring(0, 2));
          Node node = bucket.addNode(pending.tokenHash(), NodeTypes.PENDING_BALLOT);
          node.setProperty("wz:wijk", pending.wijk());
          node.setProperty("wz:ideas", pending.ideas().toArray(String[]::new));
          node.setProperty("wz:voter", pending.voterKey());
          node.setProperty("wz:expiresAt", calendar(pending.expiresAt()));
          return null;
        });
  }

  @Override
  public Optional<PendingBallot> find(String tokenHash) {
    return sessions.read(
        Workspaces.VOTES,
        session -> {
          String path = path(tokenHash);
          if (!tokenHash.matches("[0-9a-f]{64}") || !session.nodeExists(path)) {
            return Optional.empty();
          }
          Node node = session.getNode(path);
          List<String> ideas = new ArrayList<>();
          for (Value value : node.getProperty("wz:ideas").getValues()) {
            ideas.add(value.getString());
          }
          return Optional.of(
              new PendingBallot(
                  tokenHash,
                  node.getProperty("wz:wijk").getString(),
                  ideas,
                  node.getProperty("wz:voter").getString(),
                  instant(node, "wz:expiresAt")));
        });
  }

  @Override
  public void delete(String tokenHash) {
    sessions.write(
        Workspaces.VOTES,
        session -> {
          if (session.nodeExists(path(tokenHash))) {
            session.getNode(path(tokenHash)).remove();
          }
          return null;
        });
  }

  @Override
  public int purgeExpired(Instant now) {
    return sessions.write(
        Workspaces.VOTES,
        session -> {
          String path = "/" + campaignId + "/pending";
          int purged = 0;
          if (!session.nodeExists(path)) {
            return 0;
          }
          for (NodeIterator buckets = session.getNode(path).getNodes(); buckets.hasNext(); ) {
            for (NodeIterator it = buckets.nextNode().getNodes(); it.hasNext(); ) {
              Node node = it.nextNode();
              if (instant(node, "wz:expiresAt").isBefore(now)) {
                node.remove();
                purged++;
              }
            }
          }
          return purged;
        });
  }

  @Override
  public int count() {
    return sessions.read(
        Workspaces.VOTES,
        session -> {
          String path = "/" + campaignId + "/pending";
          int count = 0;
          if (session.nodeExists(path)) {
            for (NodeIterator buckets = session.getNode(path).getNodes(); buckets.hasNext(); ) {
              count += (int) buckets.nextNode().getNodes().getSize();
            }
          }
          return count;
        });
  }

  @Override
  public int purgeAll() {
    int count = count();
    sessions.write(
        Workspaces.VOTES,
        session -> {
          String path = "/" + campaignId + "/pending";
          if (session.nodeExists(path)) {
            session.getNode(path).remove();
          }
          return null;
        });
    return count;
  }

  private String path(String tokenHash) {
    return "/" + campaignId + "/pending/" + tokenHash.substring(0, 2) + "/" + tokenHash;
  }

  private static Node folder(Node parent, String name) throws javax.jcr.RepositoryException {
    return parent.hasNode(name)
        ? parent.getNode(name)
        : parent.addNode(name, NodeTypes.VOTE_FOLDER);
  }
}
