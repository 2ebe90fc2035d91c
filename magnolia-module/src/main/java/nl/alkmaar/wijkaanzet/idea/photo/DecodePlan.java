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
    if (pixels > PhotoProcessor.MAX_PIXELS) {
      throw tooManyPixels();
    }
    if (!canSkipPixels) {
      if (pixels * bytesPerPixel > PhotoProcessor.DECODE_BUDGET_BYTES) {
        throw tooManyPixels();
      }
      return new DecodePlan(1);
    }
    int step = Math.max(1, Math.max(width, height) / PhotoProcessor.DISPLAY_SIZE);
    while (decodedBytes(width, height, step, bytesPerPixel) > PhotoProcessor.DECODE_BUDGET_BYTES) {
      step++;
    }
    return new DecodePlan(step);
  }

  static long decodedBytes(int width, int height, int step, int bytesPerPixel) {
    long w = (width + step - 1) / step;
    long h = (height + step - 1) / step;
    return w * h * bytesPerPixel;
  }

  private static InvalidPhotoException tooManyPixels() {
    return new InvalidPhotoException(
        "Deze foto heeft te veel pixels. Kies een kleinere foto (hoogstens 30 megapixel).");
  }
}
