package nl.alkmaar.wijkaanzet.idea.photo;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class JpegScansTest {

  @Test
  void ordinaryJpegsHaveFewScans() {
    assertFalse(JpegScans.tooHeavy(TestImages.progressiveJpeg(640, 480)));
    assertFalse(JpegScans.tooHeavy(TestImages.phoneJpeg(640, 480, 6)));
    assertFalse(
        JpegScans.tooHeavy(
            TestImages.encode(TestImages.picture(64, 48, BufferedImage.TYPE_INT_RGB), "jpeg")));
  }

  @Test
  void repeatedScansAreCountedWithoutDecoding() {
    assertFalse(JpegScans.tooHeavy(TestImages.jpegWithExtraScans(640, 480, 20)));
    assertTrue(JpegScans.tooHeavy(TestImages.jpegWithExtraScans(640, 480, JpegScans.MAX_SCANS)));
  }

  @Test
  void strayBytesBeforeAScanDoNotHideItFromTheCount() {
    byte[] jpeg = TestImages.jpegWithExtraScans(640, 480, JpegScans.MAX_SCANS);
    int scan = indexOf(jpeg, (byte) 0xFF, (byte) 0xDA);
    byte[] hidden = new byte[jpeg.length + 1];
    System.arraycopy(jpeg, 0, hidden, 0, scan);
    System.arraycopy(jpeg, scan, hidden, scan + 1, jpeg.length - scan);

    assertTrue(JpegScans.tooHeavy(hidden), "libjpeg skips the stray byte, and so do we");
  }

  @Test
  void aLargeProgressiveJpegNeedsTooBigABuffer() {
    byte[] jpeg = TestImages.progressiveJpeg(64, 48);
    int frame = indexOf(jpeg, (byte) 0xFF, (byte) 0xC2);
    // Claim 6000 × 6000 in the frame header: 36 MP × 3 components × 2 bytes.
    jpeg[frame + 5] = (byte) (6000 >> 8);
    jpeg[frame + 6] = (byte) (6000 & 0xFF);
    jpeg[frame + 7] = (byte) (6000 >> 8);
    jpeg[frame + 8] = (byte) (6000 & 0xFF);

    assertTrue(JpegScans.tooHeavy(jpeg));
    assertFalse(JpegScans.tooHeavy(TestImages.progressiveJpeg(2000, 1500)), "3 MP is fine");
  }

  private static int indexOf(byte[] bytes, byte first, byte second) {
    for (int i = 2; i + 1 < bytes.length; i++) {
      if (bytes[i] == first && bytes[i + 1] == second) {
        return i;
      }
    }
    throw new AssertionError("marker not found");
  }

  @Test
  void aTruncatedFileIsLeftToTheDecoder() {
    byte[] jpeg = TestImages.progressiveJpeg(64, 48);
    assertFalse(JpegScans.tooHeavy(java.util.Arrays.copyOf(jpeg, 40)));
  }
}
