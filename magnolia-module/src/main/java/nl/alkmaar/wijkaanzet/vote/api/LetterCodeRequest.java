package nl.alkmaar.wijkaanzet.vote.api;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.alkmaar.wijkaanzet.vote.Voting;

/**
 * An editor's request for letter codes, from the JSON API or the voting screen: the number as typed
 * and the answer, a CSV file ({@code wijk,code}) for the mail merge that is sent once and kept
 * nowhere.
 */
final class LetterCodeRequest {

  private LetterCodeRequest() {}

  /**
   * The number of codes as typed; anything but a whole number becomes 0, which {@link
   * Voting#issueCodes} refuses with its message, next to any fault of the wijk.
   */
  static int count(String typed) {
    try {
      return Integer.parseInt(typed == null ? "" : typed.strip());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  static void sendCsv(HttpServletResponse response, String wijk, List<String> codes)
      throws IOException {
    StringBuilder csv = new StringBuilder("wijk,code\r\n");
    codes.forEach(code -> csv.append(wijk).append(',').append(code).append("\r\n"));
    response.setStatus(200);
    response.setContentType("text/csv; charset=UTF-8");
    // Codes are secrets until they are in the envelopes: no cache may keep them.
    response.setHeader("Cache-Control", "no-store");
    response.setHeader(
        "Content-Disposition", "attachment; filename=\"stemcodes-" + wijk + ".csv\"");
    response.getOutputStream().write(csv.toString().getBytes(StandardCharsets.UTF_8));
  }
}
