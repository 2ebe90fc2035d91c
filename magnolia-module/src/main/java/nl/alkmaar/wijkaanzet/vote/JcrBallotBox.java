package nl.alkmaar.wijkaanzet.vote;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
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
import nl.alkmaar.wijkaanzet.jcr.SavedElsewhere;
import nl.alkmaar.wijkaanzet.jcr.Workspaces;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ballot box in the {@code wijkaanzet-votes} workspace: {@code /<campaign>/voters/<2
 * hex>/<key>} (who voted), {@code /<campaign>/ballots/<wijk>/<2 chars>/<id>} (what was chosen) and
 * {@code /<campaign>/codes/<2 hex>/<key>} (issued letter codes). Buckets keep every folder to a few
 * hundred children: Jackrabbit 2 writes a folder's whole child list again each time a child is
 * added, so a save costs what its folders hold, not only what it adds (one character per wijk's
 * ballot folder made the writer's time per ballot grow with the wijk's ballots; see
 * docs/PERFORMANCE.md, 2026-12-07).
 */
public final class JcrBallotBox implements BallotBox {

  private static final Logger LOG = LoggerFactory.getLogger(JcrBallotBox.class);

  static final String VOTERS = "voters";
  static final String BALLOTS = "ballots";
  static final String CODES = "codes";

  /** The mark a host with the ballot journal leaves: ballots go there first, not here. */
  static final String JOURNALLED = "journalled";

  private final JcrSessions sessions;
  private final String campaignId;

  /** Only the writer thread saves ballots, so it may keep one session between its saves. */
  private HeldSession writer;

  /** Marks the writer's saves (JCR event user data), so its own follower can leave them out. */
  private final String writerMark = "wijkaanzet-ballot-writer-" + UUID.randomUUID();

  /** The journal's way in ({@link JcrBallotCopies}), saving under this box's writer mark. */
  private final JcrBallotCopies copies;

  public JcrBallotBox(JcrSessions sessions, String campaignId) {
    this.sessions = sessions;
    this.campaignId = campaignId;
    this.copies = new JcrBallotCopies(sessions, campaignId, writerMark);
  }

  /** Where a ballot journal copies its voters and ballots in, and marks the box as its own. */
  JcrBallotCopies copies() {
    return copies;
  }

  /**
   * Saves of a batch before it is saved ballot by ballot. In a cluster a save fails when another
   * node changed a folder it adds to in a way Jackrabbit cannot merge (both created the same
   * bucket); the failed save has brought this node up to date, so the next try sees the other
   * node's folders (and voters, which it then refuses as usual).
   */
  static final int TRIES = 3;

  @Override
  public SavedBallots saveAll(List<CastBallot> ballots) {
    RepositoryFailure failure = null;
    for (int attempt = 0; attempt < TRIES; attempt++) {
      try {
        if (writer == null) {
          writer = sessions.hold(Workspaces.VOTES);
        }
        return writer.write(session -> add(session, ballots));
      } catch (RepositoryFailure e) {
        failure = e;
        LOG.debug("a save of {} ballots met a change of another node", ballots.size(), e);
      }
    }
    if (ballots.size() == 1) {
      if (registered(ballots.get(0).voterKey()) && !ballots.get(0).replaces()) {
        return new SavedBallots(Set.of(ballots.get(0).voterKey()), Map.of());
      }
      throw failure;
    }
    // Still failing: save one by one, so only the ballot at fault is left out.
    LOG.warn("a batch of {} ballots failed {} times; one by one", ballots.size(), TRIES, failure);
    Set<String> refused = new HashSet<>();
    Map<String, Ballot> replaced = new HashMap<>();
    Set<String> failed = new HashSet<>();
    for (CastBallot ballot : ballots) {
      try {
        SavedBallots one = saveAll(List.of(ballot));
        refused.addAll(one.refused());
        replaced.putAll(one.replaced());
      } catch (RepositoryFailure single) {
        LOG.warn("a ballot could not be saved; its sender is asked to try again", single);
        failed.add(ballot.voterKey());
      }
    }
    if (failed.size() == ballots.size()) {
      throw failure; // nothing went in: the store itself is failing
    }
    return new SavedBallots(refused, replaced, failed);
  }

  private SavedBallots add(Session session, List<CastBallot> ballots) throws RepositoryException {
    if (session.nodeExists("/" + campaignId + "/" + JOURNALLED)) {
      // A host with the ballot journal marked this box: a ballot saved here, past the journal,
      // could be a resident's second (the journal would not know the voter) and never be counted.
      throw new RepositoryException(
          "ballots of this campaign go to the ballot journal (wijkaanzet.db.url / --cluster);"
              + " this host has none, so it takes no ballots (docs/CLUSTER.md)");
    }
    session.getWorkspace().getObservationManager().setUserData(writerMark);
    Node campaign = folder(session.getRootNode(), campaignId);
    Node voters = folder(campaign, VOTERS);
    Node boxes = folder(campaign, BALLOTS);
    Set<String> refused = new HashSet<>();
    Map<String, Ballot> replaced = new HashMap<>();
    for (CastBallot cast : ballots) {
      Ballot ballot = cast.ballot();
      Node bucket = folder(voters, cast.voterKey().substring(0, 2));
      Node ballotFolder = folder(folder(boxes, ballot.wijk()), bucketOf(ballot.id()));
      if (bucket.hasNode(cast.voterKey())) {
        // Replaced only where the earlier ballot is found at this voter's id (a ballot cast while
        // ballots were final has a random id and stays final).
        Optional<Node> stored = cast.replaces() ? stored(boxes, ballot) : Optional.empty();
        if (stored.isPresent()) {
          Node earlier = stored.get();
          replaced.put(cast.voterKey(), JcrBallotNodes.read(earlier));
          JcrBallotNodes.write(earlier, ballot);
          bucket.getNode(cast.voterKey()).setProperty("wz:method", ballot.method().id());
        } else {
          refused.add(cast.voterKey());
        }
        continue;
      }
      // The identifier follows from campaign and voter: in a cluster only one node can save it.
      try {
        FixedIdentifiers.addNode(
            bucket,
            cast.voterKey(),
            NodeTypes.VOTER,
            FixedIdentifiers.of("wijkaanzet-voter", campaignId, cast.voterKey()),
            Map.of("wz:wijk", ballot.wijk(), "wz:method", ballot.method().id()));
      } catch (ItemExistsException stored) {
        // In the store though not in this node's view of its folder: saved by another node whose
        // journal entry was lost (a database restart at that moment; docs/CLUSTER.md).
        refused.add(cast.voterKey());
        continue;
      }
      JcrBallotNodes.write(ballotFolder.addNode(ballot.id(), NodeTypes.BALLOT), ballot);
    }
    return new SavedBallots(refused, replaced);
  }

  /**
   * The ballot stored under this id, in its folder or, for a box written before folders took two
   * characters (up to 2026-12-07), in the folder of its first character.
   */
  static Optional<Node> stored(Node boxes, Ballot ballot) throws RepositoryException {
    String id = ballot.id();
    for (String bucket : List.of(bucketOf(id), id.substring(0, 1))) {
      String path = ballot.wijk() + "/" + bucket + "/" + id;
      if (boxes.hasNode(path)) {
        return Optional.of(boxes.getNode(path));
      }
    }
    return Optional.empty();
  }

  /** A ballot's folder within its wijk: the first two characters of its random id. */
  static String bucketOf(String ballotId) {
    return ballotId.substring(0, 2);
  }

  @Override
  public synchronized void close() {
    if (writer != null) {
      writer.close();
      writer = null;
    }
    copies.close();
  }

  /**
   * Follows the nodes {@code depth} levels below {@code /<campaign>/<folder>} that others than this
   * box's writer save.
   */
  private <T> Optional<AutoCloseable> follow(
      String folder, int depth, SavedElsewhere.NodeReader<T> reader, Consumer<T> saved) {
    return SavedElsewhere.follow(
        sessions,
        Workspaces.VOTES,
        "/" + campaignId + "/" + folder,
        depth,
        writerMark,
        reader,
        saved);
  }

  @Override
  public Optional<AutoCloseable> followOthers(Consumer<Ballot> saved) {
    return follow(BALLOTS, 3, JcrBallotNodes::read, saved);
  }

  @Override
  public Optional<AutoCloseable> followOtherCodes(BiConsumer<String, String> added) {
    return follow(
        CODES,
        2,
        node -> Map.entry(node.getName(), node.getProperty("wz:wijk").getString()),
        code -> added.accept(code.getKey(), code.getValue()));
  }

  @Override
  public void forEachBallot(Consumer<Ballot> each) {
    sessions.read(
        Workspaces.VOTES,
        session -> {
          String path = "/" + campaignId + "/" + BALLOTS;
          if (!session.nodeExists(path)) {
            return null;
          }
          for (NodeIterator wijken = session.getNode(path).getNodes(); wijken.hasNext(); ) {
            for (NodeIterator buckets = wijken.nextNode().getNodes(); buckets.hasNext(); ) {
              for (NodeIterator it = buckets.nextNode().getNodes(); it.hasNext(); ) {
                each.accept(JcrBallotNodes.read(it.nextNode()));
              }
            }
          }
          return null;
        });
  }

  @Override
  public boolean registered(String voterKey) {
    return sessions.read(
        Workspaces.VOTES,
        session ->
            session.nodeExists(
                "/" + campaignId + "/" + VOTERS + "/" + voterKey.substring(0, 2) + "/" + voterKey));
  }

  @Override
  public Optional<String> codeWijk(String codeKey) {
    return sessions.read(
        Workspaces.VOTES,
        session -> {
          String path =
              "/" + campaignId + "/" + CODES + "/" + codeKey.substring(0, 2) + "/" + codeKey;
          return session.nodeExists(path)
              ? Optional.of(session.getNode(path).getProperty("wz:wijk").getString())
              : Optional.empty();
        });
  }

  @Override
  public void forEachCode(BiConsumer<String, String> each) {
    sessions.read(
        Workspaces.VOTES,
        session -> {
          String path = "/" + campaignId + "/" + CODES;
          if (!session.nodeExists(path)) {
            return null;
          }
          for (NodeIterator buckets = session.getNode(path).getNodes(); buckets.hasNext(); ) {
            for (NodeIterator it = buckets.nextNode().getNodes(); it.hasNext(); ) {
              Node code = it.nextNode();
              each.accept(code.getName(), code.getProperty("wz:wijk").getString());
            }
          }
          return null;
        });
  }

  @Override
  public Register register() {
    return sessions.read(
        Workspaces.VOTES,
        session ->
            new Register(
                countBelow(session, "/" + campaignId + "/" + VOTERS),
                countBelow(session, "/" + campaignId + "/" + CODES),
                0));
  }

  @Override
  public Register forgetRegister() {
    Register before = register();
    for (String folder : List.of(VOTERS, CODES)) {
      String path = "/" + campaignId + "/" + folder;
      List<String> buckets =
          sessions.read(
              Workspaces.VOTES,
              session -> {
                List<String> names = new ArrayList<>();
                if (session.nodeExists(path)) {
                  for (NodeIterator it = session.getNode(path).getNodes(); it.hasNext(); ) {
                    names.add(it.nextNode().getPath());
                  }
                }
                return names;
              });
      // A bucket per save (a few hundred nodes): 100,000 codes in one save would hold the store.
      for (String bucket : buckets) {
        sessions.write(
            Workspaces.VOTES,
            session -> {
              if (session.nodeExists(bucket)) {
                session.getNode(bucket).remove();
              }
              return null;
            });
      }
      sessions.write(
          Workspaces.VOTES,
          session -> {
            if (session.nodeExists(path)) {
              session.getNode(path).remove();
            }
            return null;
          });
    }
    return before;
  }

  private static int countBelow(Session session, String path) throws RepositoryException {
    int count = 0;
    if (session.nodeExists(path)) {
      for (NodeIterator buckets = session.getNode(path).getNodes(); buckets.hasNext(); ) {
        count += (int) buckets.nextNode().getNodes().getSize();
      }
    }
    return count;
  }

  /**
   * Codes per save: a whole wijk's letters in one save would hold the store (and a cluster) long.
   */
  static final int CODES_PER_SAVE = 5_000;

  @Override
  public void addCodes(String wijk, Collection<String> codeKeys) {
    List<String> keys = List.copyOf(codeKeys);
    for (int from = 0; from < keys.size(); from += CODES_PER_SAVE) {
      List<String> part = keys.subList(from, Math.min(keys.size(), from + CODES_PER_SAVE));
      sessions.write(
          Workspaces.VOTES,
          session -> {
            Node codes = folder(folder(session.getRootNode(), campaignId), CODES);
            for (String key : part) {
              Node bucket = folder(codes, key.substring(0, 2));
              if (!bucket.hasNode(key)) {
                bucket.addNode(key, NodeTypes.VOTE_CODE).setProperty("wz:wijk", wijk);
              }
            }
            return null;
          });
    }
  }

  /**
   * The folder, added where missing with an identifier that follows from its path: two hosts of a
   * cluster (or two sessions) that add the same folder at once are not refused by name, and their
   * folders were merged into one entry, leaving the other's ballots unreachable. With one
   * identifier the later save fails and is tried again ({@link #TRIES}), then finding the folder.
   */
  static Node folder(Node parent, String name) throws RepositoryException {
    if (parent.hasNode(name)) {
      return parent.getNode(name);
    }
    String path = (parent.getDepth() == 0 ? "" : parent.getPath()) + "/" + name;
    return FixedIdentifiers.addNode(
        parent,
        name,
        NodeTypes.VOTE_FOLDER,
        FixedIdentifiers.of("wijkaanzet-vote-folder", path),
        Map.of());
  }
}
