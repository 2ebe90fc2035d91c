package nl.alkmaar.wijkaanzet.idea.photo;

import java.util.Optional;

/**
 * The image formats residents may send, recognised by their first bytes rather than by file name or
 * the browser's content type, which anyone can set to anything.
 */
enum ImageKind {
  JPEG,
  PNG,
  WEBP;

  static Optional<ImageKind> sniff(byte[] bytes) {
    if (startsWith(bytes, 0, 0xFF, 0xD8, 0xFF)) {
      return Optional.of(JPEG);
    }
    if (startsWith(bytes, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
      return Optional.of(PNG);
    }
    if (startsWith(bytes, 0, 'R', 'I', 'F', 'F') && startsWith(bytes, 8, 'W', 'E', 'B', 'P')) {
      return Optional.of(WEBP);
    }
    return Optional.empty();
  }

  /**
   * Whether the JDK's reader for this format writes only every n-th pixel while decoding (JPEG and
   * PNG decode row by row into the smaller picture); the WebP reader decodes the whole picture.
   */
  boolean subsamplesWhileDecoding() {
    return this != WEBP;
  }

  private static boolean startsWith(byte[] bytes, int offset, int... expected) {
    if (bytes.length < offset + expected.length) {
      return false;
    }
    for (int i = 0; i < expected.length; i++) {
      if ((bytes[offset + i] & 0xFF) != expected[i]) {
        return false;
      }
    }
    return true;
  }
}
