package nl.alkmaar.wijkaanzet.idea.photo;

/**
 * A photo as we keep it: re-encoded as JPEG without any of the original's metadata (no GPS
 * position, no camera serial), in a display size and a thumbnail.
 */
public record Photo(byte[] image, byte[] thumbnail, int width, int height) {

  public static final String MEDIA_TYPE = "image/jpeg";
}
