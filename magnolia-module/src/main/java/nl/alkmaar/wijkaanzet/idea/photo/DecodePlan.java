package nl.alkmaar.wijkaanzet.idea.photo;

/**
 * How to decode a photo whose header promises {@code width} × {@code height} pixels, decided before
 * a single pixel is decoded: every {@code step}-th pixel in both directions, so the decoded picture
 * is still at least the display size but fits the memory budget. Readers that cannot skip pixels
 * while decoding (WebP) are budgeted for the whole picture.
 */
record DecodePlan(int step) {

  static DecodePlan of(int width, int height, int bytesPerPixel, boolean canSkipPixels)
      throws InvalidPhotoException {
    if (width <= 0 || height <= 0) {
      throw PhotoProcessor.unreadable();
    }
    long pixels = (long) width * height;
    if (pixels > PhotoProcessor.MAX_PIXELS
        || width > PhotoProcessor.MAX_SIDE
        || height > PhotoProcessor.MAX_SIDE) {
      throw tooManyPixels();
    }
    if (!canSkipPixels) {
      if (pixels * bytesPerPixel > PhotoProcessor.DECODE_BUDGET_BYTES) {
        throw new InvalidPhotoException(
            "Deze WebP-foto is te groot om te openen. Kies een kleinere foto of een JPG-foto.");
      }
      return new DecodePlan(1);
    }
    int step = Math.max(1, Math.max(width, height) / PhotoProcessor.DISPLAY_SIZE);
    while (decodedBytes(width, height, step, bytesPerPixel) > PhotoProcessor.DECODE_BUDGET_BYTES) {
      step++;
    }
    return new DecodePlan(step);
  }

  /**
   * The decoded picture, plus the rows the reader keeps at full width while it decodes (a PNG
   * reader holds the current and the previous row, and one more to filter into).
   */
  static long decodedBytes(int width, int height, int step, int bytesPerPixel) {
    long w = (width + step - 1) / step;
    long h = (height + step - 1) / step;
    long rows = 3L * width * bytesPerPixel;
    return w * h * bytesPerPixel + rows;
  }

  private static InvalidPhotoException tooManyPixels() {
    return new InvalidPhotoException(
        "Deze foto heeft te veel pixels. Kies een kleinere foto (hoogstens 30 megapixel, en"
            + " hoogstens 12.000 pixels breed of hoog).");
  }
}
