package nl.alkmaar.wijkaanzet.idea.similar;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A labelled set: points grouped in clusters. The team's own set ({@code
 * similarity/labelled-ideas.yaml}, no wijken) and the blind sets of issue 15 ({@code
 * similarity/blind/set-a.yaml} to {@code set-d.yaml} to tune on, {@code set-e.yaml} and {@code
 * set-f.yaml} held out), whose points each have a wijk: look-alikes are looked for among the points
 * of the same wijk, as the site does.
 */
record LabelledIdeas(List<LabelledIdea> points) {

  static final String RESOURCE = "/similarity/labelled-ideas.yaml";

  /** Blind sets the engine's settings and word list may be tuned on (misses may be read). */
  static final List<String> BLIND_TUNING =
      List.of("a", "b", "c", "d").stream().map(LabelledIdeas::blind).toList();

  /** Blind sets only reported: nobody reads their misses or tunes on them. */
  static final List<String> BLIND_HELD_OUT =
      List.of("e", "f").stream().map(LabelledIdeas::blind).toList();

  static String blind(String letter) {
    return "/similarity/blind/set-" + letter + ".yaml";
  }

  record LabelledIdea(String id, String wijk, String cluster, String title, String description) {

    /** Whether {@code other} is looked at for this point: the same wijk, where there are wijken. */
    boolean sharesWijkWith(LabelledIdea other) {
      return wijk == null || wijk.equals(other.wijk);
    }

    SimilarityCandidate candidate() {
      return new SimilarityCandidate(id, title, description);
    }

    String text() {
      return title + "\n" + description;
    }
  }

  static LabelledIdeas load() {
    return load(RESOURCE);
  }

  static LabelledIdeas load(String resource) {
    try (InputStream in = LabelledIdeas.class.getResourceAsStream(resource)) {
      return new ObjectMapper(new YAMLFactory()).readValue(in, LabelledIdeas.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Map<String, Long> clusterSizes() {
    return points.stream()
        .collect(Collectors.groupingBy(LabelledIdea::cluster, Collectors.counting()));
  }

  Map<String, LabelledIdea> byId() {
    return points.stream().collect(Collectors.toMap(LabelledIdea::id, Function.identity()));
  }
}
