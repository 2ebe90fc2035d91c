package nl.alkmaar.wijkaanzet.web;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** Validators ({@code ETag}) of answers, and whether a client's {@code If-None-Match} names one. */
public final class EntityTags {

  private EntityTags() {}

  /** A strong validator of these bytes: the first 22 characters of their SHA-256, quoted. */
  public static String of(byte[] body) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
      return '"'
          + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22)
          + '"';
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  /**
   * Whether an {@code If-None-Match} header names {@code etag}: weak comparison (a {@code W/} is
   * ignored), {@code *}, or the tag with a suffix after {@code --} (Jetty's compression names a
   * compressed answer {@code "<tag>--gzip"} and takes that off again, a proxy may not).
   */
  public static boolean matches(String ifNoneMatch, String etag) {
    if (ifNoneMatch == null) {
      return false;
    }
    String bare = etag.substring(1, etag.length() - 1);
    for (String given : ifNoneMatch.split(",")) {
      String tag = given.strip();
      if (tag.startsWith("W/")) {
        tag = tag.substring(2);
      }
      if (tag.equals(etag) || tag.equals("*") || tag.startsWith('"' + bare + "--")) {
        return true;
      }
    }
    return false;
  }
}
