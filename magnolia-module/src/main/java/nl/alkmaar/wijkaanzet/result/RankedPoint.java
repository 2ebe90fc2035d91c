package nl.alkmaar.wijkaanzet.result;

import java.util.Optional;
import nl.alkmaar.wijkaanzet.review.Verdict;

/**
 * One point in its wijk's ranking: {@code rank} is shared by points with equal votes (1, 2, 2, 4).
 */
public record RankedPoint(
    String ideaId, int votes, int rank, Optional<Verdict> verdict, Standing standing) {}
