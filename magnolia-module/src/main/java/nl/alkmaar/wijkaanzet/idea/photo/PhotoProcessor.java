package nl.alkmaar.wijkaanzet.idea.photo;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.Metadata;
import com.drew.metadata.MetadataException;
import com.drew.metadata.exif.ExifIFD0Directory;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Turns an upload into a {@link Photo}: checks it really is a JPEG, PNG or WebP, refuses
 * decompression bombs before decoding, turns it upright as the camera recorded, and re-encodes it.
 * Re-encoding is what strips the metadata: only pixels survive.
 */
public final class PhotoProcessor {

  public static final int MAX_BYTES = 5 * 1024 * 1024;
  static final long MAX_PIXELS = 50_000_000L;
  static final int DISPLAY_SIZE = 1600;
  static final int THUMBNAIL_SIZE = 480;

  static {
    // In a webapp, plug-ins on the webapp's class path (WebP) are only found after a scan.
    ImageIO.scanForPlugins();
  }

  public Photo process(byte[] upload) throws InvalidPhotoException {
    if (upload.length > MAX_BYTES) {
      throw new InvalidPhotoException("De foto is groter dan 5 MB. Kies een kleinere foto.");
    }
    if (ImageKind.sniff(upload).isEmpty()) {
      throw new InvalidPhotoException(
          "Dit bestand is geen foto. Kies een foto van het type JPG, PNG of WebP.");
    }
    BufferedImage decoded = decode(upload);
    BufferedImage upright = upright(decoded, orientation(upload));
    BufferedImage display = scaled(upright, DISPLAY_SIZE);
    return new Photo(
        jpeg(display, 0.85f),
        jpeg(scaled(upright, THUMBNAIL_SIZE), 0.8f),
        display.getWidth(),
        display.getHeight());
  }

  private static BufferedImage decode(byte[] upload) throws InvalidPhotoException {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        throw unreadable();
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
        if (pixels > MAX_PIXELS) {
          throw new InvalidPhotoException(
              "Deze foto heeft te veel pixels. Kies een kleinere foto (hoogstens 50 megapixel).");
        }
        return reader.read(0);
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      throw unreadable();
    }
  }

  private static InvalidPhotoException unreadable() {
    return new InvalidPhotoException(
        "Deze foto kunnen wij niet openen. Misschien is het bestand beschadigd. Kies een andere foto.");
  }

  /** EXIF orientation 1–8; 1 (as stored) when the photo has none or it cannot be read. */
  private static int orientation(byte[] upload) {
    try {
      Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(upload));
      ExifIFD0Directory exif = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
      if (exif != null && exif.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
        return exif.getInt(ExifIFD0Directory.TAG_ORIENTATION);
      }
    } catch (ImageProcessingException | IOException | MetadataException | RuntimeException e) {
      // a photo without readable EXIF is shown as stored
    }
    return 1;
  }

  static BufferedImage upright(BufferedImage image, int orientation) {
    int w = image.getWidth();
    int h = image.getHeight();
    AffineTransform turn = new AffineTransform();
    boolean swap = orientation >= 5 && orientation <= 8;
    switch (orientation) {
      case 2 -> turn.scale(-1, 1);
      case 3 -> turn.rotate(Math.PI);
      case 4 -> turn.scale(1, -1);
      case 5 -> {
        turn.rotate(Math.PI / 2);
        turn.scale(1, -1);
      }
      case 6 -> turn.rotate(Math.PI / 2);
      case 7 -> {
        turn.rotate(-Math.PI / 2);
        turn.scale(1, -1);
      }
      case 8 -> turn.rotate(-Math.PI / 2);
      default -> {
        return image;
      }
    }
    BufferedImage out = new BufferedImage(swap ? h : w, swap ? w : h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    AffineTransform centre = new AffineTransform();
    centre.translate(out.getWidth() / 2.0, out.getHeight() / 2.0);
    centre.concatenate(turn);
    centre.translate(-w / 2.0, -h / 2.0);
    g.drawImage(image, centre, null);
    g.dispose();
    return out;
  }

  /** Fits the image in a square of {@code size}, never enlarging; transparency becomes white. */
  static BufferedImage scaled(BufferedImage image, int size) {
    double factor = Math.min(1.0, (double) size / Math.max(image.getWidth(), image.getHeight()));
    int w = Math.max(1, (int) Math.round(image.getWidth() * factor));
    int h = Math.max(1, (int) Math.round(image.getHeight() * factor));
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    g.setRenderingHint(
        RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
    g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, w, h);
    g.drawImage(image, 0, 0, w, h, null);
    g.dispose();
    return out;
  }

  private static byte[] jpeg(BufferedImage image, float quality) {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
      writer.setOutput(out);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(quality);
      writer.write(null, new IIOImage(image, null, null), param);
    } catch (IOException e) {
      throw new IllegalStateException("JPEG encoding failed", e);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }
}
