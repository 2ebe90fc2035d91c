package nl.alkmaar.wijkaanzet.idea;

import static nl.alkmaar.wijkaanzet.jcr.JcrValues.calendar;
import static nl.alkmaar.wijkaanzet.jcr.JcrValues.child;
import static nl.alkmaar.wijkaanzet.jcr.JcrValues.instant;
import static nl.alkmaar.wijkaanzet.jcr.JcrValues.setText;
import static nl.alkmaar.wijkaanzet.jcr.JcrValues.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.Value;
import nl.alkmaar.wijkaanzet.jcr.NodeTypes;
import nl.alkmaar.wijkaanzet.jcr.Workspaces;

/**
 * How a point is laid out in JCR, shared by the store's reads and its moderation writes: {@code
 * /<campaign>/<wijk>/<id>} with the public fields, the history at {@code
 * /<campaign>/private/audit/<id>}.
 */
final class JcrIdeaNodes {

  static final String PRIVATE = Workspaces.PRIVATE_FOLDER;
  static final String SUBMITTERS = "submitters";
  static final String AUDIT = "audit";
  static final String PHOTO = nl.alkmaar.wijkaanzet.idea.photo.JcrPhotos.NODE;
  static final String VERSION = "wz:version";
  static final String STATUS = "wz:status";
  static final String STATUS_BEFORE_MERGE = "wz:statusBeforeMerge";
  static final String MERGED_INTO = "wz:mergedInto";
  static final String MERGED_FROM = "wz:mergedFrom";

  private JcrIdeaNodes() {}

  /** The point with its version and merge links, as moderators see it. */
  static ModeratedIdea moderated(Node node) throws RepositoryException {
    return new ModeratedIdea(
        readIdea(node), version(node), text(node, MERGED_INTO), mergedFrom(node));
  }

  static List<String> mergedFrom(Node node) throws RepositoryException {
    List<String> ids = new ArrayList<>();
    if (node.hasProperty(MERGED_FROM)) {
      for (Value value : node.getProperty(MERGED_FROM).getValues()) {
        ids.add(value.getString());
      }
    }
    return ids;
  }

  static void setMergedFrom(Node node, List<String> ids) throws RepositoryException {
    if (ids.isEmpty()) {
      if (node.hasProperty(MERGED_FROM)) {
        node.getProperty(MERGED_FROM).remove();
      }
      return;
    }
    node.setProperty(MERGED_FROM, ids.toArray(String[]::new));
  }

  /** Checks the version a moderator saw; the caller then raises it by one. */
  static void requireVersion(Node node, long expected) throws RepositoryException {
    if (version(node) != expected) {
      throw new StaleVersionException();
    }
  }

  static void bumpVersion(Node node) throws RepositoryException {
    node.setProperty(VERSION, version(node) + 1);
  }

  static IdeaStatus status(Node node) throws RepositoryException {
    return IdeaStatus.valueOf(text(node, STATUS));
  }

  static Optional<IdeaStatus> beforeMerge(Node node) throws RepositoryException {
    String before = text(node, STATUS_BEFORE_MERGE);
    return before == null ? Optional.empty() : Optional.of(IdeaStatus.valueOf(before));
  }

  static long version(Node node) throws RepositoryException {
    return node.hasProperty(VERSION) ? node.getProperty(VERSION).getLong() : 0;
  }

  /** Finds a point by id in any wijk of the campaign (ids are unique per campaign). */
  static Optional<Node> ideaNode(Session session, String campaignId, String id)
      throws RepositoryException {
    if (!session.nodeExists("/" + campaignId) || !id.matches("[a-z0-9-]+")) {
      return Optional.empty();
    }
    for (NodeIterator it = session.getNode("/" + campaignId).getNodes(); it.hasNext(); ) {
      Node wijk = it.nextNode();
      if (wijk.isNodeType(NodeTypes.WIJK) && wijk.hasNode(id)) {
        return Optional.of(wijk.getNode(id));
      }
    }
    return Optional.empty();
  }

  static Node privateFolder(Session session, String campaignId, String name)
      throws RepositoryException {
    Node campaign = session.getRootNode().getNode(campaignId);
    return child(child(campaign, PRIVATE, NodeTypes.FOLDER), name, NodeTypes.FOLDER);
  }

  static void appendAudit(Session session, String campaignId, String id, AuditEntry entry)
      throws RepositoryException {
    Node trail = child(privateFolder(session, campaignId, AUDIT), id, NodeTypes.FOLDER);
    Node node =
        trail.addNode(String.format("%04d", trail.getNodes().getSize()), NodeTypes.AUDIT_ENTRY);
    node.setProperty("wz:at", calendar(entry.at()));
    node.setProperty("wz:actor", entry.actor());
    node.setProperty("wz:action", entry.action());
    setText(node, "wz:detail", entry.detail());
  }

  static void writeIdea(Node node, Idea idea) throws RepositoryException {
    node.setProperty("wz:reference", idea.reference());
    node.setProperty("wz:title", idea.title());
    node.setProperty("wz:description", idea.description());
    node.setProperty("wz:category", idea.category());
    setText(node, "wz:location", idea.location());
    node.setProperty("wz:status", idea.status().name());
    node.setProperty("wz:channel", idea.channel().id());
    setText(node, "wz:ageGroup", idea.ageGroup() == null ? null : idea.ageGroup().id());
    node.setProperty("wz:submittedAt", calendar(idea.submittedAt()));
  }

  static void writeText(Node node, IdeaText text) throws RepositoryException {
    node.setProperty("wz:title", text.title());
    node.setProperty("wz:description", text.description());
    setText(node, "wz:location", text.location());
    node.setProperty("wz:category", text.category());
  }

  static Idea readIdea(Node node) throws RepositoryException {
    String ageGroup = text(node, "wz:ageGroup");
    return new Idea(
        node.getName(),
        text(node, "wz:reference"),
        node.getParent().getParent().getName(),
        node.getParent().getName(),
        text(node, "wz:title"),
        text(node, "wz:description"),
        text(node, "wz:category"),
        text(node, "wz:location"),
        IdeaStatus.valueOf(text(node, "wz:status")),
        Channel.byId(text(node, "wz:channel")).orElseThrow(),
        ageGroup == null ? null : AgeGroup.byId(ageGroup).orElseThrow(),
        instant(node, "wz:submittedAt"),
        node.hasNode(PHOTO));
  }
}
