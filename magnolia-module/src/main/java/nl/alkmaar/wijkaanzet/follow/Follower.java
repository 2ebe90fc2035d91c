package nl.alkmaar.wijkaanzet.follow;

import java.time.Instant;
import java.util.Optional;

/**
 * A resident who asked for news about a wijk: the address the news goes to, in which language, and
 * whether they confirmed through the mail's link (only then do they get news).
 *
 * @param key the HMAC of the address and wijk: the same request finds the same follower, and the
 *     key says nothing without the secret
 */
public record Follower(
    String key,
    String wijk,
    String email,
    String language,
    Instant requestedAt,
    Optional<Instant> confirmedAt) {

  public boolean confirmed() {
    return confirmedAt.isPresent();
  }

  Follower confirmedOn(Instant at) {
    return new Follower(key, wijk, email, language, requestedAt, Optional.of(at));
  }

  Follower askedAgain(String newLanguage, Instant at) {
    return new Follower(key, wijk, email, newLanguage, at, confirmedAt);
  }
}
