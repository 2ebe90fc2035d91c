package nl.alkmaar.wijkaanzet.idea;

import static nl.alkmaar.wijkaanzet.jcr.JcrValues.calendar;
import static nl.alkmaar.wijkaanzet.jcr.JcrValues.child;
import static nl.alkmaar.wijkaanzet.jcr.JcrValues.instant;
import static nl.alkmaar.wijkaanzet.jcr.JcrValues.setText;
import static nl.alkmaar.wijkaanzet.jcr.JcrValues.text;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.jcr.Binary;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.ValueFactory;
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

  static final String PRIVATE = Workspaces.PRIVATE_FOLDER;
  private static final String SUBMITTERS = "submitters";
  private static final String AUDIT = "audit";
  private static final String PHOTO = "photo";
  private static final String VERSION = "wz:version";

  private final JcrSessions sessions;
  private final JcrOutbox outbox;

  public JcrIdeaStore(JcrSessions sessions, JcrOutbox outbox) {
    this.sessions = sessions;
    this.outbox = outbox;
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
            writePhoto(session, ideaNode.addNode(PHOTO, NodeTypes.PHOTO), photo.get());
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
          if (idea.isEmpty() || !idea.get().hasNode(PHOTO)) {
            return Optional.empty();
          }
          Binary binary =
              idea.get()
                  .getNode(PHOTO)
                  .getProperty(thumbnail ? "wz:thumbnail" : "wz:image")
                  .getBinary();
          try (InputStream in = binary.getStream()) {
            return Optional.of(in.readAllBytes());
          } catch (IOException e) {
            throw new RepositoryException("photo of " + id + " unreadable", e);
          } finally {
            binary.dispose();
          }
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
          return node.isPresent()
              ? Optional.of(new ModeratedIdea(readIdea(node.get()), version(node.get())))
              : Optional.empty();
        });
  }

  @Override
  public List<ModeratedIdea> queue(String campaignId, String wijk, IdeaStatus status) {
    return sessions.read(
        Workspaces.CONTENT,
        session -> {
          List<ModeratedIdea> queue = new ArrayList<>();
          String path = "/" + campaignId + "/" + wijk;
          if (session.nodeExists(path)) {
            for (NodeIterator it = session.getNode(path).getNodes(); it.hasNext(); ) {
              Node node = it.nextNode();
              if (node.isNodeType(NodeTypes.IDEA)
                  && status.name().equals(text(node, "wz:status"))) {
                queue.add(new ModeratedIdea(readIdea(node), version(node)));
              }
            }
          }
          queue.sort(Comparator.comparing(moderated -> moderated.idea().submittedAt()));
          return queue;
        });
  }

  @Override
  public ModeratedIdea moderate(
      String campaignId,
      String id,
      long expectedVersion,
      ModerationAction action,
      AuditEntry entry,
      Optional<OutboxMessage> mail) {
    return sessions.write(
        Workspaces.CONTENT,
        session -> {
          Node node =
              ideaNode(session, campaignId, id)
                  .orElseThrow(() -> new IllegalArgumentException("no point " + id));
          if (version(node) != expectedVersion) {
            throw new StaleVersionException();
          }
          IdeaStatus from = IdeaStatus.valueOf(text(node, "wz:status"));
          IdeaStatus to = IdeaLifecycle.next(from, action, beforeMerge(node));
          if (action == ModerationAction.MERGE) {
            node.setProperty("wz:statusBeforeMerge", from.name());
          }
          node.setProperty("wz:status", to.name());
          node.setProperty(VERSION, expectedVersion + 1);
          appendAudit(session, campaignId, id, entry);
          if (mail.isPresent()) {
            outbox.enqueue(session, mail.get());
          }
          return new ModeratedIdea(readIdea(node), expectedVersion + 1);
        });
  }

  private static Optional<IdeaStatus> beforeMerge(Node node) throws RepositoryException {
    String before = text(node, "wz:statusBeforeMerge");
    return before == null ? Optional.empty() : Optional.of(IdeaStatus.valueOf(before));
  }

  private static long version(Node node) throws RepositoryException {
    return node.hasProperty(VERSION) ? node.getProperty(VERSION).getLong() : 0;
  }

  @Override
  public SubmissionStatistics statistics(String campaignId) {
    return sessions.read(
        Workspaces.CONTENT,
        session -> {
          Map<String, Integer> byWijk = new TreeMap<>();
          Map<String, Integer> byChannel = new TreeMap<>();
          Map<String, Integer> byAgeGroup = new TreeMap<>();
          int total = 0;
          if (session.nodeExists("/" + campaignId)) {
            for (NodeIterator wijken = session.getNode("/" + campaignId).getNodes();
                wijken.hasNext(); ) {
              Node wijk = wijken.nextNode();
              if (!wijk.isNodeType(NodeTypes.WIJK)) {
                continue;
              }
              for (NodeIterator ideas = wijk.getNodes(); ideas.hasNext(); ) {
                Node idea = ideas.nextNode();
                if (idea.isNodeType(NodeTypes.IDEA)) {
                  total++;
                  byWijk.merge(wijk.getName(), 1, Integer::sum);
                  byChannel.merge(text(idea, "wz:channel"), 1, Integer::sum);
                  String age = text(idea, "wz:ageGroup");
                  byAgeGroup.merge(age == null ? "onbekend" : age, 1, Integer::sum);
                }
              }
            }
          }
          return new SubmissionStatistics(total, byWijk, byChannel, byAgeGroup);
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
                  text(node, "wz:name"), text(node, "wz:email"), instant(node, "wz:consentAt")));
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

  /** Finds a point by id in any wijk of the campaign (ids are unique per campaign). */
  private static Optional<Node> ideaNode(Session session, String campaignId, String id)
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

  private static Node privateFolder(Session session, String campaignId, String name)
      throws RepositoryException {
    Node campaign = session.getRootNode().getNode(campaignId);
    return child(child(campaign, PRIVATE, NodeTypes.FOLDER), name, NodeTypes.FOLDER);
  }

  private static void appendAudit(Session session, String campaignId, String id, AuditEntry entry)
      throws RepositoryException {
    Node trail = child(privateFolder(session, campaignId, AUDIT), id, NodeTypes.FOLDER);
    Node node =
        trail.addNode(String.format("%04d", trail.getNodes().getSize()), NodeTypes.AUDIT_ENTRY);
    node.setProperty("wz:at", calendar(entry.at()));
    node.setProperty("wz:actor", entry.actor());
    node.setProperty("wz:action", entry.action());
    setText(node, "wz:detail", entry.detail());
  }

  private static void writeIdea(Node node, Idea idea) throws RepositoryException {
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

  private static void writePhoto(Session session, Node node, Photo photo)
      throws RepositoryException {
    ValueFactory values = session.getValueFactory();
    node.setProperty("wz:image", values.createBinary(new ByteArrayInputStream(photo.image())));
    node.setProperty(
        "wz:thumbnail", values.createBinary(new ByteArrayInputStream(photo.thumbnail())));
    node.setProperty("wz:width", photo.width());
    node.setProperty("wz:height", photo.height());
  }

  private static void writeSubmitter(Node node, Submitter submitter) throws RepositoryException {
    node.setProperty("wz:name", submitter.name());
    setText(node, "wz:email", submitter.email());
    node.setProperty("wz:consentAt", calendar(submitter.consentAt()));
  }

  private static Idea readIdea(Node node) throws RepositoryException {
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
