package nl.alkmaar.wijkaanzet.notify;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.query.Query;
import javax.jcr.query.QueryManager;
import nl.alkmaar.wijkaanzet.jcr.JcrSessions;
import nl.alkmaar.wijkaanzet.jcr.NodeTypes;
import nl.alkmaar.wijkaanzet.jcr.Workspaces;

/**
 * The outbox in the {@code wijkaanzet} workspace at {@code /<campaign>/private/outbox/<id>}, one
 * {@code wz:outboxMessage} node per mail. It lives below {@code private} because messages hold
 * addresses and names, which no public endpoint reads.
 *
 * <p>Features enqueue with {@link #enqueue(Session, OutboxMessage)} inside their own {@code
 * JcrSessions.write}, so the mail is saved in the same save as the change it reports: if that save
 * fails, there is no mail either. After the write, a call to {@code OutboxDispatcher.wakeUp()}
 * sends it at once instead of at the next poll.
 */
public final class JcrOutbox implements Outbox {

  static final String FOLDER = "outbox";
  static final String PRIVATE = Workspaces.PRIVATE_FOLDER;

  private static final String KIND = "wz:kind";
  private static final String RECIPIENT = "wz:recipient";
  private static final String SUBJECT = "wz:subject";
  private static final String TEXT_BODY = "wz:textBody";
  private static final String HTML_BODY = "wz:htmlBody";
  private static final String CREATED_AT = "wz:createdAt";
  private static final String ATTEMPTS = "wz:attempts";
  private static final String NEXT_ATTEMPT_AT = "wz:nextAttemptAt";
  private static final String STATUS = "wz:status";
  private static final String LAST_ERROR = "wz:lastError";
  private static final String SENT_AT = "wz:sentAt";
  private static final String UNSUBSCRIBE = "wz:unsubscribe";

  private final JcrSessions sessions;
  private final String campaignId;

  public JcrOutbox(JcrSessions sessions, String campaignId) {
    this.sessions = sessions;
    this.campaignId = campaignId;
  }

  /** {@code /<campaign>/private/outbox}. */
  public String folderPath() {
    return "/" + campaignId + "/" + PRIVATE + "/" + FOLDER;
  }

  /** Adds the message to the caller's unsaved changes; the caller's write saves it. */
  public void enqueue(Session session, OutboxMessage message) throws RepositoryException {
    Node folder = folder(session);
    if (folder.hasNode(message.id())) {
      throw new RepositoryException("outbox message " + message.id() + " exists already");
    }
    write(folder.addNode(message.id(), NodeTypes.OUTBOX_MESSAGE), message);
  }

  @Override
  public void enqueue(OutboxMessage message) {
    sessions.write(
        Workspaces.CONTENT,
        session -> {
          enqueue(session, message);
          return null;
        });
  }

  @Override
  public List<OutboxMessage> due(Instant now, int limit) {
    return sessions.read(
        Workspaces.CONTENT,
        session -> {
          if (!session.nodeExists(folderPath())) {
            return List.of();
          }
          QueryManager queries = session.getWorkspace().getQueryManager();
          Query query = queries.createQuery(dueQuery(), Query.JCR_SQL2);
          query.bindValue(
              "status", session.getValueFactory().createValue(OutboxStatus.PENDING.name()));
          query.bindValue("now", session.getValueFactory().createValue(calendar(now)));
          query.setLimit(limit);
          List<OutboxMessage> due = new ArrayList<>();
          for (NodeIterator it = query.execute().getNodes(); it.hasNext(); ) {
            due.add(read(it.nextNode()));
          }
          return due;
        });
  }

  @Override
  public List<OutboxMessage> failed(int limit) {
    return sessions.read(
        Workspaces.CONTENT,
        session -> {
          if (!session.nodeExists(folderPath())) {
            return List.of();
          }
          Query query =
              session
                  .getWorkspace()
                  .getQueryManager()
                  .createQuery(
                      "SELECT * FROM ["
                          + NodeTypes.OUTBOX_MESSAGE
                          + "] AS m WHERE ISCHILDNODE(m, ["
                          + folderPath()
                          + "]) AND m.["
                          + STATUS
                          + "] = $status ORDER BY m.["
                          + CREATED_AT
                          + "] DESC",
                      Query.JCR_SQL2);
          query.bindValue(
              "status", session.getValueFactory().createValue(OutboxStatus.FAILED.name()));
          query.setLimit(limit);
          List<OutboxMessage> failed = new ArrayList<>();
          for (NodeIterator it = query.execute().getNodes(); it.hasNext(); ) {
            failed.add(read(it.nextNode()));
          }
          return failed;
        });
  }

  /**
   * A query rather than a walk over the folder: sent messages stay for the record, and the search
   * index keeps the poll cheap however many there are.
   */
  private String dueQuery() {
    return "SELECT * FROM ["
        + NodeTypes.OUTBOX_MESSAGE
        + "] AS m WHERE ISCHILDNODE(m, ["
        + folderPath()
        + "]) AND m.["
        + STATUS
        + "] = $status AND m.["
        + NEXT_ATTEMPT_AT
        + "] <= $now ORDER BY m.["
        + NEXT_ATTEMPT_AT
        + "], m.["
        + CREATED_AT
        + "]";
  }

  @Override
  public Optional<OutboxMessage> find(String id) {
    return sessions.read(
        Workspaces.CONTENT,
        session -> {
          String path = folderPath() + "/" + id;
          return session.nodeExists(path)
              ? Optional.of(read(session.getNode(path)))
              : Optional.empty();
        });
  }

  @Override
  public void markSent(String id, Instant sentAt) {
    update(
        id,
        node -> {
          countAttempt(node);
          node.setProperty(STATUS, OutboxStatus.SENT.name());
          node.setProperty(SENT_AT, calendar(sentAt));
          clear(node, NEXT_ATTEMPT_AT);
        });
  }

  @Override
  public void markFailed(String id, String error, Instant nextAttemptAt) {
    update(
        id,
        node -> {
          countAttempt(node);
          node.setProperty(LAST_ERROR, MailFailure.safe(error));
          node.setProperty(NEXT_ATTEMPT_AT, calendar(nextAttemptAt));
        });
  }

  @Override
  public void giveUp(String id, String error, Instant at) {
    update(
        id,
        node -> {
          countAttempt(node);
          node.setProperty(STATUS, OutboxStatus.FAILED.name());
          node.setProperty(LAST_ERROR, MailFailure.safe(error));
          clear(node, NEXT_ATTEMPT_AT);
        });
  }

  private interface JcrNodeChange {
    void apply(Node node) throws RepositoryException;
  }

  private void update(String id, JcrNodeChange change) {
    sessions.write(
        Workspaces.CONTENT,
        session -> {
          String path = folderPath() + "/" + id;
          if (!session.nodeExists(path)) {
            throw new IllegalStateException("no outbox message " + id);
          }
          change.apply(session.getNode(path));
          return null;
        });
  }

  private static void countAttempt(Node node) throws RepositoryException {
    node.setProperty(ATTEMPTS, node.getProperty(ATTEMPTS).getLong() + 1);
  }

  private static void clear(Node node, String property) throws RepositoryException {
    if (node.hasProperty(property)) {
      node.getProperty(property).remove();
    }
  }

  private Node folder(Session session) throws RepositoryException {
    if (!session.getRootNode().hasNode(campaignId)) {
      throw new RepositoryException("no campaign " + campaignId + " to keep an outbox for");
    }
    Node campaign = session.getRootNode().getNode(campaignId);
    Node privateData = childOrNew(campaign, PRIVATE);
    return childOrNew(privateData, FOLDER);
  }

  private static Node childOrNew(Node parent, String name) throws RepositoryException {
    return parent.hasNode(name) ? parent.getNode(name) : parent.addNode(name, NodeTypes.FOLDER);
  }

  private static void write(Node node, OutboxMessage message) throws RepositoryException {
    node.setProperty(KIND, message.kind());
    node.setProperty(RECIPIENT, message.recipient());
    node.setProperty(SUBJECT, message.subject());
    node.setProperty(TEXT_BODY, message.textBody());
    if (message.htmlBody() != null) {
      node.setProperty(HTML_BODY, message.htmlBody());
    }
    node.setProperty(CREATED_AT, calendar(message.createdAt()));
    node.setProperty(ATTEMPTS, message.attempts());
    node.setProperty(STATUS, message.status().name());
    if (message.nextAttemptAt() != null) {
      node.setProperty(NEXT_ATTEMPT_AT, calendar(message.nextAttemptAt()));
    }
    if (message.lastError() != null) {
      node.setProperty(LAST_ERROR, MailFailure.safe(message.lastError()));
    }
    if (message.sentAt() != null) {
      node.setProperty(SENT_AT, calendar(message.sentAt()));
    }
    if (message.unsubscribe() != null) {
      node.setProperty(UNSUBSCRIBE, message.unsubscribe());
    }
  }

  /** What stands in for an address and a text once they were deleted after the campaign. */
  public static final String FORGOTTEN = "(verwijderd)";

  @Override
  public Contents contents() {
    return sessions.read(
        Workspaces.CONTENT,
        session -> {
          int waiting = 0;
          int withAddress = 0;
          if (session.nodeExists(folderPath())) {
            for (NodeIterator it = session.getNode(folderPath()).getNodes(); it.hasNext(); ) {
              Node node = it.nextNode();
              if (OutboxStatus.PENDING.name().equals(text(node, STATUS))) {
                waiting++;
              } else if (!FORGOTTEN.equals(text(node, RECIPIENT))) {
                withAddress++;
              }
            }
          }
          return new Contents(waiting, withAddress);
        });
  }

  @Override
  public int forgetAddresses() {
    List<String> done =
        sessions.read(
            Workspaces.CONTENT,
            session -> {
              List<String> paths = new ArrayList<>();
              if (session.nodeExists(folderPath())) {
                for (NodeIterator it = session.getNode(folderPath()).getNodes(); it.hasNext(); ) {
                  Node node = it.nextNode();
                  if (!OutboxStatus.PENDING.name().equals(text(node, STATUS))
                      && !FORGOTTEN.equals(text(node, RECIPIENT))) {
                    paths.add(node.getPath());
                  }
                }
              }
              return paths;
            });
    for (int from = 0; from < done.size(); from += 1_000) {
      List<String> part = done.subList(from, Math.min(done.size(), from + 1_000));
      sessions.write(
          Workspaces.CONTENT,
          session -> {
            for (String path : part) {
              if (session.nodeExists(path)) {
                Node node = session.getNode(path);
                node.setProperty(RECIPIENT, FORGOTTEN);
                node.setProperty(SUBJECT, FORGOTTEN);
                node.setProperty(TEXT_BODY, FORGOTTEN);
                clear(node, HTML_BODY);
                clear(node, LAST_ERROR);
                clear(node, UNSUBSCRIBE);
              }
            }
            return null;
          });
    }
    return done.size();
  }

  private static OutboxMessage read(Node node) throws RepositoryException {
    return new OutboxMessage(
        node.getName(),
        text(node, KIND),
        text(node, RECIPIENT),
        text(node, SUBJECT),
        text(node, TEXT_BODY),
        text(node, HTML_BODY),
        instant(node, CREATED_AT),
        (int) node.getProperty(ATTEMPTS).getLong(),
        instant(node, NEXT_ATTEMPT_AT),
        OutboxStatus.valueOf(text(node, STATUS)),
        text(node, LAST_ERROR),
        instant(node, SENT_AT),
        text(node, UNSUBSCRIBE));
  }

  private static String text(Node node, String property) throws RepositoryException {
    return node.hasProperty(property) ? node.getProperty(property).getString() : null;
  }

  private static Instant instant(Node node, String property) throws RepositoryException {
    return node.hasProperty(property) ? node.getProperty(property).getDate().toInstant() : null;
  }

  /** JCR dates keep milliseconds; UTC so the stored value reads the same on every server. */
  private static Calendar calendar(Instant instant) {
    GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
    calendar.setTimeInMillis(instant.toEpochMilli());
    return calendar;
  }
}
