package nl.alkmaar.wijkaanzet.idea.photo;

/**
 * Sizes up the work a JPEG asks for, from its markers, without decoding it:
 *
 * <ul>
 *   <li>its scans: a progressive JPEG from a camera or image program has about ten; a crafted one
 *       repeats empty scans thousands of times, and every scan makes the decoder go over the whole
 *       picture again (measured: minutes of both cores from a file of 270 kB);
 *   <li>for a progressive JPEG, the decoder's buffer of all DCT coefficients (two bytes per sample
 *       of the full picture, outside the Java heap, whatever part of it we read): a 30 MP CMYK file
 *       took 250 MB of native memory per decode.
 * </ul>
 *
 * Bytes between segments that are no marker are skipped as libjpeg skips them, so they cannot hide
 * scans from the count.
 */
final class JpegScans {

  /** Well above what cameras and image programs write (libjpeg's progressive default is 10). */
  static final int MAX_SCANS = 50;

  /** Coefficient buffer of a progressive JPEG: 16 MP in colour, 12 MP in CMYK. */
  static final long MAX_COEFFICIENT_BYTES = 96L * 1024 * 1024;

  private JpegScans() {}

  /** Whether decoding {@code jpeg} would take more scans or buffer than a photo needs. */
  static boolean tooHeavy(byte[] jpeg) {
    int scans = 0;
    int i = 2; // after the start-of-image marker
    while (i + 3 < jpeg.length) {
      if ((jpeg[i] & 0xFF) != 0xFF) {
        i++; // not a marker: libjpeg skips such bytes to the next 0xFF
        continue;
      }
      int marker = jpeg[i + 1] & 0xFF;
      if (marker == 0xFF || marker == 0x00) {
        i++; // fill byte, or a stray stuffed byte
        continue;
      }
      if (marker == 0xD9) {
        return false; // end of image
      }
      if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
        i += 2; // markers without a length
        continue;
      }
      if (isProgressiveFrame(marker) && coefficientBytes(jpeg, i) > MAX_COEFFICIENT_BYTES) {
        return true;
      }
      int length = ((jpeg[i + 2] & 0xFF) << 8) | (jpeg[i + 3] & 0xFF);
      i += 2 + length;
      if (marker == 0xDA) {
        scans++;
        if (scans > MAX_SCANS) {
          return true;
        }
        i = afterScanData(jpeg, i);
      }
    }
    return false;
  }

  /** SOF2, SOF6, SOF10, SOF14: the progressive frame types. */
  private static boolean isProgressiveFrame(int marker) {
    return marker == 0xC2 || marker == 0xC6 || marker == 0xCA || marker == 0xCE;
  }

  /** Two bytes per sample of every component, in whole 8 × 8 blocks. */
  private static long coefficientBytes(byte[] jpeg, int marker) {
    if (marker + 9 >= jpeg.length) {
      return 0;
    }
    long height = ((jpeg[marker + 5] & 0xFF) << 8) | (jpeg[marker + 6] & 0xFF);
    long width = ((jpeg[marker + 7] & 0xFF) << 8) | (jpeg[marker + 8] & 0xFF);
    long components = jpeg[marker + 9] & 0xFF;
    return ((width + 7) / 8 * 8) * ((height + 7) / 8 * 8) * components * 2;
  }

  /** The position of the next marker after a scan's entropy-coded data. */
  private static int afterScanData(byte[] jpeg, int from) {
    int i = from;
    while (i + 1 < jpeg.length) {
      if ((jpeg[i] & 0xFF) == 0xFF) {
        int next = jpeg[i + 1] & 0xFF;
        boolean stuffedOrRestart = next == 0x00 || (next >= 0xD0 && next <= 0xD7);
        if (!stuffedOrRestart) {
          return i;
        }
      }
      i++;
    }
    return jpeg.length;
  }
}
