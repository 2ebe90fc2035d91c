package nl.alkmaar.wijkaanzet.review;

import java.util.Map;

/** The votes each published point of a wijk has now (a point without votes may be absent). */
@FunctionalInterface
public interface VoteCounts {

  Map<String, Integer> of(String wijk);
}
