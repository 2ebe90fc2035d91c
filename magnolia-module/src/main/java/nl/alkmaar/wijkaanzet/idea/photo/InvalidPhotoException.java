package nl.alkmaar.wijkaanzet.idea.photo;

/** An upload we cannot use as a photo; the message says why in plain Dutch. */
public class InvalidPhotoException extends Exception {

  public InvalidPhotoException(String message) {
    super(message);
  }
}
