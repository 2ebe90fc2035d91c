package nl.alkmaar.wijkaanzet.idea;

import static nl.alkmaar.wijkaanzet.idea.JcrIdeaNodes.MERGED_INTO;
import static nl.alkmaar.wijkaanzet.idea.JcrIdeaNodes.STATUS;
import static nl.alkmaar.wijkaanzet.idea.JcrIdeaNodes.STATUS_BEFORE_MERGE;
import static nl.alkmaar.wijkaanzet.idea.JcrIdeaNodes.appendAudit;
import static nl.alkmaar.wijkaanzet.idea.JcrIdeaNodes.beforeMerge;
import static nl.alkmaar.wijkaanzet.idea.JcrIdeaNodes.bumpVersion;
import static nl.alkmaar.wijkaanzet.idea.JcrIdeaNodes.ideaNode;
import static nl.alkmaar.wijkaanzet.idea.JcrIdeaNodes.moderated;
import static nl.alkmaar.wijkaanzet.idea.JcrIdeaNodes.requireVersion;
import static nl.alkmaar.wijkaanzet.idea.JcrIdeaNodes.setMergedFrom;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

/**
 * Merge and undo-merge inside one JCR write: reads the nodes, lets {@link Merge} or {@link
 * UndoMerge} decide, writes what they said. Nothing is deleted: a merged point keeps its text,
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
    Map<String, Node> sources = new LinkedHashMap<>();
    List<ModeratedIdea> sourceIdeas = new ArrayList<>();
    for (IdeaVersion source : merge.sources()) {
      Node node = existing(source.id());
      requireVersion(node, source.version());
      sources.put(node.getName(), node);
      sourceIdeas.add(moderated(node));
    }
    Merge.Change change = merge.decide(moderated(target), sourceIdeas);
    for (Merge.MergedSource merged : change.sources()) {
      Node source = sources.get(merged.id());
      source.setProperty(STATUS, merged.status().name());
      source.setProperty(STATUS_BEFORE_MERGE, merged.before().name());
      source.setProperty(MERGED_INTO, target.getName());
      bumpVersion(source);
      appendAudit(session, campaignId, merged.id(), merged.entry());
    }
    setMergedFrom(target, change.targetMergedFrom());
    bumpVersion(target);
    appendAudit(session, campaignId, target.getName(), change.entry());
    return moderated(target);
  }

  ModeratedIdea undo(String id, long expectedVersion, UndoMerge undo) throws RepositoryException {
    Node node = existing(id);
    requireVersion(node, expectedVersion);
    Optional<Node> target =
        node.hasProperty(MERGED_INTO)
            ? ideaNode(session, campaignId, node.getProperty(MERGED_INTO).getString())
            : Optional.empty();
    UndoMerge.Change change =
        undo.decide(
            new ModerationDecision.Current(moderated(node), beforeMerge(node)),
            target.isPresent() ? Optional.of(moderated(target.get())) : Optional.empty());
    if (change.release().isPresent()) {
      UndoMerge.Release release = change.release().get();
      setMergedFrom(target.get(), release.mergedFrom());
      bumpVersion(target.get());
      appendAudit(session, campaignId, release.targetId(), release.entry());
    }
    node.setProperty(STATUS, change.status().name());
    for (String property : List.of(STATUS_BEFORE_MERGE, MERGED_INTO)) {
      if (node.hasProperty(property)) {
        node.getProperty(property).remove();
      }
    }
    bumpVersion(node);
    appendAudit(session, campaignId, id, change.entry());
    return moderated(node);
  }

  private Node existing(String id) throws RepositoryException {
    return ideaNode(session, campaignId, id).orElseThrow(() -> new IdeaNotFoundException(id));
  }
}
