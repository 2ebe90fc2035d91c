package nl.alkmaar.wijkaanzet.vote;

import static nl.alkmaar.wijkaanzet.vote.JcrBallotBox.BALLOTS;
import static nl.alkmaar.wijkaanzet.vote.JcrBallotBox.JOURNALLED;
import static nl.alkmaar.wijkaanzet.vote.JcrBallotBox.TRIES;
import static nl.alkmaar.wijkaanzet.vote.JcrBallotBox.VOTERS;
import static nl.alkmaar.wijkaanzet.vote.JcrBallotBox.bucketOf;
import static nl.alkmaar.wijkaanzet.vote.JcrBallotBox.folder;
import static nl.alkmaar.wijkaanzet.vote.JcrBallotBox.stored;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javax.jcr.ItemExistsException;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import nl.alkmaar.wijkaanzet.jcr.FixedIdentifiers;
import nl.alkmaar.wijkaanzet.jcr.HeldSession;
import nl.alkmaar.wijkaanzet.jcr.JcrSessions;
import nl.alkmaar.wijkaanzet.jcr.NodeTypes;
import nl.alkmaar.wijkaanzet.jcr.RepositoryFailure;
import nl.alkmaar.wijkaanzet.jcr.Workspaces;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ballot journal's side of the box ({@link SqlBallotJournal}, {@link SqlBallotMover}): it marks
 * the box as fed by a journal, copies the journal's voters and ballots in, and reads the voters of
 * a box kept before the journal. Same folders, fixed identifiers and writer mark as {@link
 * JcrBallotBox}, whose live follower so leaves the copies out (the journal counts them).
 */
final class JcrBallotCopies {

  private static final Logger LOG = LoggerFactory.getLogger(JcrBallotCopies.class);

  private final JcrSessions sessions;
  private final String campaignId;
  private final String writerMark;

  /** The session of the one thread that copies ballots in ({@link #copyIn}). */
  private HeldSession copier;

  JcrBallotCopies(JcrSessions sessions, String campaignId, String writerMark) {
    this.sessions = sessions;
    this.campaignId = campaignId;
    this.writerMark = writerMark;
  }

  /** Marks the box as fed by a ballot journal (a host without one then takes no ballots). */
  void markJournalled() {
    sessions.write(
        Workspaces.VOTES,
        session -> {
          Node campaign = folder(session.getRootNode(), campaignId);
          if (!campaign.hasNode(JOURNALLED)) {
            folder(campaign, JOURNALLED);
          }
          return null;
        });
  }

  /**
   * Copies voters and ballots that the journal took into the box, in one save: a voter already here
   * is kept, a ballot is written (again) at its id. Only one thread may copy; it keeps a session of
   * its own between copies.
   */
  void copyIn(List<Registration> voters, List<Ballot> ballots) {
    RepositoryFailure failure = null;
    for (int attempt = 0; attempt < TRIES; attempt++) {
      try {
        if (copier == null) {
          copier = sessions.hold(Workspaces.VOTES);
        }
        copier.write(session -> copy(session, voters, ballots));
        return;
      } catch (RepositoryFailure e) {
        failure = e; // another host's mover added the same folder: the next try sees it
        LOG.debug("a copy of {} ballots met a change of another node", ballots.size(), e);
      }
    }
    throw failure;
  }

  private Void copy(Session session, List<Registration> voters, List<Ballot> ballots)
      throws RepositoryException {
    session.getWorkspace().getObservationManager().setUserData(writerMark);
    Node campaign = folder(session.getRootNode(), campaignId);
    Node register = folder(campaign, VOTERS);
    for (Registration voter : voters) {
      Node bucket = folder(register, voter.voterKey().substring(0, 2));
      if (bucket.hasNode(voter.voterKey())) {
        bucket.getNode(voter.voterKey()).setProperty("wz:method", voter.method());
        continue;
      }
      try {
        FixedIdentifiers.addNode(
            bucket,
            voter.voterKey(),
            NodeTypes.VOTER,
            FixedIdentifiers.of("wijkaanzet-voter", campaignId, voter.voterKey()),
            Map.of("wz:wijk", voter.wijk(), "wz:method", voter.method()));
      } catch (ItemExistsException copiedElsewhere) {
        LOG.debug("voter copied in by another host meanwhile");
      }
    }
    Node boxes = folder(campaign, BALLOTS);
    for (Ballot ballot : ballots) {
      Optional<Node> stored = stored(boxes, ballot);
      // A fixed identifier: a second copy of the same ballot (another host's mover before the
      // cluster showed it the first) is refused by the repository instead of added twice.
      Node node =
          stored.isPresent()
              ? stored.get()
              : FixedIdentifiers.addNode(
                  folder(folder(boxes, ballot.wijk()), bucketOf(ballot.id())),
                  ballot.id(),
                  NodeTypes.BALLOT,
                  FixedIdentifiers.of("wijkaanzet-ballot", campaignId, ballot.id()),
                  Map.of());
      JcrBallotNodes.write(node, ballot);
    }
    return null;
  }

  /** Every registered voter, for a journal that takes in a box kept before it. */
  void forEachVoter(Consumer<Registration> each) {
    sessions.read(
        Workspaces.VOTES,
        session -> {
          String path = "/" + campaignId + "/" + VOTERS;
          if (!session.nodeExists(path)) {
            return null;
          }
          for (NodeIterator buckets = session.getNode(path).getNodes(); buckets.hasNext(); ) {
            for (NodeIterator it = buckets.nextNode().getNodes(); it.hasNext(); ) {
              Node voter = it.nextNode();
              each.accept(
                  new Registration(
                      voter.getName(),
                      voter.getProperty("wz:wijk").getString(),
                      voter.getProperty("wz:method").getString()));
            }
          }
          return null;
        });
  }

  synchronized void close() {
    if (copier != null) {
      copier.close();
      copier = null;
    }
  }
}
