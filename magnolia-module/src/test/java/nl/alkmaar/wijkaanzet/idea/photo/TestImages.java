package nl.alkmaar.wijkaanzet.idea.photo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.ImageIO;

/** Images made for the tests: a phone-like JPEG with EXIF (orientation, GPS), PNGs, a bomb. */
public final class TestImages {

  private TestImages() {}

  public static BufferedImage picture(int width, int height, int type) {
    BufferedImage image = new BufferedImage(width, height, type);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(200, 16, 46));
    g.fillRect(0, 0, width, height);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width / 4, height / 4);
    g.dispose();
    return image;
  }

  public static byte[] encode(BufferedImage image, String format) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(image, format, out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A JPEG as a phone writes it: an EXIF segment right after the start marker, with the orientation
   * and a GPS block (latitude reference only; enough to tell whether it survived).
   */
  public static byte[] phoneJpeg(int width, int height, int orientation) {
    byte[] plain = encode(picture(width, height, BufferedImage.TYPE_INT_RGB), "jpeg");
    ByteBuffer tiff = ByteBuffer.allocate(56);
    tiff.put(new byte[] {'M', 'M', 0, 42}).putInt(8);
    tiff.putShort((short) 2);
    tiff.putShort((short) 0x0112)
        .putShort((short) 3)
        .putInt(1)
        .putShort((short) orientation)
        .putShort((short) 0);
    tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(38);
    tiff.putInt(0);
    tiff.putShort((short) 1);
    tiff.putShort((short) 0x0001).putShort((short) 2).putInt(2).put(new byte[] {'N', 0, 0, 0});
    tiff.putInt(0);
    byte[] exifHeader = {'E', 'x', 'i', 'f', 0, 0};
    int length = 2 + exifHeader.length + tiff.position();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(plain, 0, 2);
    out.write(0xFF);
    out.write(0xE1);
    out.write(length >> 8);
    out.write(length & 0xFF);
    out.writeBytes(exifHeader);
    out.write(tiff.array(), 0, tiff.position());
    out.write(plain, 2, plain.length - 2);
    return out.toByteArray();
  }

  /** A progressive JPEG, as image programs write it (about ten scans). */
  public static byte[] progressiveJpeg(int width, int height) {
    try {
      javax.imageio.ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
      javax.imageio.ImageWriteParam param = writer.getDefaultWriteParam();
      param.setProgressiveMode(javax.imageio.ImageWriteParam.MODE_DEFAULT);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (javax.imageio.stream.ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
        writer.setOutput(stream);
        writer.write(
            null,
            new javax.imageio.IIOImage(
                picture(width, height, BufferedImage.TYPE_INT_RGB), null, null),
            param);
      } finally {
        writer.dispose();
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The attack on decoding time: a progressive JPEG with {@code extra} empty refinement scans put
   * in before its end, each of which makes a decoder go over the whole picture again.
   */
  public static byte[] jpegWithExtraScans(int width, int height, int extra) {
    byte[] jpeg = progressiveJpeg(width, height);
    byte[] scan = {(byte) 0xFF, (byte) 0xDA, 0, 8, 1, 1, 0, 1, 0x3F, 0x10};
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(jpeg, 0, jpeg.length - 2);
    for (int i = 0; i < extra; i++) {
      out.writeBytes(scan);
    }
    out.write(jpeg, jpeg.length - 2, 2);
    return out.toByteArray();
  }

  /** A tiny PNG whose header claims {@code width} × {@code height} pixels. */
  public static byte[] pngClaiming(int width, int height) {
    byte[] png = encode(picture(1, 1, BufferedImage.TYPE_INT_RGB), "png");
    ByteBuffer.wrap(png, 16, 8).putInt(width).putInt(height);
    CRC32 crc = new CRC32();
    crc.update(png, 12, 17);
    ByteBuffer.wrap(png, 29, 4).putInt((int) crc.getValue());
    return png;
  }

  /**
   * A decompression bomb: a PNG of {@code width} × {@code height} pixels of 16-bit RGBA (8 bytes a
   * pixel), all zero, so it compresses to a few hundred kilobytes, followed by an EXIF chunk with
   * orientation 6 (turn a quarter). Written chunk by chunk, so making it needs no big picture in
   * memory.
   */
  public static byte[] pngBomb(int width, int height) {
    try {
      ByteArrayOutputStream png = new ByteArrayOutputStream();
      png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
      ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height);
      header.put((byte) 16).put((byte) 6).put((byte) 0).put((byte) 0).put((byte) 0);
      chunk(png, "IHDR", header.array());
      ByteArrayOutputStream compressed = new ByteArrayOutputStream();
      Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
      try (DeflaterOutputStream zlib = new DeflaterOutputStream(compressed, deflater, 64 * 1024)) {
        byte[] row = new byte[1 + width * 8]; // filter byte 0, then the pixels
        for (int y = 0; y < height; y++) {
          zlib.write(row);
        }
      } finally {
        deflater.end();
      }
      chunk(png, "IDAT", compressed.toByteArray());
      chunk(png, "eXIf", orientationSix());
      chunk(png, "IEND", new byte[0]);
      return png.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A WebP with an EXIF chunk (orientation 6) after its picture, as some cameras write it. */
  public static byte[] webpTurned(String resource) {
    byte[] webp = resource(resource);
    byte[] tiff = orientationSix();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(webp, 0, webp.length);
    out.writeBytes("EXIF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    out.writeBytes(
        ByteBuffer.allocate(4).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(tiff.length).array());
    out.writeBytes(tiff);
    byte[] result = out.toByteArray();
    ByteBuffer.wrap(result, 4, 4).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(result.length - 8);
    return result;
  }

  private static byte[] orientationSix() {
    ByteBuffer tiff = ByteBuffer.allocate(26);
    tiff.put(new byte[] {'M', 'M', 0, 42}).putInt(8).putShort((short) 1);
    tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) 6);
    tiff.putShort((short) 0).putInt(0);
    return tiff.array();
  }

  private static void chunk(ByteArrayOutputStream png, String type, byte[] data)
      throws IOException {
    byte[] name = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    png.write(ByteBuffer.allocate(4).putInt(data.length).array());
    png.write(name);
    png.write(data);
    CRC32 crc = new CRC32();
    crc.update(name);
    crc.update(data);
    png.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }

  public static byte[] resource(String name) {
    try (InputStream in = TestImages.class.getResourceAsStream("/photos/" + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
