package nl.alkmaar.wijkaanzet.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * A JSON answer written once and sent again while what it is made of is still the same object (an
 * in-memory view hands out the same list until its content changes), with an {@code ETag}: a client
 * that has it gets a 304 without a body. {@code no-cache}: every use asks again, so a change shows
 * at once.
 */
public final class KeptJson {

  private record Kept(Object source, byte[] body, String etag) {}

  private final Map<String, Kept> byKey = new ConcurrentHashMap<>();

  /**
   * Sends the answer kept under {@code key} if it was made of {@code source}, else makes it with
   * {@code body} and keeps that. {@code key} must come from a small set (a campaign and wijk).
   */
  public void send(
      HttpServletRequest request,
      HttpServletResponse response,
      String key,
      Object source,
      Supplier<Object> body)
      throws IOException {
    Kept kept = byKey.get(key);
    if (kept == null || kept.source() != source) {
      byte[] bytes = Json.mapper().writeValueAsBytes(body.get());
      kept = new Kept(source, bytes, etag(bytes));
      byKey.put(key, kept);
    }
    response.setHeader("ETag", kept.etag());
    response.setHeader("Cache-Control", "no-cache");
    if (matches(request.getHeader("If-None-Match"), kept.etag())) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    response.setStatus(HttpServletResponse.SC_OK);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response.setContentLength(kept.body().length);
    response.getOutputStream().write(kept.body());
  }

  /** Whether an {@code If-None-Match} header names {@code etag} (weakly: compression may add). */
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
      // Jetty's compression names a compressed answer's tag "<tag>--gzip" and takes the suffix
      // off again when it comes back; a proxy may not, so a suffix after "--" still matches.
      if (tag.equals(etag) || tag.equals("*") || tag.startsWith('"' + bare + "--")) {
        return true;
      }
    }
    return false;
  }

  private static String etag(byte[] body) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
      return '"'
          + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22)
          + '"';
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
