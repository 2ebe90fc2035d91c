package nl.alkmaar.wijkaanzet.idea;

import static nl.alkmaar.wijkaanzet.jcr.JcrValues.text;

import java.util.Map;
import java.util.TreeMap;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import nl.alkmaar.wijkaanzet.jcr.JcrSessions;
import nl.alkmaar.wijkaanzet.jcr.NodeTypes;
import nl.alkmaar.wijkaanzet.jcr.Workspaces;

/** Counts over all points of a campaign, for the statistics and the moderators' overview. */
final class JcrIdeaCounts {

  private final JcrSessions sessions;

  JcrIdeaCounts(JcrSessions sessions) {
    this.sessions = sessions;
  }

  Map<String, Map<IdeaStatus, Integer>> byWijkAndStatus(String campaignId) {
    return sessions.read(
        Workspaces.CONTENT,
        session -> {
          Map<String, Map<IdeaStatus, Integer>> counts = new TreeMap<>();
          if (!session.nodeExists("/" + campaignId)) {
            return counts;
          }
          for (NodeIterator wijken = session.getNode("/" + campaignId).getNodes();
              wijken.hasNext(); ) {
            Node wijk = wijken.nextNode();
            if (!wijk.isNodeType(NodeTypes.WIJK)) {
              continue;
            }
            Map<IdeaStatus, Integer> byStatus = new java.util.EnumMap<>(IdeaStatus.class);
            for (IdeaStatus status : IdeaStatus.values()) {
              byStatus.put(status, 0);
            }
            for (NodeIterator ideas = wijk.getNodes(); ideas.hasNext(); ) {
              Node idea = ideas.nextNode();
              if (idea.isNodeType(NodeTypes.IDEA)) {
                byStatus.merge(JcrIdeaNodes.status(idea), 1, Integer::sum);
              }
            }
            counts.put(wijk.getName(), byStatus);
          }
          return counts;
        });
  }

  SubmissionStatistics statistics(String campaignId) {
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
}
