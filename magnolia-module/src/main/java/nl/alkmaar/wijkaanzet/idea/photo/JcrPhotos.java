package nl.alkmaar.wijkaanzet.idea.photo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import javax.jcr.Binary;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.ValueFactory;
import nl.alkmaar.wijkaanzet.jcr.NodeTypes;

/**
 * A photo as a node of type {@code wz:photo} (the image and its thumbnail, JPEG, with the size),
 * below a point or an update on its execution.
 */
public final class JcrPhotos {

  /** The name of the photo's node below what it belongs to. */
  public static final String NODE = "photo";

  private JcrPhotos() {}

  public static void add(Node parent, Photo photo) throws RepositoryException {
    Node node = parent.addNode(NODE, NodeTypes.PHOTO);
    ValueFactory values = node.getSession().getValueFactory();
    node.setProperty("wz:image", values.createBinary(new ByteArrayInputStream(photo.image())));
    node.setProperty(
        "wz:thumbnail", values.createBinary(new ByteArrayInputStream(photo.thumbnail())));
    node.setProperty("wz:width", photo.width());
    node.setProperty("wz:height", photo.height());
  }

  /** The bytes of the photo below {@code parent} (or its thumbnail); null when it has none. */
  public static byte[] read(Node parent, boolean thumbnail) throws RepositoryException {
    if (!parent.hasNode(NODE)) {
      return null;
    }
    Binary binary =
        parent.getNode(NODE).getProperty(thumbnail ? "wz:thumbnail" : "wz:image").getBinary();
    try (InputStream in = binary.getStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new RepositoryException("photo below " + parent.getPath() + " unreadable", e);
    } finally {
      binary.dispose();
    }
  }
}
