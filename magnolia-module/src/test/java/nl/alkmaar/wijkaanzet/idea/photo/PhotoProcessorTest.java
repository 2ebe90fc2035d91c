package nl.alkmaar.wijkaanzet.idea.photo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PhotoProcessorTest {

  private final PhotoProcessor processor = new PhotoProcessor();

  private static BufferedImage read(byte[] jpeg) throws Exception {
    return ImageIO.read(new ByteArrayInputStream(jpeg));
  }

  @Test
  void aPhonePhotoLosesItsGpsPositionAndStandsUpright() throws Exception {
    byte[] upload = TestImages.phoneJpeg(800, 600, 6);
    Metadata before = ImageMetadataReader.readMetadata(new ByteArrayInputStream(upload));
    assertNotNull(before.getFirstDirectoryOfType(GpsDirectory.class), "the test photo has GPS");

    Photo photo = processor.process(upload);

    Metadata after = ImageMetadataReader.readMetadata(new ByteArrayInputStream(photo.image()));
    assertNull(after.getFirstDirectoryOfType(GpsDirectory.class), "GPS position removed");
    assertNull(after.getFirstDirectoryOfType(ExifIFD0Directory.class), "no EXIF at all");
    assertEquals(600, photo.width(), "orientation 6 turns a landscape picture upright");
    assertEquals(800, photo.height());
    assertEquals(600, read(photo.image()).getWidth());
  }

  @Test
  void largePhotosAreScaledDownAndGetAThumbnail() throws Exception {
    byte[] upload =
        TestImages.encode(TestImages.picture(3200, 2400, BufferedImage.TYPE_INT_RGB), "jpeg");

    Photo photo = processor.process(upload);

    assertEquals(1600, photo.width());
    assertEquals(1200, photo.height());
    BufferedImage thumbnail = read(photo.thumbnail());
    assertEquals(480, thumbnail.getWidth());
    assertEquals(360, thumbnail.getHeight());
  }

  @Test
  void aTransparentPngBecomesAJpegOnWhite() throws Exception {
    BufferedImage transparent = new BufferedImage(40, 30, BufferedImage.TYPE_INT_ARGB);

    Photo photo = processor.process(TestImages.encode(transparent, "png"));
    BufferedImage result = read(photo.image());

    assertEquals(40, result.getWidth());
    int rgb = result.getRGB(20, 15) & 0xFFFFFF;
    assertTrue(((rgb >> 16) & 0xFF) > 240 && (rgb & 0xFF) > 240, Integer.toHexString(rgb));
  }

  @Test
  void aWebpFromABrowserIsAccepted() throws Exception {
    Photo photo = processor.process(TestImages.resource("rood-64x48.webp"));

    assertEquals(64, photo.width());
    assertEquals(48, photo.height());
    assertEquals(0xFF, photo.image()[0] & 0xFF, "stored as JPEG");
  }

  @Test
  void aWebpIsTurnedByTheOrientationInItsExifChunk() throws Exception {
    Photo photo = processor.process(TestImages.webpTurned("rood-64x48.webp"));

    assertEquals(48, photo.width());
    assertEquals(64, photo.height());
  }

  @Test
  void somethingThatIsNotAPhotoIsRefused() {
    InvalidPhotoException error =
        assertThrows(
            InvalidPhotoException.class,
            () -> processor.process("<html>dit is geen foto</html>".getBytes()));

    assertEquals(
        "Dit bestand is geen foto. Kies een foto van het type JPG, PNG of WebP.",
        error.getMessage());
  }

  @Test
  void aBrokenPhotoIsRefusedWithoutAStackTrace() {
    byte[] jpeg =
        TestImages.encode(TestImages.picture(200, 100, BufferedImage.TYPE_INT_RGB), "jpeg");

    InvalidPhotoException error =
        assertThrows(InvalidPhotoException.class, () -> processor.process(Arrays.copyOf(jpeg, 40)));

    assertTrue(
        error.getMessage().startsWith("Deze foto kunnen wij niet openen."), error.getMessage());
  }

  @Test
  void tooManyPixelsAreRefusedBeforeDecoding() {
    InvalidPhotoException error =
        assertThrows(
            InvalidPhotoException.class,
            () -> processor.process(TestImages.pngClaiming(30_000, 30_000)));

    assertTrue(
        error.getMessage().startsWith("Deze foto heeft te veel pixels."), error.getMessage());
  }

  /** Under load every decode turn may be taken; a photo over the caps still gets its message. */
  @Test
  void tooManyPixelsAreRefusedWithoutWaitingForATurn() {
    DecodeSlots busy = new DecodeSlots(1, Duration.ofMillis(50));
    PhotoProcessor loaded = new PhotoProcessor(busy, Duration.ofSeconds(10));
    try (DecodeSlots.Slot taken = busy.take()) {
      InvalidPhotoException error =
          assertThrows(
              InvalidPhotoException.class, () -> loaded.process(TestImages.pngBomb(7000, 7000)));

      assertTrue(error.getMessage().startsWith("Deze foto heeft te veel pixels."));
    }
  }

  @Test
  void theBombFromTheAttackIsRefusedBeforeDecoding() {
    byte[] bomb = TestImages.pngBomb(7000, 7000);
    assertTrue(bomb.length < 1024 * 1024, "a small file: " + bomb.length);

    InvalidPhotoException error =
        assertThrows(InvalidPhotoException.class, () -> processor.process(bomb));

    assertTrue(
        error.getMessage().startsWith("Deze foto heeft te veel pixels."), error.getMessage());
  }

  @Test
  void aProgressiveJpegIsAcceptedButOneWithThousandsOfScansIsNot() throws Exception {
    assertEquals(1200, processor.process(TestImages.progressiveJpeg(1200, 900)).width());

    InvalidPhotoException error =
        assertThrows(
            InvalidPhotoException.class,
            () -> processor.process(TestImages.jpegWithExtraScans(2000, 2000, 10_000)));

    assertTrue(error.getMessage().contains("kost te veel werk"), error.getMessage());
  }

  @Test
  void aDecodeThatTakesTooLongIsStoppedAndThePhotoRefused() {
    PhotoProcessor impatient =
        new PhotoProcessor(
            new DecodeSlots(1, java.time.Duration.ofSeconds(1)), java.time.Duration.ofMillis(50));
    byte[] heavy = TestImages.pngBomb(5400, 5400);

    InvalidPhotoException error =
        assertThrows(InvalidPhotoException.class, () -> impatient.process(heavy));

    assertTrue(error.getMessage().contains("kost te veel werk"), error.getMessage());
  }

  @Test
  void aVeryWidePngIsRefusedBeforeDecoding() {
    // 30 megapixels as one long strip: rows of 800 kB each while decoding.
    InvalidPhotoException error =
        assertThrows(
            InvalidPhotoException.class, () -> processor.process(TestImages.pngBomb(100_000, 300)));

    assertTrue(
        error.getMessage().startsWith("Deze foto heeft te veel pixels."), error.getMessage());
  }

  @Test
  void aHeavyPictureJustUnderTheCapIsDecodedIntoLittleMemory() throws Exception {
    // 29 megapixels of 16-bit RGBA: 233 MB when decoded whole, and again 117 MB when turned.
    byte[] heavy = TestImages.pngBomb(5400, 5400);
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
    long before = threads.getCurrentThreadAllocatedBytes();

    Photo photo = processor.process(heavy);

    long allocated = threads.getCurrentThreadAllocatedBytes() - before;
    assertEquals(1600, photo.width());
    assertEquals(1600, photo.height());
    assertTrue(allocated < 120L * 1024 * 1024, "allocated " + allocated / (1024 * 1024) + " MB");
  }

  @Test
  void onlyAFewPhotosAreDecodedAtOnceTheRestWaitThenAreTurnedAway() throws Exception {
    DecodeSlots slots = new DecodeSlots(1, java.time.Duration.ofMillis(50));
    PhotoProcessor busy = new PhotoProcessor(slots, PhotoProcessor.DECODE_TIME_LIMIT);
    byte[] photo = TestImages.phoneJpeg(400, 300, 1);

    try (DecodeSlots.Slot taken = slots.take()) {
      assertThrows(PhotosBusyException.class, () -> busy.process(photo));
    }
    assertEquals(400, busy.process(photo).width(), "a turn is free again");
  }

  @Test
  void moreThanFiveMegabytesIsRefused() {
    byte[] big = new byte[PhotoProcessor.MAX_BYTES + 1];
    big[0] = (byte) 0xFF;
    big[1] = (byte) 0xD8;
    big[2] = (byte) 0xFF;

    InvalidPhotoException error =
        assertThrows(InvalidPhotoException.class, () -> processor.process(big));

    assertEquals("De foto is groter dan 5 MB. Kies een kleinere foto.", error.getMessage());
  }
}
