package nl.alkmaar.wijkaanzet.campaign;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A configuration file that cannot be used. The message is meant for the person starting the
 * application: it names the file, every bad field and its value, and never needs a stack trace.
 */
public class ConfigException extends RuntimeException {

  private final String source;
  private final List<ConfigProblem> problems;

  public ConfigException(String source, List<ConfigProblem> problems) {
    super(format(source, problems));
    this.source = source;
    this.problems = List.copyOf(problems);
  }

  public ConfigException(String source, String message) {
    super(source + ": " + message);
    this.source = source;
    this.problems = List.of();
  }

  public String source() {
    return source;
  }

  public List<ConfigProblem> problems() {
    return problems;
  }

  private static String format(String source, List<ConfigProblem> problems) {
    String header =
        problems.size() == 1
            ? "De configuratie in " + source + " is niet goed."
            : "De configuratie in " + source + " heeft " + problems.size() + " fouten.";
    return problems.stream()
        .map(problem -> "- " + problem.describe(source))
        .collect(Collectors.joining(System.lineSeparator(), header + System.lineSeparator(), ""));
  }
}
