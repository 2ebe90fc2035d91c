package nl.alkmaar.wijkaanzet.idea;

import static nl.alkmaar.wijkaanzet.idea.JcrIdeaNodes.AUDIT;
import static nl.alkmaar.wijkaanzet.idea.JcrIdeaNodes.PRIVATE;
import static nl.alkmaar.wijkaanzet.idea.JcrIdeaNodes.SUBMITTERS;
import static nl.alkmaar.wijkaanzet.idea.JcrIdeaNodes.appendAudit;
import static nl.alkmaar.wijkaanzet.idea.JcrIdeaNodes.ideaNode;
import static nl.alkmaar.wijkaanzet.idea.JcrIdeaNodes.moderated;
import static nl.alkmaar.wijkaanzet.idea.JcrIdeaNodes.privateFolder;
import static nl.alkmaar.wijkaanzet.idea.JcrIdeaNodes.readIdea;
import static nl.alkmaar.wijkaanzet.idea.JcrIdeaNodes.writeIdea;
import static nl.alkmaar.wijkaanzet.jcr.JcrValues.calendar;
import static nl.alkmaar.wijkaanzet.jcr.JcrValues.instant;
import static nl.alkmaar.wijkaanzet.jcr.JcrValues.setText;
import static nl.alkmaar.wijkaanzet.jcr.JcrValues.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import nl.alkmaar.wijkaanzet.idea.photo.JcrPhotos;
import nl.alkmaar.wijkaanzet.idea.photo.Photo;
import nl.alkmaar.wijkaanzet.jcr.JcrSessions;
import nl.alkmaar.wijkaanzet.jcr.NodeTypes;
import nl.alkmaar.wijkaanzet.jcr.Workspaces;
import nl.alkmaar.wijkaanzet.notify.JcrOutbox;
import nl.alkmaar.wijkaanzet.notify.OutboxMessage;

/**
 * Points in the {@code wijkaanzet} workspace: {@code /<campaign>/<wijk>/<id>} holds only what may
 * be published; {@code /<campaign>/private/submitters/<id>} and {@code .../audit/<id>} hold the
 * personal data and the history, so no public reader can reach them by walking the wijk.
 */
public final class JcrIdeaStore implements IdeaStore {

  private final JcrSessions sessions;
  private final JcrOutbox outbox;
  private final JcrIdeaCounts counts;

  public JcrIdeaStore(JcrSessions sessions, JcrOutbox outbox) {
    this.sessions = sessions;
    this.outbox = outbox;
    this.counts = new JcrIdeaCounts(sessions);
  }

  @Override
  public void create(
      Idea idea,
      Submitter submitter,
      AuditEntry created,
      Optional<Photo> photo,
      Optional<OutboxMessage> mail) {
    sessions.write(
        Workspaces.CONTENT,
        session -> {
          Node wijk = session.getRootNode().getNode(idea.campaignId()).getNode(idea.wijk());
          if (wijk.hasNode(idea.id())) {
            throw new IllegalStateException("reference already used: " + idea.reference());
          }
          Node ideaNode = wijk.addNode(idea.id(), NodeTypes.IDEA);
          writeIdea(ideaNode, idea);
          if (photo.isPresent()) {
            JcrPhotos.add(ideaNode, photo.get());
          }
          writeSubmitter(
              privateFolder(session, idea.campaignId(), SUBMITTERS)
                  .addNode(idea.id(), NodeTypes.SUBMITTER),
              submitter);
          appendAudit(session, idea.campaignId(), idea.id(), created);
          if (mail.isPresent()) {
            outbox.enqueue(session, mail.get());
          }
          return null;
        });
  }

  @Override
  public Optional<Idea> find(String campaignId, String id) {
    return sessions.read(
        Workspaces.CONTENT,
        session -> {
          Optional<Node> node = ideaNode(session, campaignId, id);
          return node.isPresent() ? Optional.of(readIdea(node.get())) : Optional.empty();
        });
  }

  @Override
  public Optional<byte[]> photo(String campaignId, String id, boolean thumbnail) {
    return sessions.read(
        Workspaces.CONTENT,
        session -> {
          Optional<Node> idea = ideaNode(session, campaignId, id);
          return idea.isEmpty()
              ? Optional.empty()
              : Optional.ofNullable(JcrPhotos.read(idea.get(), thumbnail));
        });
  }

  @Override
  public List<Idea> published(String campaignId, String wijk) {
    return sessions.read(
        Workspaces.CONTENT,
        session -> {
          String path = "/" + campaignId + "/" + wijk;
          List<Idea> ideas = new ArrayList<>();
          if (!session.nodeExists(path)) {
            return ideas;
          }
          for (NodeIterator it = session.getNode(path).getNodes(); it.hasNext(); ) {
            Node node = it.nextNode();
            if (node.isNodeType(NodeTypes.IDEA)
                && IdeaStatus.GEPUBLICEERD.name().equals(text(node, "wz:status"))) {
              ideas.add(readIdea(node));
            }
          }
          ideas.sort(Comparator.comparing(Idea::submittedAt).reversed());
          return ideas;
        });
  }

  @Override
  public Optional<ModeratedIdea> forModeration(String campaignId, String id) {
    return sessions.read(
        Workspaces.CONTENT,
        session -> {
          Optional<Node> node = ideaNode(session, campaignId, id);
          return node.isPresent() ? Optional.of(moderated(node.get())) : Optional.empty();
        });
  }

  @Override
  public List<ModeratedIdea> queue(String campaignId, String wijk, IdeaStatus status) {
    return inWijk(campaignId, wijk).stream()
        .filter(moderated -> moderated.idea().status() == status)
        .toList();
  }

  @Override
  public List<ModeratedIdea> inWijk(String campaignId, String wijk) {
    return sessions.read(
        Workspaces.CONTENT,
        session -> {
          List<ModeratedIdea> points = new ArrayList<>();
          String path = "/" + campaignId + "/" + wijk;
          if (session.nodeExists(path)) {
            for (NodeIterator it = session.getNode(path).getNodes(); it.hasNext(); ) {
              Node node = it.nextNode();
              if (node.isNodeType(NodeTypes.IDEA)) {
                points.add(moderated(node));
              }
            }
          }
          points.sort(Comparator.comparing(moderated -> moderated.idea().submittedAt()));
          return points;
        });
  }

  @Override
  public Map<String, Map<IdeaStatus, Integer>> statusCounts(String campaignId) {
    return counts.byWijkAndStatus(campaignId);
  }

  @Override
  public SubmissionStatistics statistics(String campaignId) {
    return counts.statistics(campaignId);
  }

  @Override
  public ModeratedIdea moderate(
      String campaignId, String id, long expectedVersion, ModerationDecision decision) {
    return sessions.write(
        Workspaces.CONTENT,
        session -> {
          Node node = existing(session, campaignId, id);
          JcrIdeaNodes.requireVersion(node, expectedVersion);
          ModerationDecision.Change change =
              decision.decide(
                  new ModerationDecision.Current(moderated(node), JcrIdeaNodes.beforeMerge(node)));
          node.setProperty(JcrIdeaNodes.STATUS, change.status().name());
          JcrIdeaNodes.bumpVersion(node);
          appendAudit(session, campaignId, id, change.entry());
          enqueueAll(session, change.messages());
          return moderated(node);
        });
  }

  @Override
  public ModeratedIdea correct(
      String campaignId, String id, long expectedVersion, Correction correction) {
    return sessions.write(
        Workspaces.CONTENT,
        session -> {
          Node node = existing(session, campaignId, id);
          JcrIdeaNodes.requireVersion(node, expectedVersion);
          AuditEntry entry = correction.decide(moderated(node));
          JcrIdeaNodes.writeText(node, correction.text());
          JcrIdeaNodes.bumpVersion(node);
          appendAudit(session, campaignId, id, entry);
          return moderated(node);
        });
  }

  @Override
  public ModeratedIdea merge(String campaignId, Merge merge) {
    return sessions.write(
        Workspaces.CONTENT,
        session -> {
          JcrMerges merges = new JcrMerges(session, campaignId);
          ModeratedIdea result = merges.merge(merge);
          enqueueAll(session, merge.messages());
          return result;
        });
  }

  @Override
  public ModeratedIdea undoMerge(
      String campaignId, String id, long expectedVersion, UndoMerge undo) {
    return sessions.write(
        Workspaces.CONTENT,
        session -> new JcrMerges(session, campaignId).undo(id, expectedVersion, undo));
  }

  private void enqueueAll(Session session, List<OutboxMessage> messages)
      throws RepositoryException {
    for (OutboxMessage message : messages) {
      outbox.enqueue(session, message);
    }
  }

  private static Node existing(Session session, String campaignId, String id)
      throws RepositoryException {
    return ideaNode(session, campaignId, id).orElseThrow(() -> new IdeaNotFoundException(id));
  }

  @Override
  public int submitterCount(String campaignId) {
    return sessions.read(
        Workspaces.CONTENT,
        session -> {
          String path = "/" + campaignId + "/" + PRIVATE + "/" + SUBMITTERS;
          return session.nodeExists(path) ? (int) session.getNode(path).getNodes().getSize() : 0;
        });
  }

  @Override
  public int forgetSubmitters(String campaignId) {
    return sessions.write(
        Workspaces.CONTENT,
        session -> {
          String path = "/" + campaignId + "/" + PRIVATE + "/" + SUBMITTERS;
          if (!session.nodeExists(path)) {
            return 0;
          }
          Node submitters = session.getNode(path);
          int count = (int) submitters.getNodes().getSize();
          submitters.remove();
          return count;
        });
  }

  @Override
  public Optional<Submitter> submitter(String campaignId, String id) {
    return sessions.read(
        Workspaces.CONTENT,
        session -> {
          String path = "/" + campaignId + "/" + PRIVATE + "/" + SUBMITTERS + "/" + id;
          if (!session.nodeExists(path)) {
            return Optional.empty();
          }
          Node node = session.getNode(path);
          return Optional.of(
              new Submitter(
                  text(node, "wz:name"),
                  text(node, "wz:email"),
                  instant(node, "wz:consentAt"),
                  text(node, "wz:language")));
        });
  }

  @Override
  public List<AuditEntry> history(String campaignId, String id) {
    return sessions.read(
        Workspaces.CONTENT,
        session -> {
          String path = "/" + campaignId + "/" + PRIVATE + "/" + AUDIT + "/" + id;
          List<AuditEntry> entries = new ArrayList<>();
          if (session.nodeExists(path)) {
            for (NodeIterator it = session.getNode(path).getNodes(); it.hasNext(); ) {
              Node node = it.nextNode();
              entries.add(
                  new AuditEntry(
                      instant(node, "wz:at"),
                      text(node, "wz:actor"),
                      text(node, "wz:action"),
                      text(node, "wz:detail")));
            }
          }
          return entries;
        });
  }

  private static void writeSubmitter(Node node, Submitter submitter) throws RepositoryException {
    node.setProperty("wz:name", submitter.name());
    setText(node, "wz:email", submitter.email());
    node.setProperty("wz:consentAt", calendar(submitter.consentAt()));
    node.setProperty("wz:language", submitter.language());
  }
}
