package nl.alkmaar.wijkaanzet.idea.photo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.SampleModel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Turns an upload into a {@link Photo}: checks it really is a JPEG, PNG or WebP, sizes up the work
 * from its header before decoding anything, decodes only as many pixels as the display size needs,
 * turns it upright as the camera recorded, and re-encodes it. Re-encoding is what strips the
 * metadata: only pixels survive.
 *
 * <p>A small header can promise an enormous picture (a "decompression bomb"), so the cost of a
 * decode is bounded three ways: a pixel cap, a byte budget for the decoded pixels, and a fixed
 * number of decodes at once ({@link DecodeSlots}).
 */
public final class PhotoProcessor {

  public static final int MAX_BYTES = 5 * 1024 * 1024;

  /**
   * A phone camera's normal mode writes 12 to 24 megapixels, and a 5 MB file of more is rare; the
   * cap bounds the time one decode can take.
   */
  static final long MAX_PIXELS = 30_000_000L;

  /**
   * No side longer than this: a picture of 30,000,000 × 1 pixels is within the pixel cap, but a
   * reader holds whole rows, so width alone costs memory. Phones write at most about 8,200.
   */
  static final int MAX_SIDE = 12_000;

  /** Bytes the decoded pixels of one photo may take in memory. */
  static final long DECODE_BUDGET_BYTES = 48L * 1024 * 1024;

  /** A decode taking longer is stopped: a phone photo takes well under a second here. */
  static final Duration DECODE_TIME_LIMIT = Duration.ofSeconds(10);

  static final int DISPLAY_SIZE = 1600;
  static final int THUMBNAIL_SIZE = 480;

  static {
    // In a webapp, plug-ins on the webapp's class path (WebP) are only found after a scan.
    ImageIO.scanForPlugins();
    // Decoding from a byte array needs no temporary files.
    ImageIO.setUseCache(false);
  }

  private final DecodeSlots slots;
  private final Duration timeLimit;

  /** Two decodes at once, each waiting at most ten seconds for its turn. */
  public PhotoProcessor() {
    this(new DecodeSlots(2, Duration.ofSeconds(10)), DECODE_TIME_LIMIT);
  }

  /**
   * @param timeLimit a decode taking longer is stopped and the photo refused
   */
  public PhotoProcessor(DecodeSlots slots, Duration timeLimit) {
    this.slots = slots;
    this.timeLimit = timeLimit;
  }

  /** The turns for decoding, shared by everything this processor does. */
  public DecodeSlots slots() {
    return slots;
  }

  /**
   * @throws InvalidPhotoException when the upload cannot be used, with the reason in Dutch
   * @throws PhotosBusyException when too many photos are being processed to wait for a turn
   */
  public Photo process(byte[] upload) throws InvalidPhotoException {
    if (upload.length > MAX_BYTES) {
      throw new InvalidPhotoException("De foto is groter dan 5 MB. Kies een kleinere foto.");
    }
    ImageKind kind =
        ImageKind.sniff(upload)
            .orElseThrow(
                () ->
                    new InvalidPhotoException(
                        "Dit bestand is geen foto. Kies een foto van het type JPG, PNG of WebP."));
    if (kind == ImageKind.JPEG && JpegScans.tooHeavy(upload)) {
      throw tooMuchWork();
    }
    int orientation = ExifOrientation.of(upload, kind);
    // The header alone tells whether the picture is within the caps: a refused photo never waits
    // for a decode turn, so it gets its field message even when every turn is taken.
    DecodePlan plan = plan(upload, kind);
    try (DecodeSlots.Slot slot = slots.take()) {
      BufferedImage display = scaled(decode(upload, plan, timeLimit), DISPLAY_SIZE);
      BufferedImage upright = upright(display, orientation);
      return new Photo(
          jpeg(upright, 0.85f),
          jpeg(scaled(upright, THUMBNAIL_SIZE), 0.8f),
          upright.getWidth(),
          upright.getHeight());
    }
  }

  /** The decode plan from the picture's header; refuses a picture over the caps. */
  private static DecodePlan plan(byte[] upload, ImageKind kind) throws InvalidPhotoException {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
      ImageReader reader = reader(in);
      try {
        return DecodePlan.of(
            reader.getWidth(0),
            reader.getHeight(0),
            bytesPerPixel(reader),
            kind.subsamplesWhileDecoding());
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      rethrowErrors(e);
      throw unreadable();
    }
  }

  private static ImageReader reader(ImageInputStream in) throws InvalidPhotoException {
    Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
    if (!readers.hasNext()) {
      throw unreadable();
    }
    ImageReader reader = readers.next();
    reader.setInput(in, true, true);
    return reader;
  }

  private static BufferedImage decode(byte[] upload, DecodePlan plan, Duration timeLimit)
      throws InvalidPhotoException {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
      ImageReader reader = reader(in);
      try {
        ImageReadParam param = reader.getDefaultReadParam();
        param.setSourceSubsampling(plan.step(), plan.step(), 0, 0);
        DecodeWatchdog watchdog = DecodeWatchdog.watch(reader, timeLimit);
        BufferedImage image;
        try {
          image = reader.read(0, param);
        } catch (IOException | RuntimeException e) {
          if (watchdog.stop()) {
            throw tooMuchWork();
          }
          throw e;
        }
        if (watchdog.stop()) {
          throw tooMuchWork();
        }
        return image;
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      rethrowErrors(e);
      throw unreadable();
    }
  }

  /**
   * Readers wrap what went wrong, also an {@link OutOfMemoryError}; that must not pass as "a broken
   * file" but reach the logs as the failure it is.
   */
  private static void rethrowErrors(Throwable e) {
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof Error error) {
        throw error;
      }
    }
  }

  /** What one decoded pixel takes in memory, from the image type the reader will produce. */
  private static int bytesPerPixel(ImageReader reader) throws IOException {
    Iterator<ImageTypeSpecifier> types = reader.getImageTypes(0);
    if (!types.hasNext()) {
      return 8;
    }
    SampleModel model = types.next().getSampleModel();
    int bits = DataBuffer.getDataTypeSize(model.getDataType());
    return Math.max(1, model.getNumDataElements() * bits / 8);
  }

  static InvalidPhotoException tooMuchWork() {
    return new InvalidPhotoException(
        "Deze foto is op een ongewone manier opgeslagen en kost te veel werk om te openen. Kies een"
            + " andere foto.");
  }

  static InvalidPhotoException unreadable() {
    return new InvalidPhotoException(
        "Deze foto kunnen wij niet openen. Misschien is het bestand beschadigd. Kies een andere foto.");
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
