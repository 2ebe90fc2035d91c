package nl.alkmaar.wijkaanzet.vote;

import java.security.SecureRandom;

/**
 * What a host gives voting: the secret that turns identities into voter keys (the same on every
 * host of one installation), where codes issued beside a running host wait, and the table that says
 * which wijk an address is in (for ballots recorded in person).
 */
public record VotingSettings(byte[] secret, CodeInbox inbox, AddressBook addresses) {

  public VotingSettings {
    secret = secret.clone();
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
