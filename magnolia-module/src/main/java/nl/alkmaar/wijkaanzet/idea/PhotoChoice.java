package nl.alkmaar.wijkaanzet.idea;

import java.util.Optional;
import nl.alkmaar.wijkaanzet.idea.photo.Photo;

/**
 * The photo that goes with a submission: none, one that passed the photo checks and is ready to
 * store, or one that was refused, with the reason to show next to the photo field.
 */
public record PhotoChoice(Optional<Photo> photo, Optional<String> refusal) {

  public static PhotoChoice none() {
    return new PhotoChoice(Optional.empty(), Optional.empty());
  }

  public static PhotoChoice of(Photo photo) {
    return new PhotoChoice(Optional.of(photo), Optional.empty());
  }

  public static PhotoChoice refused(String reason) {
    return new PhotoChoice(Optional.empty(), Optional.of(reason));
  }
}
