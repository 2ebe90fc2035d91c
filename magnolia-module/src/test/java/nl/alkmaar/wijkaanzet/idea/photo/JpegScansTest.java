package nl.alkmaar.wijkaanzet.idea.photo;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class JpegScansTest {

  @Test
  void ordinaryJpegsHaveFewScans() {
    assertFalse(JpegScans.tooMany(TestImages.progressiveJpeg(640, 480)));
    assertFalse(JpegScans.tooMany(TestImages.phoneJpeg(640, 480, 6)));
    assertFalse(
        JpegScans.tooMany(
            TestImages.encode(TestImages.picture(64, 48, BufferedImage.TYPE_INT_RGB), "jpeg")));
  }

  @Test
  void repeatedScansAreCountedWithoutDecoding() {
    assertFalse(JpegScans.tooMany(TestImages.jpegWithExtraScans(640, 480, 20)));
    assertTrue(JpegScans.tooMany(TestImages.jpegWithExtraScans(640, 480, JpegScans.MAX_SCANS)));
  }

  @Test
  void aTruncatedFileIsLeftToTheDecoder() {
    byte[] jpeg = TestImages.progressiveJpeg(64, 48);
    assertFalse(JpegScans.tooMany(java.util.Arrays.copyOf(jpeg, 40)));
  }
}
