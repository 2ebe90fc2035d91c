package nl.alkmaar.wijkaanzet.web.screen;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import nl.alkmaar.wijkaanzet.web.PostedForm;
import nl.alkmaar.wijkaanzet.web.RequestFields;

/**
 * A staff screen's form with a photo ({@code multipart/form-data}, the file in the field {@code
 * photo}). The container reads such a form only where the servlet is registered with a multipart
 * configuration, which Magnolia's servlets are not; so it is read here, within limits, and handed
 * on as a request whose parameters are the form's fields, like any other screen's post.
 */
public final class ScreenUploads {

  /** A photo of 5 MB and the form's text, with room to spare. */
  public static final long MOST_BYTES = 12L * 1024 * 1024;

  public static final String TOO_LARGE =
      "Het formulier met de foto was groter dan 12 MB. Er is niets opgeslagen. Kies een kleinere"
          + " foto en probeer het opnieuw.";

  /** The text fields of a screen's form together, at most. */
  private static final int MOST_FIELD_BYTES = 64 * 1024;

  private static final String PHOTO = ScreenUploads.class.getName() + ".photo";

  private ScreenUploads() {}

  public static boolean isUpload(HttpServletRequest request) {
    return RequestFields.isMultipart(request);
  }

  /** Whether the post is too large for a form with a photo, or does not say how large it is. */
  public static boolean tooLarge(HttpServletRequest request) {
    long length = request.getContentLengthLong();
    return length < 0 || length > MOST_BYTES;
  }

  /**
   * Reads the form; the answer's parameters are its fields and {@link #photo} its photo.
   *
   * @throws nl.alkmaar.wijkaanzet.web.ProblemException when it is larger than allowed or garbled
   */
  public static HttpServletRequest read(HttpServletRequest request, int maxPhotoBytes)
      throws IOException {
    PostedForm posted = RequestFields.read(request, MOST_FIELD_BYTES, maxPhotoBytes);
    request.setAttribute(PHOTO, posted.photo().orElse(null));
    return new Fields(request, posted.fields());
  }

  /** The photo of a form read by {@link #read}; empty when none was chosen. */
  public static Optional<byte[]> photo(HttpServletRequest request) {
    return Optional.ofNullable((byte[]) request.getAttribute(PHOTO))
        .filter(bytes -> bytes.length > 0);
  }

  /** The request with the form's fields as its parameters. */
  private static final class Fields extends HttpServletRequestWrapper {

    private final Map<String, String[]> parameters = new LinkedHashMap<>();

    Fields(HttpServletRequest request, Map<String, String> fields) {
      super(request);
      fields.forEach((name, value) -> parameters.put(name, new String[] {value}));
    }

    @Override
    public String getParameter(String name) {
      String[] values = parameters.get(name);
      return values == null ? null : values[0];
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      return Collections.unmodifiableMap(parameters);
    }

    @Override
    public Enumeration<String> getParameterNames() {
      return Collections.enumeration(parameters.keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
      String[] values = parameters.get(name);
      return values == null ? null : values.clone();
    }
  }
}
