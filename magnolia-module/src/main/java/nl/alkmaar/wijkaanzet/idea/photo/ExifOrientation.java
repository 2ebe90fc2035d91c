package nl.alkmaar.wijkaanzet.idea.photo;

import com.drew.imaging.ImageProcessingException;
import com.drew.imaging.jpeg.JpegMetadataReader;
import com.drew.imaging.webp.WebpMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.MetadataException;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

/**
 * The EXIF orientation a camera recorded (1–8). Read only from JPEG's EXIF segment and WebP's EXIF
 * chunk: PNG metadata can hold compressed text and profiles that a reader would inflate in full,
 * and phones do not write PNG photos.
 */
final class ExifOrientation {

  private ExifOrientation() {}

  /** 1 (as stored) when the photo has none or it cannot be read. */
  static int of(byte[] upload, ImageKind kind) {
    try {
      Metadata metadata =
          switch (kind) {
            case JPEG ->
                JpegMetadataReader.readMetadata(
                    new ByteArrayInputStream(upload), List.of(new ExifReader()));
            case WEBP -> WebpMetadataReader.readMetadata(new ByteArrayInputStream(upload));
            case PNG -> null;
          };
      ExifIFD0Directory exif =
          metadata == null ? null : metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
      if (exif != null && exif.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
        int orientation = exif.getInt(ExifIFD0Directory.TAG_ORIENTATION);
        return orientation >= 1 && orientation <= 8 ? orientation : 1;
      }
    } catch (ImageProcessingException | IOException | MetadataException | RuntimeException e) {
      // a photo without readable EXIF is shown as stored
    }
    return 1;
  }
}
