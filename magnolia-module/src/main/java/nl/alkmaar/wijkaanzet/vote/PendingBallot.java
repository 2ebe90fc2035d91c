package nl.alkmaar.wijkaanzet.vote;

import java.time.Instant;
import java.util.List;

/**
 * A ballot sent with an e-mail address, waiting for the link in the mail. Stored under the SHA-256
 * of the link's token (the token itself is only in the mail), with the voter key of the address.
 */
public record PendingBallot(
    String tokenHash, String wijk, List<String> ideas, String voterKey, Instant expiresAt) {

  public PendingBallot {
    ideas = List.copyOf(ideas);
  }
}
