package nl.alkmaar.wijkaanzet.idea.photo;

/**
 * Counts the scans of a JPEG without decoding it. A progressive JPEG from a camera or phone has
 * about ten; a crafted one can repeat empty scans thousands of times, and every scan makes the
 * decoder go over the whole picture again (measured: hours of work from a file of 300 kB). The
 * count walks the markers: segments by their length, scan data up to the next marker.
 */
final class JpegScans {

  /** Well above what cameras and image programs write (libjpeg's progressive default is 10). */
  static final int MAX_SCANS = 50;

  private JpegScans() {}

  /** Whether {@code jpeg} has more than {@link #MAX_SCANS} scans. */
  static boolean tooMany(byte[] jpeg) {
    int scans = 0;
    int i = 2; // after the start-of-image marker
    while (i + 3 < jpeg.length) {
      if ((jpeg[i] & 0xFF) != 0xFF) {
        return false; // not a marker where one belongs: let the decoder call it broken
      }
      int marker = jpeg[i + 1] & 0xFF;
      if (marker == 0xFF) {
        i++; // fill byte
        continue;
      }
      if (marker == 0xD9) {
        return false; // end of image
      }
      if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
        i += 2; // markers without a length
        continue;
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
