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

/** The labelled set in {@code similarity/labelled-ideas.yaml}: points grouped in clusters. */
record LabelledIdeas(List<LabelledIdea> points) {

  static final String RESOURCE = "/similarity/labelled-ideas.yaml";

  record LabelledIdea(String id, String cluster, String title, String description) {

    SimilarityCandidate candidate() {
      return new SimilarityCandidate(id, title, description);
    }

    String text() {
      return title + "\n" + description;
    }
  }

  static LabelledIdeas load() {
    try (InputStream in = LabelledIdeas.class.getResourceAsStream(RESOURCE)) {
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
