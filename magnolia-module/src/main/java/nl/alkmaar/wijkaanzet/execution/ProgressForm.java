package nl.alkmaar.wijkaanzet.execution;

import java.util.Optional;

/**
 * An update as typed on the execution screen: every field as posted, so it can be shown again; and
 * the photo sent along, if any, with the description of what is on it (for people who cannot see
 * it). A photo is not kept between two tries of the form: it is chosen again.
 */
public record ProgressForm(
    String status, String planned, String text, Optional<byte[]> photo, String photoAlt) {

  public static final String STATUS = "status";
  public static final String PLANNED = "gepland";
  public static final String TEXT = "tekst";
  public static final String PHOTO = "photo";
  public static final String PHOTO_ALT = "fotoBeschrijving";

  public ProgressForm {
    status = status == null ? "" : status.strip();
    planned = planned == null ? "" : planned.strip();
    text = text == null ? "" : text.strip();
    photo = photo == null ? Optional.empty() : photo.filter(bytes -> bytes.length > 0);
    photoAlt = photoAlt == null ? "" : photoAlt.strip();
  }

  /** An update without a photo. */
  public ProgressForm(String status, String planned, String text) {
    this(status, planned, text, Optional.empty(), "");
  }
}
