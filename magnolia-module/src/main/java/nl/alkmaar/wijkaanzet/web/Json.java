package nl.alkmaar.wijkaanzet.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Writes JSON answers; one mapper for the whole module (ISO dates, no timestamps). */
public final class Json {

  public static final String JSON = "application/json";
  public static final String PROBLEM_JSON = "application/problem+json";

  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  private Json() {}

  public static ObjectMapper mapper() {
    return MAPPER;
  }

  public static void write(HttpServletResponse response, int status, Object body)
      throws IOException {
    send(response, status, JSON, body);
  }

  public static void problem(HttpServletResponse response, Problem problem) throws IOException {
    send(response, problem.status(), PROBLEM_JSON, problem);
  }

  private static void send(HttpServletResponse response, int status, String type, Object body)
      throws IOException {
    byte[] bytes = MAPPER.writeValueAsBytes(body);
    response.setStatus(status);
    response.setContentType(type);
    response.setCharacterEncoding("UTF-8");
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }
}
