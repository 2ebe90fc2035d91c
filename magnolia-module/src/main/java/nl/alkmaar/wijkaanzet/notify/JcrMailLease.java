package nl.alkmaar.wijkaanzet.notify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import nl.alkmaar.wijkaanzet.jcr.FixedIdentifiers;
import nl.alkmaar.wijkaanzet.jcr.JcrSessions;
import nl.alkmaar.wijkaanzet.jcr.NodeTypes;
import nl.alkmaar.wijkaanzet.jcr.RepositoryFailure;
import nl.alkmaar.wijkaanzet.jcr.Workspaces;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lease on sending a campaign's mail, in the repository the cluster shares: {@code
 * /<campaign>/private/mailLease} with its holder and the moment it runs out. The repository makes
 * the turn-taking safe: two nodes taking a free lease at once both add a node with the same
 * identifier, two renewing or taking over both change the same properties, and in either case the
 * second save is refused (it meets the first under the cluster journal's lock).
 *
 * <p>Times are wall-clock times ({@code wall}), never the campaign's clock (which tests and demos
 * set): the nodes' clocks must agree to within a fraction of {@code length} (NTP does that).
 */
public final class JcrMailLease implements MailLease {

  private static final Logger LOG = LoggerFactory.getLogger(JcrMailLease.class);
  static final String NAME = "mailLease";
  private static final String HOLDER = "wz:holder";
  private static final String UNTIL = "wz:until";

  private final JcrSessions sessions;
  private final String campaignId;
  private final String holder;
  private final Clock wall;
  private final Duration length;
  private volatile boolean held;

  public JcrMailLease(
      JcrSessions sessions, String campaignId, String holder, Clock wall, Duration length) {
    this.sessions = sessions;
    this.campaignId = campaignId;
    this.holder = holder;
    this.wall = wall;
    this.length = length;
  }

  @Override
  public boolean hold() {
    boolean now;
    try {
      now = sessions.write(Workspaces.CONTENT, this::takeOrExtend);
    } catch (RepositoryFailure e) {
      LOG.debug("another host took the mail lease at the same moment", e);
      now = false;
    }
    if (now != held) {
      LOG.info(now ? "this host sends the mail now ({})" : "another host sends the mail", holder);
      held = now;
    }
    return now;
  }

  private boolean takeOrExtend(Session session) throws RepositoryException {
    if (!session.getRootNode().hasNode(campaignId)) {
      return false; // nothing to send for a campaign that is not there
    }
    Node parent = folder(session.getRootNode().getNode(campaignId), Workspaces.PRIVATE_FOLDER);
    Instant now = wall.instant();
    String until = now.plus(length).toString();
    if (!parent.hasNode(NAME)) {
      FixedIdentifiers.addNode(
          parent,
          NAME,
          NodeTypes.FOLDER,
          FixedIdentifiers.of("wijkaanzet-mail-lease", campaignId),
          Map.of(HOLDER, holder, UNTIL, until));
      return true;
    }
    Node lease = parent.getNode(NAME);
    boolean ours = holder.equals(lease.getProperty(HOLDER).getString());
    if (!ours && Instant.parse(lease.getProperty(UNTIL).getString()).isAfter(now)) {
      return false;
    }
    lease.setProperty(HOLDER, holder);
    lease.setProperty(UNTIL, until);
    return true;
  }

  @Override
  public void release() {
    try {
      sessions.write(
          Workspaces.CONTENT,
          session -> {
            String path = "/" + campaignId + "/" + Workspaces.PRIVATE_FOLDER + "/" + NAME;
            if (session.nodeExists(path)) {
              Node lease = session.getNode(path);
              if (holder.equals(lease.getProperty(HOLDER).getString())) {
                lease.setProperty(UNTIL, wall.instant().toString());
              }
            }
            return null;
          });
      held = false;
    } catch (RepositoryFailure e) {
      LOG.debug("the mail lease could not be handed back; it runs out by itself", e);
    }
  }

  private static Node folder(Node parent, String name) throws RepositoryException {
    return parent.hasNode(name) ? parent.getNode(name) : parent.addNode(name, NodeTypes.FOLDER);
  }
}
