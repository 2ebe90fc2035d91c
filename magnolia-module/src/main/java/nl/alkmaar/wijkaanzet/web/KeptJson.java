package nl.alkmaar.wijkaanzet.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
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
      kept = new Kept(source, bytes, EntityTags.of(bytes));
      byKey.put(key, kept);
    }
    response.setHeader("ETag", kept.etag());
    response.setHeader("Cache-Control", "no-cache");
    if (EntityTags.matches(request.getHeader("If-None-Match"), kept.etag())) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    response.setStatus(HttpServletResponse.SC_OK);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response.setContentLength(kept.body().length);
    response.getOutputStream().write(kept.body());
  }
}
