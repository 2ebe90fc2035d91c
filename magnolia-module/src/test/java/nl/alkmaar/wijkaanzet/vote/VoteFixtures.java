package nl.alkmaar.wijkaanzet.vote;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Session;
import nl.alkmaar.wijkaanzet.WijkAanZetRuntime;
import nl.alkmaar.wijkaanzet.idea.AgeGroup;
import nl.alkmaar.wijkaanzet.idea.AuditEntry;
import nl.alkmaar.wijkaanzet.idea.Channel;
import nl.alkmaar.wijkaanzet.idea.Idea;
import nl.alkmaar.wijkaanzet.idea.IdeaStatus;
import nl.alkmaar.wijkaanzet.idea.ModerationAction;
import nl.alkmaar.wijkaanzet.idea.ModerationDecision;
import nl.alkmaar.wijkaanzet.idea.Submitter;
import nl.alkmaar.wijkaanzet.jcr.MemoryRepository;
import nl.alkmaar.wijkaanzet.jcr.Workspaces;

/** Published points to vote on, stored directly (the submission window is long closed in May). */
public final class VoteFixtures {

  public static final Instant VOTING = Instant.parse("2024-05-14T10:00:00Z");
  private static final Instant APRIL = Instant.parse("2024-04-10T10:00:00Z");

  private VoteFixtures() {}

  /** {@code count} published points in {@code wijk}; their ids, oldest first. */
  public static List<String> publish(WijkAanZetRuntime runtime, String wijk, int count) {
    List<String> titles = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      titles.add("Punt " + i + " van " + wijk);
    }
    return publish(runtime, wijk, titles, false);
  }

  /**
   * A published point in {@code wijk} for each title, each sent in by a resident who left the
   * address {@code inwoner<n>@voorbeeld.nl}; their ids, oldest first.
   */
  public static List<String> publish(WijkAanZetRuntime runtime, String wijk, List<String> titles) {
    return publish(runtime, wijk, titles, true);
  }

  private static List<String> publish(
      WijkAanZetRuntime runtime, String wijk, List<String> titles, boolean withEmail) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < titles.size(); i++) {
      ids.add(publishOne(runtime, wijk, i, titles.get(i), withEmail));
    }
    return ids;
  }

  /** Point number {@code n} of {@code wijk} (its id follows from both), sent in and published. */
  public static String publishOne(
      WijkAanZetRuntime runtime, String wijk, int n, String title, boolean withEmail) {
    String id = String.format("waz-%s-%04d", wijk.substring(0, 4).replace('-', 'x'), n);
    Idea idea =
        new Idea(
            id,
            id.toUpperCase(),
            "alkmaar-2024",
            wijk,
            title,
            "Een verbeterpunt om op te stemmen.",
            "groen",
            null,
            IdeaStatus.INGEDIEND,
            Channel.ONLINE,
            AgeGroup.VANAF_65,
            APRIL.plusSeconds(n),
            false);
    runtime
        .ideas()
        .create(
            idea,
            new Submitter(
                "Inwoner " + n, withEmail ? "inwoner" + n + "@voorbeeld.nl" : null, APRIL),
            new AuditEntry(APRIL, AuditEntry.RESIDENT, "ingediend", null),
            Optional.empty(),
            Optional.empty());
    runtime
        .ideas()
        .moderate(
            "alkmaar-2024",
            id,
            0,
            ModerationDecision.of(
                ModerationAction.PUBLISH,
                new AuditEntry(APRIL, "moderator", "publiceren", null),
                List.of()));
    return id;
  }

  /** Leaf nodes (voters or ballots) below {@code /alkmaar-2024/<folder>}, read from the store. */
  public static long storedBelow(MemoryRepository memory, String folder) throws Exception {
    Session session = memory.login(Workspaces.VOTES);
    try {
      return leaves(session.getNode("/alkmaar-2024/" + folder));
    } finally {
      session.logout();
    }
  }

  private static long leaves(Node node) throws Exception {
    if (!node.isNodeType("wz:voteFolder")) {
      return 1;
    }
    long count = 0;
    for (NodeIterator it = node.getNodes(); it.hasNext(); ) {
      count += leaves(it.nextNode());
    }
    return count;
  }
}
