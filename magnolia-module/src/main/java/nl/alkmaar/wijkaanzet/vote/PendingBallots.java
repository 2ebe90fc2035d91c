package nl.alkmaar.wijkaanzet.vote;

import java.time.Instant;
import java.util.Optional;

/** Ballots waiting for their e-mail link (the {@code wijkaanzet-votes} workspace). */
public interface PendingBallots {

  void save(PendingBallot pending);

  Optional<PendingBallot> find(String tokenHash);

  /** Forgets a used link, so the choices no longer sit next to the voter key. */
  void delete(String tokenHash);

  /** Forgets every link that expired before {@code now}; returns how many. */
  int purgeExpired(Instant now);

  /** How many ballots wait for their link. */
  int count();

  /** Forgets every waiting ballot, expired or not; returns how many. */
  int purgeAll();
}
