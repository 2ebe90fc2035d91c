package nl.alkmaar.wijkaanzet.idea.photo;

import com.drew.imaging.ImageProcessingException;
import com.drew.imaging.jpeg.JpegMetadataReader;
import com.drew.lang.ByteArrayReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.MetadataException;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The EXIF orientation a camera recorded (1–8). Read only from JPEG's EXIF segment and WebP's EXIF
 * chunk, nothing else of the file's metadata: PNG metadata can hold compressed text and profiles
 * that a reader would inflate in full, and phones do not write PNG photos.
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
            case WEBP -> webpExif(upload);
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

  /** The RIFF chunk {@code EXIF} of a WebP file, read as EXIF; null when there is none. */
  private static Metadata webpExif(byte[] webp) {
    int offset = 12; // "RIFF", size, "WEBP"
    while (offset + 8 <= webp.length) {
      String chunk = new String(webp, offset, 4, StandardCharsets.US_ASCII);
      long size =
          ByteBuffer.wrap(webp, offset + 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt()
              & 0xFFFFFFFFL;
      int start = offset + 8;
      if (size > webp.length - start) {
        return null;
      }
      if (chunk.equals("EXIF")) {
        byte[] exif = Arrays.copyOfRange(webp, start, start + (int) size);
        int skip = startsWithExifHeader(exif) ? EXIF_HEADER.length : 0;
        Metadata metadata = new Metadata();
        new ExifReader().extract(new ByteArrayReader(exif, skip), metadata);
        return metadata;
      }
      offset = start + (int) size + (int) (size & 1);
    }
    return null;
  }

  private static final byte[] EXIF_HEADER = {'E', 'x', 'i', 'f', 0, 0};

  private static boolean startsWithExifHeader(byte[] exif) {
    return exif.length >= EXIF_HEADER.length
        && Arrays.equals(Arrays.copyOf(exif, EXIF_HEADER.length), EXIF_HEADER);
  }
}
