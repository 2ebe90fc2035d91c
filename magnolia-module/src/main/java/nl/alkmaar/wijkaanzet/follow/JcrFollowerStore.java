package nl.alkmaar.wijkaanzet.follow;

import static nl.alkmaar.wijkaanzet.jcr.JcrValues.calendar;
import static nl.alkmaar.wijkaanzet.jcr.JcrValues.child;
import static nl.alkmaar.wijkaanzet.jcr.JcrValues.instant;
import static nl.alkmaar.wijkaanzet.jcr.JcrValues.text;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import nl.alkmaar.wijkaanzet.jcr.JcrSessions;
import nl.alkmaar.wijkaanzet.jcr.NodeTypes;
import nl.alkmaar.wijkaanzet.jcr.Workspaces;

/**
 * Followers at {@code /<campaign>/private/followers/<wijk>/<key>} in the content workspace: below
 * 'private' (they hold an address), in the workspace that Magnolia's author and public instances
 * share, because residents ask on the public site and editors post news on the author.
 */
public final class JcrFollowerStore implements FollowerStore {

  static final String FOLDER = "followers";

  private final JcrSessions sessions;

  public JcrFollowerStore(JcrSessions sessions) {
    this.sessions = sessions;
  }

  private static String folderPath(String campaignId) {
    return "/" + campaignId + "/" + Workspaces.PRIVATE_FOLDER + "/" + FOLDER;
  }

  @Override
  public Optional<Follower> find(String campaignId, String wijk, String key) {
    return sessions.read(
        Workspaces.CONTENT,
        session -> {
          String path = folderPath(campaignId) + "/" + wijk + "/" + key;
          return session.nodeExists(path)
              ? Optional.of(read(session.getNode(path), wijk))
              : Optional.<Follower>empty();
        });
  }

  @Override
  public void save(String campaignId, Follower follower) {
    sessions.write(
        Workspaces.CONTENT,
        session -> {
          if (!session.getRootNode().hasNode(campaignId)) {
            throw new RepositoryException("no campaign " + campaignId);
          }
          Node campaign = session.getRootNode().getNode(campaignId);
          Node wijk =
              child(
                  child(
                      child(campaign, Workspaces.PRIVATE_FOLDER, NodeTypes.FOLDER),
                      FOLDER,
                      NodeTypes.FOLDER),
                  follower.wijk(),
                  NodeTypes.FOLDER);
          Node node =
              wijk.hasNode(follower.key())
                  ? wijk.getNode(follower.key())
                  : wijk.addNode(follower.key(), NodeTypes.FOLLOWER);
          node.setProperty("wz:email", follower.email());
          node.setProperty("wz:language", follower.language());
          node.setProperty("wz:requestedAt", calendar(follower.requestedAt()));
          node.setProperty(
              "wz:confirmedAt", follower.confirmedAt().map(at -> calendar(at)).orElse(null));
          return null;
        });
  }

  @Override
  public boolean delete(String campaignId, String wijk, String key) {
    return sessions.write(
        Workspaces.CONTENT,
        session -> {
          String path = folderPath(campaignId) + "/" + wijk + "/" + key;
          if (!session.nodeExists(path)) {
            return false;
          }
          session.getNode(path).remove();
          return true;
        });
  }

  @Override
  public List<Follower> confirmed(String campaignId, String wijk) {
    return sessions.read(
        Workspaces.CONTENT,
        session -> {
          List<Follower> followers = new ArrayList<>();
          for (Node node : nodes(session, folderPath(campaignId) + "/" + wijk)) {
            Follower follower = read(node, wijk);
            if (follower.confirmed()) {
              followers.add(follower);
            }
          }
          return followers;
        });
  }

  @Override
  public Map<String, Integer> counts(String campaignId) {
    return sessions.read(
        Workspaces.CONTENT,
        session -> {
          Map<String, Integer> counts = new TreeMap<>();
          for (Node wijk : nodes(session, folderPath(campaignId))) {
            int confirmed = 0;
            for (Node node : nodes(session, wijk.getPath())) {
              confirmed += node.hasProperty("wz:confirmedAt") ? 1 : 0;
            }
            if (confirmed > 0) {
              counts.put(wijk.getName(), confirmed);
            }
          }
          return counts;
        });
  }

  @Override
  public int count(String campaignId) {
    return sessions.read(
        Workspaces.CONTENT,
        session -> {
          int count = 0;
          for (Node wijk : nodes(session, folderPath(campaignId))) {
            count += nodes(session, wijk.getPath()).size();
          }
          return count;
        });
  }

  @Override
  public int purgeUnconfirmed(String campaignId, Instant before) {
    return sessions.write(
        Workspaces.CONTENT,
        session -> {
          int removed = 0;
          for (Node wijk : nodes(session, folderPath(campaignId))) {
            for (Node node : nodes(session, wijk.getPath())) {
              if (!node.hasProperty("wz:confirmedAt")
                  && instant(node, "wz:requestedAt").isBefore(before)) {
                node.remove();
                removed++;
              }
            }
          }
          return removed;
        });
  }

  @Override
  public int deleteAll(String campaignId) {
    return sessions.write(
        Workspaces.CONTENT,
        session -> {
          int removed = 0;
          for (Node wijk : nodes(session, folderPath(campaignId))) {
            removed += nodes(session, wijk.getPath()).size();
            wijk.remove();
          }
          return removed;
        });
  }

  private static List<Node> nodes(Session session, String path) throws RepositoryException {
    List<Node> nodes = new ArrayList<>();
    if (session.nodeExists(path)) {
      for (NodeIterator it = session.getNode(path).getNodes(); it.hasNext(); ) {
        nodes.add(it.nextNode());
      }
    }
    return nodes;
  }

  private static Follower read(Node node, String wijk) throws RepositoryException {
    return new Follower(
        node.getName(),
        wijk,
        text(node, "wz:email"),
        node.hasProperty("wz:language") ? text(node, "wz:language") : "nl",
        instant(node, "wz:requestedAt"),
        node.hasProperty("wz:confirmedAt")
            ? Optional.of(instant(node, "wz:confirmedAt"))
            : Optional.empty());
  }
}
