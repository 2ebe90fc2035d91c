package nl.alkmaar.wijkaanzet.vote;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The stored ballots counted again next to the live tallies; {@code differences} names each wijk
 * where they disagree (empty when all agree).
 */
public record Recount(int ballots, List<String> differences) {

  public Recount {
    differences = List.copyOf(differences);
  }

  public boolean agrees() {
    return differences.isEmpty();
  }

  static Recount compare(Map<String, TallySnapshot> counted, Map<String, TallySnapshot> live) {
    List<String> differences = new ArrayList<>();
    int ballots = 0;
    TreeSet<String> wijken = new TreeSet<>(counted.keySet());
    wijken.addAll(live.keySet());
    for (String wijk : wijken) {
      TallySnapshot recounted = counted.get(wijk);
      TallySnapshot shown = live.get(wijk);
      ballots += recounted == null ? 0 : recounted.ballots();
      Map<String, Integer> a = votes(recounted);
      Map<String, Integer> b = votes(shown);
      if (!a.equals(b) || ballotsOf(recounted) != ballotsOf(shown)) {
        differences.add(
            wijk
                + ": opgeslagen "
                + ballotsOf(recounted)
                + " stemmen "
                + a
                + ", getoond "
                + ballotsOf(shown)
                + " stemmen "
                + b);
      }
    }
    return new Recount(ballots, differences);
  }

  private static int ballotsOf(TallySnapshot snapshot) {
    return snapshot == null ? 0 : snapshot.ballots();
  }

  private static Map<String, Integer> votes(TallySnapshot snapshot) {
    Map<String, Integer> votes = new java.util.TreeMap<>();
    if (snapshot != null) {
      snapshot.points().forEach(count -> votes.put(count.id(), count.votes()));
    }
    return votes;
  }
}
