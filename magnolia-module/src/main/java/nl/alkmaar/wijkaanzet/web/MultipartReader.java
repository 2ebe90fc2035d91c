package nl.alkmaar.wijkaanzet.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.fileupload2.core.FileItemInput;
import org.apache.commons.fileupload2.core.FileItemInputIterator;
import org.apache.commons.fileupload2.core.FileUploadSizeException;
import org.apache.commons.fileupload2.core.MultipartInput;
import org.apache.commons.fileupload2.jakarta.servlet6.JakartaServletDiskFileUpload;

/**
 * Reads a {@code multipart/form-data} post as a stream, with our own limits, so it works the same
 * whether or not the host registered the servlet with a multipart configuration (Magnolia does
 * not). A photo over the limit is cut at limit + 1 byte, so the photo rules can say "too big" next
 * to the field instead of failing the whole post.
 */
final class MultipartReader {

  static final String PHOTO_FIELD = "photo";

  /** Whole request: a photo a little over 5 MB still gets a friendly message. */
  static final long MAX_REQUEST_BYTES = 12L * 1024 * 1024;

  /** The form has about a dozen fields; far more parts is not a form of ours. */
  static final int MAX_PARTS = 40;

  private MultipartReader() {}

  static PostedForm read(HttpServletRequest request, int maxFieldBytes, int maxPhotoBytes)
      throws IOException {
    JakartaServletDiskFileUpload upload = new JakartaServletDiskFileUpload();
    upload.setMaxSize(MAX_REQUEST_BYTES);
    upload.setMaxFileCount(MAX_PARTS);
    upload.setHeaderCharset(StandardCharsets.UTF_8);
    Map<String, String> fields = new LinkedHashMap<>();
    byte[] photo = null;
    int fieldBytes = 0;
    try {
      FileItemInputIterator items = upload.getItemIterator(request);
      int parts = 0;
      while (items.hasNext()) {
        FileItemInput item = items.next();
        // The library's part limit only counts when it parses the whole request itself.
        if (++parts > MAX_PARTS) {
          throw tooLarge();
        }
        try (InputStream in = item.getInputStream()) {
          if (item.isFormField()) {
            byte[] value = in.readNBytes(maxFieldBytes - fieldBytes + 1);
            fieldBytes += value.length;
            if (fieldBytes > maxFieldBytes) {
              throw tooLarge();
            }
            fields.putIfAbsent(item.getFieldName(), RequestFields.utf8(value));
          } else if (PHOTO_FIELD.equals(item.getFieldName()) && photo == null) {
            byte[] bytes = in.readNBytes(maxPhotoBytes + 1);
            photo = bytes.length == 0 ? null : bytes;
          }
        }
      }
    } catch (FileUploadSizeException e) {
      throw tooLarge();
    } catch (MultipartInput.MalformedStreamException
        | MultipartInput.FileUploadBoundaryException e) {
      throw new ProblemException(
          Problem.of(400, "Onleesbare gegevens", "Het formulier is niet goed verstuurd."));
    } catch (ProblemException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw RequestFields.interrupted(e);
    }
    return new PostedForm(fields, Optional.ofNullable(photo));
  }

  private static ProblemException tooLarge() {
    return new ProblemException(
        Problem.of(
            413,
            "Te groot",
            "U stuurde te veel tegelijk. Een foto mag hoogstens 5 MB zijn en de tekst hoogstens"
                + " 64 kB."));
  }
}
