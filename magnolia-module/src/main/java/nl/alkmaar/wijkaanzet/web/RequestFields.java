package nl.alkmaar.wijkaanzet.web;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the fields of a post, JSON object or URL-encoded form, as text. Refuses other content
 * types, bodies over the limit and bytes that are not UTF-8, each with a Dutch problem.
 */
public final class RequestFields {

  private static final Logger LOG = LoggerFactory.getLogger(RequestFields.class);

  private RequestFields() {}

  /** A post from an HTML form (as opposed to JSON from a script). */
  public static boolean isForm(HttpServletRequest request) {
    String type = mediaType(request);
    return type.equals("application/x-www-form-urlencoded") || type.equals("multipart/form-data");
  }

  /** Bodies up to this size are read to the end after a refusal (see {@link #drainSmallBody}). */
  static final int DRAIN_LIMIT = 1024 * 1024;

  /**
   * A refusal often comes before the body was read. Reading a rest of up to 1 MB keeps the
   * connection usable for the client's next request and lets a client that is still sending read
   * the answer (a container closes a connection with unread content; a client that just reused it,
   * or was still writing into it, sees no answer at all, as a 413 for a 70 kB text showed). Larger
   * or unknown bodies are left, with {@code Connection: close} so nobody reuses the connection.
   */
  public static void drainSmallBody(HttpServletRequest request, HttpServletResponse response) {
    long length = request.getContentLengthLong();
    if (length == 0) {
      return;
    }
    if (length < 0 || length > DRAIN_LIMIT) {
      response.setHeader("Connection", "close");
      return;
    }
    try {
      request.getInputStream().readNBytes(DRAIN_LIMIT);
    } catch (IOException | RuntimeException e) {
      // already read, or the client went away: nothing to keep usable
    }
  }

  /** A post with a {@code multipart/form-data} body (a form that may carry a photo). */
  public static boolean isMultipart(HttpServletRequest request) {
    return mediaType(request).equals("multipart/form-data");
  }

  /** A post with a JSON body. */
  public static boolean isJson(HttpServletRequest request) {
    return mediaType(request).equals("application/json");
  }

  /**
   * @param maxBytes for all text fields together
   * @param maxPhotoBytes for the photo of a multipart post
   */
  public static PostedForm read(HttpServletRequest request, int maxBytes, int maxPhotoBytes)
      throws IOException {
    String type = mediaType(request);
    return switch (type) {
      case "application/json" -> json(utf8(readLimited(request, maxBytes)));
      case "application/x-www-form-urlencoded" -> form(utf8(readLimited(request, maxBytes)));
      case "multipart/form-data" -> MultipartReader.read(request, maxBytes, maxPhotoBytes);
      default ->
          throw new ProblemException(
              Problem.of(
                  415,
                  "Dit formaat kennen we niet",
                  "Stuur de gegevens als formulier of als JSON (UTF-8)."));
    };
  }

  private static String mediaType(HttpServletRequest request) {
    String type = request.getContentType();
    return type == null ? "" : type.split(";")[0].strip().toLowerCase(Locale.ROOT);
  }

  private static byte[] readLimited(HttpServletRequest request, int maxBytes) throws IOException {
    if (request.getContentLengthLong() > maxBytes) {
      throw tooLarge(maxBytes);
    }
    byte[] body;
    try (InputStream in = request.getInputStream()) {
      body = in.readNBytes(maxBytes + 1);
    } catch (IOException | RuntimeException e) {
      throw interrupted(e);
    }
    if (body.length > maxBytes) {
      throw tooLarge(maxBytes);
    }
    return body;
  }

  /**
   * The body stopped coming: the connection broke, or the host cut off a client that sent too
   * slowly (a container's own exception, which this module cannot name).
   */
  static ProblemException interrupted(Exception cause) {
    // One line, so a bug in reading shows up in the logs instead of hiding behind the 408.
    LOG.info("request body not read: {}", cause.toString());
    return new ProblemException(
        Problem.of(
            408,
            "Versturen onderbroken",
            "Het versturen duurde te lang of werd onderbroken. Er is niets opgeslagen. Probeer het"
                + " opnieuw."));
  }

  private static ProblemException tooLarge(int maxBytes) {
    return new ProblemException(
        Problem.of(
            413,
            "Te veel tekst",
            "U stuurde meer dan " + (maxBytes / 1024) + " kB. Maak uw tekst korter."));
  }

  static String utf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new ProblemException(
          Problem.of(400, "Onleesbare tekens", "De tekst is niet in UTF-8 verstuurd."));
    }
  }

  private static PostedForm json(String body) {
    JsonNode root;
    try {
      root = Json.mapper().readTree(body);
    } catch (IOException e) {
      root = null;
    }
    if (root == null || !root.isObject()) {
      throw new ProblemException(
          Problem.of(400, "Onleesbare gegevens", "Stuur de gegevens als één JSON-object."));
    }
    Map<String, String> fields = new LinkedHashMap<>();
    Map<String, List<String>> lists = new LinkedHashMap<>();
    root.fields()
        .forEachRemaining(
            field -> {
              JsonNode value = field.getValue();
              if (value.isValueNode() && !value.isNull()) {
                fields.put(field.getKey(), value.asText());
                lists.put(field.getKey(), List.of(value.asText()));
              } else if (value.isArray()) {
                List<String> values = new ArrayList<>();
                value.forEach(
                    element -> {
                      if (element.isValueNode() && !element.isNull()) {
                        values.add(element.asText());
                      }
                    });
                lists.put(field.getKey(), List.copyOf(values));
              }
            });
    return new PostedForm(fields, lists, Optional.empty());
  }

  private static PostedForm form(String body) {
    Map<String, String> fields = new LinkedHashMap<>();
    Map<String, List<String>> lists = new LinkedHashMap<>();
    for (String pair : body.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String name = decode(equals < 0 ? pair : pair.substring(0, equals));
      String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
      fields.putIfAbsent(name, value);
      lists.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
    }
    return new PostedForm(fields, lists, Optional.empty());
  }

  /**
   * Percent-decoding into bytes, then the same strict UTF-8 as every other body: {@code %FF} is not
   * quietly turned into a replacement character.
   */
  private static String decode(String part) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(part.length());
    int i = 0;
    while (i < part.length()) {
      char c = part.charAt(i);
      if (c == '%') {
        int high = i + 2 < part.length() ? Character.digit(part.charAt(i + 1), 16) : -1;
        int low = i + 2 < part.length() ? Character.digit(part.charAt(i + 2), 16) : -1;
        if (high < 0 || low < 0) {
          throw new ProblemException(
              Problem.of(400, "Onleesbare gegevens", "Het formulier is niet goed verstuurd."));
        }
        bytes.write(high * 16 + low);
        i += 3;
      } else {
        int end = i + Character.charCount(part.codePointAt(i));
        String text = c == '+' ? " " : part.substring(i, end);
        bytes.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        i = end;
      }
    }
    return utf8(bytes.toByteArray());
  }
}
