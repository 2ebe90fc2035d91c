package nl.alkmaar.wijkaanzet.execution;

import static nl.alkmaar.wijkaanzet.jcr.JcrValues.calendar;
import static nl.alkmaar.wijkaanzet.jcr.JcrValues.child;
import static nl.alkmaar.wijkaanzet.jcr.JcrValues.instant;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import nl.alkmaar.wijkaanzet.idea.photo.JcrPhotos;
import nl.alkmaar.wijkaanzet.idea.photo.Photo;
import nl.alkmaar.wijkaanzet.jcr.JcrSessions;
import nl.alkmaar.wijkaanzet.jcr.NodeTypes;
import nl.alkmaar.wijkaanzet.jcr.Workspaces;

/**
 * Updates at {@code /<campaign>/private/execution/<point id>/<0001, 0002, …>} in the content
 * workspace: below 'private' because each names its author (staff). Numbered, so their order is
 * their names' order and a second update never overwrites the first.
 */
public final class JcrProgressStore implements ProgressStore {

  static final String FOLDER = "execution";

  private final JcrSessions sessions;

  public JcrProgressStore(JcrSessions sessions) {
    this.sessions = sessions;
  }

  @Override
  public int add(String campaignId, String ideaId, ProgressUpdate update, Optional<Photo> photo) {
    return sessions.write(
        Workspaces.CONTENT,
        session -> {
          if (!session.getRootNode().hasNode(campaignId)) {
            throw new RepositoryException("no campaign " + campaignId);
          }
          Node campaign = session.getRootNode().getNode(campaignId);
          Node folder =
              child(
                  child(
                      child(campaign, Workspaces.PRIVATE_FOLDER, NodeTypes.FOLDER),
                      FOLDER,
                      NodeTypes.FOLDER),
                  ideaId,
                  NodeTypes.FOLDER);
          // One more than the highest number so far: a removed update never frees its number.
          int number = 1;
          for (NodeIterator it = folder.getNodes(); it.hasNext(); ) {
            String name = it.nextNode().getName();
            if (name.matches("\\d+")) {
              number = Math.max(number, Integer.parseInt(name) + 1);
            }
          }
          Node node = folder.addNode(String.format("%04d", number), NodeTypes.PROGRESS_UPDATE);
          node.setProperty("wz:at", calendar(update.at()));
          node.setProperty("wz:status", update.status().id());
          if (update.planned().isPresent()) {
            node.setProperty("wz:planned", update.planned().get().toString());
          }
          node.setProperty("wz:text", update.text());
          node.setProperty("wz:author", update.author());
          if (photo.isPresent()) {
            node.setProperty("wz:photoAlt", update.photoAlt().orElseThrow());
            JcrPhotos.add(node, photo.get());
          }
          return number;
        });
  }

  @Override
  public Map<String, List<ProgressUpdate>> all(String campaignId) {
    return sessions.read(
        Workspaces.CONTENT,
        session -> {
          Map<String, List<ProgressUpdate>> all = new HashMap<>();
          String path = "/" + campaignId + "/" + Workspaces.PRIVATE_FOLDER + "/" + FOLDER;
          if (!session.nodeExists(path)) {
            return all;
          }
          for (NodeIterator points = session.getNode(path).getNodes(); points.hasNext(); ) {
            Node point = points.nextNode();
            List<ProgressUpdate> updates = new ArrayList<>();
            for (NodeIterator it = point.getNodes(); it.hasNext(); ) {
              updates.add(read(it.nextNode()));
            }
            all.put(point.getName(), updates);
          }
          return all;
        });
  }

  @Override
  public Optional<byte[]> photo(String campaignId, String ideaId, int number, boolean thumbnail) {
    return sessions.read(
        Workspaces.CONTENT,
        session -> {
          String path =
              String.join(
                  "/",
                  "",
                  campaignId,
                  Workspaces.PRIVATE_FOLDER,
                  FOLDER,
                  ideaId,
                  String.format("%04d", number));
          return session.nodeExists(path)
              ? Optional.ofNullable(JcrPhotos.read(session.getNode(path), thumbnail))
              : Optional.empty();
        });
  }

  private static ProgressUpdate read(Node node) throws RepositoryException {
    return new ProgressUpdate(
        instant(node, "wz:at"),
        ExecutionStatus.byId(node.getProperty("wz:status").getString()).orElseThrow(),
        node.hasProperty("wz:planned")
            ? Optional.of(LocalDate.parse(node.getProperty("wz:planned").getString()))
            : Optional.empty(),
        node.getProperty("wz:text").getString(),
        node.getProperty("wz:author").getString(),
        Integer.parseInt(node.getName()),
        node.hasProperty("wz:photoAlt")
            ? Optional.of(node.getProperty("wz:photoAlt").getString())
            : Optional.empty());
  }
}
