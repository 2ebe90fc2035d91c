package nl.alkmaar.wijkaanzet.idea;

import static nl.alkmaar.wijkaanzet.idea.JcrIdeaNodes.MERGED_INTO;
import static nl.alkmaar.wijkaanzet.idea.JcrIdeaNodes.STATUS;
import static nl.alkmaar.wijkaanzet.idea.JcrIdeaNodes.STATUS_BEFORE_MERGE;
import static nl.alkmaar.wijkaanzet.idea.JcrIdeaNodes.appendAudit;
import static nl.alkmaar.wijkaanzet.idea.JcrIdeaNodes.bumpVersion;
import static nl.alkmaar.wijkaanzet.idea.JcrIdeaNodes.ideaNode;
import static nl.alkmaar.wijkaanzet.idea.JcrIdeaNodes.mergedFrom;
import static nl.alkmaar.wijkaanzet.idea.JcrIdeaNodes.moderated;
import static nl.alkmaar.wijkaanzet.idea.JcrIdeaNodes.readIdea;
import static nl.alkmaar.wijkaanzet.idea.JcrIdeaNodes.requireVersion;
import static nl.alkmaar.wijkaanzet.idea.JcrIdeaNodes.setMergedFrom;
import static nl.alkmaar.wijkaanzet.idea.JcrIdeaNodes.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

/**
 * Merge and undo-merge inside one JCR write. Nothing is deleted: a merged point keeps its text,
 * photo and submitter and only points to its target, so an undo can give everything back.
 */
final class JcrMerges {

  private final Session session;
  private final String campaignId;

  JcrMerges(Session session, String campaignId) {
    this.session = session;
    this.campaignId = campaignId;
  }

  ModeratedIdea merge(Merge merge) throws RepositoryException {
    Node target = existing(merge.target().id());
    requireVersion(target, merge.target().version());
    List<Node> sources = new ArrayList<>();
    List<ModeratedIdea> sourcePoints = new ArrayList<>();
    for (IdeaVersion source : merge.sources()) {
      Node node = existing(source.id());
      requireVersion(node, source.version());
      sources.add(node);
      sourcePoints.add(moderated(node));
    }
    MergeRules.check(moderated(target), sourcePoints);
    String targetReference = readIdea(target).reference();

    List<String> from = mergedFrom(target);
    for (Node source : sources) {
      IdeaStatus was = status(source);
      source.setProperty(
          STATUS, IdeaLifecycle.next(was, ModerationAction.MERGE, Optional.empty()).name());
      source.setProperty(STATUS_BEFORE_MERGE, was.name());
      source.setProperty(MERGED_INTO, target.getName());
      bumpVersion(source);
      if (!from.contains(source.getName())) {
        from.add(source.getName());
      }
      appendAudit(
          session,
          campaignId,
          source.getName(),
          new AuditEntry(
              merge.at(),
              merge.moderator(),
              ModerationAction.MERGE.dutch(),
              "samengevoegd met " + targetReference));
    }
    setMergedFrom(target, from);
    bumpVersion(target);
    String references =
        sourcePoints.stream()
            .map(point -> point.idea().reference())
            .collect(Collectors.joining(", "));
    appendAudit(
        session,
        campaignId,
        target.getName(),
        new AuditEntry(
            merge.at(),
            merge.moderator(),
            ModerationAction.MERGE.dutch(),
            references + " samengevoegd in dit punt"));
    return moderated(target);
  }

  ModeratedIdea undo(String id, long expectedVersion, AuditEntry entry) throws RepositoryException {
    Node node = existing(id);
    requireVersion(node, expectedVersion);
    IdeaStatus back =
        IdeaLifecycle.next(
            status(node), ModerationAction.UNDO_MERGE, JcrIdeaNodes.beforeMerge(node));
    Optional<Node> target =
        node.hasProperty(MERGED_INTO)
            ? ideaNode(session, campaignId, node.getProperty(MERGED_INTO).getString())
            : Optional.empty();
    if (target.isPresent()) {
      releaseFrom(target.get(), node, entry);
    }
    node.setProperty(STATUS, back.name());
    for (String property : List.of(STATUS_BEFORE_MERGE, MERGED_INTO)) {
      if (node.hasProperty(property)) {
        node.getProperty(property).remove();
      }
    }
    bumpVersion(node);
    appendAudit(session, campaignId, id, entry);
    return moderated(node);
  }

  /** Takes {@code source} off the target's list; the target's history says so. */
  private void releaseFrom(Node target, Node source, AuditEntry entry) throws RepositoryException {
    List<String> from = mergedFrom(target);
    from.remove(source.getName());
    setMergedFrom(target, from);
    bumpVersion(target);
    appendAudit(
        session,
        campaignId,
        target.getName(),
        new AuditEntry(
            entry.at(),
            entry.actor(),
            entry.action(),
            readIdea(source).reference() + " is weer een los punt"));
  }

  private Node existing(String id) throws RepositoryException {
    return ideaNode(session, campaignId, id).orElseThrow(() -> new IdeaNotFoundException(id));
  }
}
