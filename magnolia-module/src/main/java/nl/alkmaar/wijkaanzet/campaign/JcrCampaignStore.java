package nl.alkmaar.wijkaanzet.campaign;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Comparator;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Optional;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import nl.alkmaar.wijkaanzet.jcr.JcrSessions;
import nl.alkmaar.wijkaanzet.jcr.NodeTypes;
import nl.alkmaar.wijkaanzet.jcr.Workspaces;

/**
 * Keeps a campaign at {@code /<campaign>} in the {@code wijkaanzet} workspace: its wijken as direct
 * children (so ideas can live below them), phases and categories in folders of their own.
 */
public final class JcrCampaignStore implements CampaignStore {

  private static final String PHASES = "phases";
  private static final String CATEGORIES = "categories";
  private static final String REASONS = "rejectionReasons";
  private static final String ORDER = "wz:order";
  private static final String ACTIVE = "wz:active";

  /** Raised by every save, so every host sees cheaply that the settings changed. */
  private static final String REVISION = "wz:revision";

  /** Which content the configuration file had when it was last imported. */
  private static final String IMPORTED_FILE = "wz:importedFile";

  private final JcrSessions sessions;

  public JcrCampaignStore(JcrSessions sessions) {
    this.sessions = sessions;
  }

  @Override
  public void save(Campaign campaign) {
    write(campaign, null);
  }

  @Override
  public void importFile(Campaign campaign, String fileFingerprint) {
    write(campaign, fileFingerprint);
  }

  @Override
  public long revision(String campaignId) {
    return sessions.read(
        Workspaces.CONTENT,
        session -> {
          String path = "/" + campaignId + "/" + REVISION;
          return session.propertyExists(path) ? session.getProperty(path).getLong() : 0L;
        });
  }

  @Override
  public Optional<String> importedFile(String campaignId) {
    return sessions.read(
        Workspaces.CONTENT,
        session -> {
          String path = "/" + campaignId + "/" + IMPORTED_FILE;
          return session.propertyExists(path)
              ? Optional.of(session.getProperty(path).getString())
              : Optional.empty();
        });
  }

  private void write(Campaign campaign, String fileFingerprint) {
    sessions.write(
        Workspaces.CONTENT,
        session -> {
          Node root = childOrNew(session.getRootNode(), campaign.id(), NodeTypes.CAMPAIGN);
          long revision = root.hasProperty(REVISION) ? root.getProperty(REVISION).getLong() : 0;
          root.setProperty(REVISION, revision + 1);
          if (fileFingerprint != null) {
            root.setProperty(IMPORTED_FILE, fileFingerprint);
          }
          root.setProperty("wz:title", campaign.title());
          root.setProperty("wz:intro", campaign.intro());
          root.setProperty("wz:website", campaign.website());
          root.setProperty("wz:timeZone", campaign.timeZone().getId());
          root.setProperty("wz:choicesPerBallot", campaign.rules().choicesPerBallot());
          root.setProperty("wz:winnersPerWijk", campaign.rules().winnersPerWijk());
          root.setProperty("wz:ballotsChangeable", campaign.rules().ballotsChangeable());
          root.setProperty("wz:nextMovesUp", campaign.rules().nextMovesUp());
          writePhases(freshFolder(root, PHASES), campaign);
          writeCategories(freshFolder(root, CATEGORIES), campaign.categories());
          writeReasons(freshFolder(root, REASONS), campaign.rejectionReasons());
          writeWijken(root, campaign.wijken());
          return null;
        });
  }

  @Override
  public Optional<Campaign> load(String campaignId) {
    return sessions.read(
        Workspaces.CONTENT,
        session -> {
          if (!session.getRootNode().hasNode(campaignId)
              || !session.getRootNode().getNode(campaignId).isNodeType(NodeTypes.CAMPAIGN)) {
            return Optional.empty();
          }
          return Optional.of(readCampaign(session.getRootNode().getNode(campaignId)));
        });
  }

  @Override
  public java.util.List<String> ids() {
    return sessions.read(
        Workspaces.CONTENT,
        session -> {
          java.util.List<String> ids = new java.util.ArrayList<>();
          for (javax.jcr.NodeIterator it = session.getRootNode().getNodes(); it.hasNext(); ) {
            Node node = it.nextNode();
            if (node.isNodeType(NodeTypes.CAMPAIGN)) {
              ids.add(node.getName());
            }
          }
          return ids;
        });
  }

  private static Node childOrNew(Node parent, String name, String type) throws RepositoryException {
    return parent.hasNode(name) ? parent.getNode(name) : parent.addNode(name, type);
  }

  /** Phases and categories hold nothing else, so they are simply rewritten. */
  private static Node freshFolder(Node root, String name) throws RepositoryException {
    if (root.hasNode(name)) {
      root.getNode(name).remove();
    }
    return root.addNode(name, NodeTypes.FOLDER);
  }

  private static void writePhases(Node folder, Campaign campaign) throws RepositoryException {
    long order = 0;
    for (Phase phase : campaign.phases()) {
      Node node = folder.addNode(phase.id(), NodeTypes.PHASE);
      node.setProperty(ORDER, order++);
      node.setProperty("wz:title", phase.title());
      node.setProperty("wz:description", phase.description());
      node.setProperty("wz:start", calendar(phase.start(), campaign.timeZone()));
      if (phase.end() != null) {
        node.setProperty("wz:end", calendar(phase.end(), campaign.timeZone()));
      }
    }
  }

  private static void writeReasons(Node folder, List<RejectionReason> reasons)
      throws RepositoryException {
    long order = 0;
    for (RejectionReason reason : reasons) {
      Node node = folder.addNode(reason.id(), NodeTypes.REJECTION_REASON);
      node.setProperty(ORDER, order++);
      node.setProperty("wz:text", reason.text());
    }
  }

  private static void writeCategories(Node folder, List<Category> categories)
      throws RepositoryException {
    long order = 0;
    for (Category category : categories) {
      Node node = folder.addNode(category.id(), NodeTypes.CATEGORY);
      node.setProperty(ORDER, order++);
      node.setProperty("wz:name", category.name());
    }
  }

  /**
   * Wijken carry ideas below them, so they are updated in place. A wijk that left the configuration
   * is only marked inactive: its residents' ideas must not be lost.
   */
  private static void writeWijken(Node root, List<Wijk> wijken) throws RepositoryException {
    for (Node existing : children(root, NodeTypes.WIJK)) {
      existing.setProperty(ACTIVE, false);
    }
    long order = 0;
    for (Wijk wijk : wijken) {
      Node node = childOrNew(root, wijk.id(), NodeTypes.WIJK);
      node.setProperty(ORDER, order++);
      node.setProperty(ACTIVE, true);
      node.setProperty("wz:name", wijk.name());
      node.setProperty("wz:cbsCode", wijk.cbsCode());
      if (wijk.residents() != null) {
        node.setProperty("wz:residents", wijk.residents().longValue());
      } else if (node.hasProperty("wz:residents")) {
        node.getProperty("wz:residents").remove();
      }
    }
  }

  private static Campaign readCampaign(Node root) throws RepositoryException {
    ZoneId zone = ZoneId.of(text(root, "wz:timeZone"));
    List<Phase> phases = new ArrayList<>();
    for (Node node : sorted(children(root.getNode(PHASES), NodeTypes.PHASE))) {
      PhaseKind kind = PhaseKind.byId(node.getName()).orElseThrow();
      phases.add(
          new Phase(
              kind,
              text(node, "wz:title"),
              text(node, "wz:description"),
              date(node, "wz:start", zone),
              date(node, "wz:end", zone)));
    }
    List<RejectionReason> reasons = new ArrayList<>();
    if (root.hasNode(REASONS)) {
      for (Node node : sorted(children(root.getNode(REASONS), NodeTypes.REJECTION_REASON))) {
        reasons.add(new RejectionReason(node.getName(), text(node, "wz:text")));
      }
    }
    List<Category> categories = new ArrayList<>();
    for (Node node : sorted(children(root.getNode(CATEGORIES), NodeTypes.CATEGORY))) {
      categories.add(new Category(node.getName(), text(node, "wz:name")));
    }
    List<Wijk> wijken = new ArrayList<>();
    for (Node node : sorted(children(root, NodeTypes.WIJK))) {
      if (!node.hasProperty(ACTIVE) || node.getProperty(ACTIVE).getBoolean()) {
        Integer residents =
            node.hasProperty("wz:residents")
                ? (int) node.getProperty("wz:residents").getLong()
                : null;
        wijken.add(
            new Wijk(node.getName(), text(node, "wz:name"), text(node, "wz:cbsCode"), residents));
      }
    }
    CampaignRules rules =
        new CampaignRules(
            (int) root.getProperty("wz:choicesPerBallot").getLong(),
            (int) root.getProperty("wz:winnersPerWijk").getLong(),
            // Absent in stores written before the setting existed: final ballots.
            root.hasProperty("wz:ballotsChangeable")
                && root.getProperty("wz:ballotsChangeable").getBoolean(),
            // Absent likewise: the next point moves up.
            !root.hasProperty("wz:nextMovesUp") || root.getProperty("wz:nextMovesUp").getBoolean());
    return new Campaign(
        root.getName(),
        text(root, "wz:title"),
        text(root, "wz:intro"),
        text(root, "wz:website"),
        zone,
        phases,
        wijken,
        categories,
        reasons,
        rules);
  }

  private static List<Node> children(Node parent, String type) throws RepositoryException {
    List<Node> nodes = new ArrayList<>();
    for (NodeIterator it = parent.getNodes(); it.hasNext(); ) {
      Node child = it.nextNode();
      if (child.isNodeType(type)) {
        nodes.add(child);
      }
    }
    return nodes;
  }

  private static List<Node> sorted(List<Node> nodes) {
    nodes.sort(Comparator.comparingLong(JcrCampaignStore::order));
    return nodes;
  }

  private static long order(Node node) {
    try {
      return node.hasProperty(ORDER) ? node.getProperty(ORDER).getLong() : Long.MAX_VALUE;
    } catch (RepositoryException e) {
      return Long.MAX_VALUE;
    }
  }

  private static String text(Node node, String property) throws RepositoryException {
    return node.hasProperty(property) ? node.getProperty(property).getString() : null;
  }

  private static Calendar calendar(LocalDate day, ZoneId zone) {
    return GregorianCalendar.from(day.atStartOfDay(zone));
  }

  private static LocalDate date(Node node, String property, ZoneId zone)
      throws RepositoryException {
    if (!node.hasProperty(property)) {
      return null;
    }
    Calendar value = node.getProperty(property).getDate();
    return value.toInstant().atZone(zone).toLocalDate();
  }
}
