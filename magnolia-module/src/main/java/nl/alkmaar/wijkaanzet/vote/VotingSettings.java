package nl.alkmaar.wijkaanzet.vote;

import java.security.SecureRandom;
import java.util.Optional;
import nl.alkmaar.wijkaanzet.sql.Database;

/**
 * What a host gives voting: the secret that turns identities into voter keys (the same on every
 * host of one installation), where codes issued beside a running host wait, and the table that says
 * which wijk an address is in (for ballots recorded in person), and on a cluster the database whose
 * ballot journal every host writes ballots to first ({@link SqlBallotJournal}; else the
 * repository's box takes them directly).
 */
public record VotingSettings(
    byte[] secret, CodeInbox inbox, AddressBook addresses, Optional<Database> ballotJournal) {

  public VotingSettings {
    secret = secret.clone();
  }

  /** Ballots go directly into the repository's box. */
  public VotingSettings(byte[] secret, CodeInbox inbox, AddressBook addresses) {
    this(secret, inbox, addresses, Optional.empty());
  }

  /** The same, with ballots written first to the journal in {@code database}. */
  public VotingSettings withBallotJournal(Optional<Database> database) {
    return new VotingSettings(secret, inbox, addresses, database);
  }

  /** A fresh random secret and no inbox: for tests, whose ballots live as long as the run. */
  public static VotingSettings ephemeral() {
    return ephemeral(AddressBook.empty());
  }

  /** As {@link #ephemeral()}, with an address table. */
  public static VotingSettings ephemeral(AddressBook addresses) {
    byte[] secret = new byte[VoterKeys.MIN_SECRET_BYTES];
    new SecureRandom().nextBytes(secret);
    return new VotingSettings(secret, CodeInbox.NONE, addresses);
  }

  @Override
  public byte[] secret() {
    return secret.clone();
  }
}
