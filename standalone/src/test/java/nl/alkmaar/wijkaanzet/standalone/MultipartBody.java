package nl.alkmaar.wijkaanzet.standalone;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** A {@code multipart/form-data} body as a browser sends the form, with an optional photo. */
final class MultipartBody {

  static final String BOUNDARY = "----wijkaanzet-test";
  static final String CONTENT_TYPE = "multipart/form-data; boundary=" + BOUNDARY;

  private MultipartBody() {}

  /** The fields, then the photo (when not null) under the file name given. */
  static byte[] of(Map<String, String> fields, byte[] photo, String fileName) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    fields.forEach(
        (name, value) ->
            write(
                body,
                "--"
                    + BOUNDARY
                    + "\r\nContent-Disposition: form-data; name=\""
                    + name
                    + "\"\r\n\r\n"
                    + value
                    + "\r\n"));
    if (photo != null) {
      write(
          body,
          "--"
              + BOUNDARY
              + "\r\nContent-Disposition: form-data; name=\"photo\"; filename=\""
              + fileName
              + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
      body.writeBytes(photo);
      write(body, "\r\n");
    }
    write(body, "--" + BOUNDARY + "--\r\n");
    return body.toByteArray();
  }

  private static void write(ByteArrayOutputStream body, String text) {
    body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }
}
